#include "publish/DeliverySender.h"

DeliverySender::DeliverySender(std::shared_ptr<const AdapterRegistry> adapters,
                               std::shared_ptr<const SecretResolver> secrets, const HttpClient::Options& http,
                               QObject* parent)
    : QObject(parent), m_adapters(std::move(adapters)), m_secrets(std::move(secrets)), m_client(http)
{}

ChannelAdapter* DeliverySender::adapterFor(const ChannelConfig& channel, DeliveryOutcome* failure) const
{
    ChannelAdapter* adapter = m_adapters ? m_adapters->find(channel.type) : nullptr;
    if (!adapter) {
        const QStringList known = m_adapters ? m_adapters->types() : QStringList();
        *failure = DeliveryOutcome::failed(
            tr("The channel “%1” has the type “%2”, which this Vigie cannot publish to (known types: %3).")
                .arg(channel.name, channel.type,
                     known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "))));
    }
    return adapter;
}

DeliveryOutcome DeliverySender::scrubbed(DeliveryOutcome outcome, const ChannelConfig& channel,
                                         const Secrets& secrets)
{
    for (const QString& name : channel.secrets) {
        const QString value = QString::fromUtf8(secrets.value(name));
        // Very short values would blank ordinary words; no real credential is that short.
        if (value.size() < 4)
            continue;
        outcome.message.replace(value, tr("[secret %1]").arg(name));
        outcome.externalId.replace(value, tr("[secret %1]").arg(name));
    }
    return outcome;
}

DeliveryOutcome DeliverySender::deliver(const OutboundMessage& message, const ChannelConfig& channel)
{
    DeliveryOutcome failure;
    ChannelAdapter* adapter = adapterFor(channel, &failure);
    if (!adapter)
        return failure;
    SecretResolver::Resolution resolution =
        m_secrets ? m_secrets->resolve(channel) : SecretResolver().resolve(channel);
    if (!resolution.ok())
        return DeliveryOutcome::failed(resolution.error);
    DeliveryOutcome outcome = adapter->deliver(message, channel, resolution.secrets, m_client);
    return scrubbed(std::move(outcome), channel, resolution.secrets);
}

DeliveryOutcome DeliverySender::test(const ChannelConfig& channel)
{
    DeliveryOutcome failure;
    ChannelAdapter* adapter = adapterFor(channel, &failure);
    if (!adapter)
        return failure;
    SecretResolver::Resolution resolution =
        m_secrets ? m_secrets->resolve(channel) : SecretResolver().resolve(channel);
    if (!resolution.ok())
        return DeliveryOutcome::failed(resolution.error);
    DeliveryOutcome outcome = adapter->test(channel, resolution.secrets, m_client);
    return scrubbed(std::move(outcome), channel, resolution.secrets);
}

DeliveryOutcome DeliverySender::refresh(const ChannelConfig& channel)
{
    DeliveryOutcome failure;
    ChannelAdapter* adapter = adapterFor(channel, &failure);
    if (!adapter)
        return failure;
    SecretResolver::Resolution resolution =
        m_secrets ? m_secrets->resolve(channel) : SecretResolver().resolve(channel);
    if (!resolution.ok())
        return DeliveryOutcome::failed(resolution.error);
    DeliveryOutcome outcome = adapter->refresh(channel, resolution.secrets, m_client);
    return scrubbed(std::move(outcome), channel, resolution.secrets);
}
