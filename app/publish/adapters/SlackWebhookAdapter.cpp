#include "publish/adapters/SlackWebhookAdapter.h"

#include "publish/adapters/AdapterSupport.h"
#include "publish/HttpClient.h"
#include "publish/ResponseClassifier.h"

namespace {

const QString WebhookSecret = QStringLiteral("webhook_url");

} // namespace

QString SlackWebhookAdapter::escapedText(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    escaped.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    escaped.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return escaped;
}

DeliveryOutcome SlackWebhookAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                             const Secrets& secrets, HttpClient& client)
{
    QString error;
    const auto url = AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error);
    if (!url)
        return DeliveryOutcome::failed(error);
    const QString text = escapedText(message.draft.body);
    if (const auto problem = AdapterSupport::lengthProblem(text, MaxTextLength, channel))
        return DeliveryOutcome::failed(*problem);

    const HttpResponse response =
        client.send(AdapterSupport::jsonRequest("POST", *url, QJsonObject{{QStringLiteral("text"), text}}));
    if (response.status == 200 && response.body.trimmed() == "ok")
        return DeliveryOutcome::sent(QString(), message.thread);
    return ResponseClassifier::classify(response, AdapterSupport::channelLabel(channel), m_clock.nowMs(),
                                        AdapterSupport::sensitiveValues(secrets, {WebhookSecret}));
}

DeliveryOutcome SlackWebhookAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                          HttpClient& client)
{
    QString error;
    const auto url = AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error);
    if (!url)
        return DeliveryOutcome::failed(error);
    const HttpResponse response = client.send(AdapterSupport::jsonRequest("POST", *url, QJsonObject{}));
    const QByteArray answer = response.body.trimmed();
    if (response.status == 400 && (answer == "no_text" || answer == "invalid_payload" ||
                                   answer == "missing_text_or_fallback_or_attachments")) {
        DeliveryOutcome ready = DeliveryOutcome::sent(QString());
        ready.message = tr("%1: the webhook exists (Slack refused an empty test message, as expected); "
                           "nothing was posted.")
                            .arg(AdapterSupport::channelLabel(channel));
        return ready;
    }
    return ResponseClassifier::classify(response, AdapterSupport::channelLabel(channel), m_clock.nowMs(),
                                        AdapterSupport::sensitiveValues(secrets, {WebhookSecret}));
}
