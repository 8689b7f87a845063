#include "cli/ChannelCheck.h"

#include "publish/DeliverySender.h"

ChannelCheck::Result ChannelCheck::run(const QList<ChannelConfig>& channels, const QString& name,
                                       std::shared_ptr<const AdapterRegistry> adapters,
                                       std::shared_ptr<const SecretResolver> secrets)
{
    const auto it = std::find_if(channels.cbegin(), channels.cend(),
                                 [&name](const ChannelConfig& channel) { return channel.name == name; });
    if (it == channels.cend()) {
        QStringList names;
        for (const ChannelConfig& channel : channels)
            names.append(channel.name);
        return Result{false,
                      names.isEmpty()
                          ? tr("There is no channel named “%1”: the workspace has no channels.").arg(name)
                          : tr("There is no channel named “%1”; the workspace has: %2.")
                                .arg(name, names.join(QStringLiteral(", ")))};
    }
    DeliverySender sender(std::move(adapters), std::move(secrets), HttpClient::Options());
    const DeliveryOutcome outcome = sender.test(*it);
    if (outcome.kind == DeliveryOutcome::Kind::Sent)
        return Result{true, outcome.message.isEmpty()
                                ? tr("%1 (%2): ready.").arg(it->name, it->type)
                                : tr("%1 (%2): ready. %3").arg(it->name, it->type, outcome.message)};
    return Result{false, tr("%1 (%2): not ready. %3").arg(it->name, it->type, outcome.message)};
}
