#include "publish/adapters/MattermostWebhookAdapter.h"

#include "publish/adapters/AdapterSupport.h"
#include "publish/HttpClient.h"
#include "publish/ResponseClassifier.h"

namespace {

const QString WebhookSecret = QStringLiteral("webhook_url");

} // namespace

DeliveryOutcome MattermostWebhookAdapter::deliver(const OutboundMessage& message,
                                                  const ChannelConfig& channel, const Secrets& secrets,
                                                  HttpClient& client)
{
    QString error;
    const auto url = AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error);
    if (!url)
        return DeliveryOutcome::failed(error);
    const QString label = AdapterSupport::channelLabel(channel);
    if (message.draft.body.trimmed().isEmpty())
        return DeliveryOutcome::failed(tr("%1: the message is empty.").arg(label));

    QJsonObject body{{QStringLiteral("text"), message.draft.body}};
    for (const char* setting : {"channel", "username", "icon_url"}) {
        const QString value = channel.settings.value(QString::fromLatin1(setting)).toString();
        if (!value.isEmpty())
            body.insert(QString::fromLatin1(setting), value);
    }
    const HttpResponse response = client.send(AdapterSupport::jsonRequest("POST", *url, body));
    if (response.status >= 200 && response.status < 300)
        return DeliveryOutcome::sent(QString(), message.thread);
    return ResponseClassifier::classify(response, label, m_clock.nowMs(),
                                        AdapterSupport::sensitiveValues(secrets, {WebhookSecret}));
}

DeliveryOutcome MattermostWebhookAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                               HttpClient&)
{
    QString error;
    if (!AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error))
        return DeliveryOutcome::failed(error);
    DeliveryOutcome ready = DeliveryOutcome::sent(QString());
    ready.message = tr("%1: the address is well formed. A Mattermost webhook cannot be checked without "
                       "posting: nothing was sent. Publish a drill to prove it.")
                        .arg(AdapterSupport::channelLabel(channel));
    return ready;
}
