#include "publish/adapters/TeamsWorkflowAdapter.h"

#include "publish/adapters/AdapterSupport.h"
#include "publish/HttpClient.h"
#include "publish/ResponseClassifier.h"

#include <QJsonArray>

namespace {

const QString WebhookSecret = QStringLiteral("webhook_url");

} // namespace

QJsonObject TeamsWorkflowAdapter::cardMessage(const QString& text)
{
    const QJsonObject textBlock{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                                {QStringLiteral("text"), text},
                                {QStringLiteral("wrap"), true}};
    const QJsonObject card{
        {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.4")},
        {QStringLiteral("body"), QJsonArray{textBlock}}};
    const QJsonObject attachment{
        {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
        {QStringLiteral("contentUrl"), QJsonValue::Null},
        {QStringLiteral("content"), card}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("attachments"), QJsonArray{attachment}}};
}

DeliveryOutcome TeamsWorkflowAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                              const Secrets& secrets, HttpClient& client)
{
    QString error;
    const auto url = AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error);
    if (!url)
        return DeliveryOutcome::failed(error);
    const QString label = AdapterSupport::channelLabel(channel);
    if (message.draft.body.trimmed().isEmpty())
        return DeliveryOutcome::failed(tr("%1: the message is empty.").arg(label));
    const HttpRequest request = AdapterSupport::jsonRequest("POST", *url, cardMessage(message.draft.body));
    if (request.body.size() > MaxPayloadBytes)
        return DeliveryOutcome::failed(
            tr("%1: the message makes a %2-byte card; Teams takes at most %3 bytes. Shorten it.")
                .arg(label, QString::number(request.body.size()), QString::number(MaxPayloadBytes)));

    const HttpResponse response = client.send(request);
    // Connectors report a throttled or refused delivery as 200 with this sentence in the body.
    const bool connectorError = response.body.startsWith("Webhook message delivery failed");
    if ((response.status == 200 || response.status == 202) && !connectorError)
        return DeliveryOutcome::sent(QString(), message.thread);
    if (connectorError) {
        HttpResponse reported = response;
        reported.status = response.body.contains("HTTP error 429") ? 429 : 400;
        return ResponseClassifier::classify(reported, label, m_clock.nowMs(),
                                            AdapterSupport::sensitiveValues(secrets, {WebhookSecret}));
    }
    return ResponseClassifier::classify(response, label, m_clock.nowMs(),
                                        AdapterSupport::sensitiveValues(secrets, {WebhookSecret}));
}

DeliveryOutcome TeamsWorkflowAdapter::test(const ChannelConfig& channel, const Secrets& secrets, HttpClient&)
{
    QString error;
    if (!AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error))
        return DeliveryOutcome::failed(error);
    DeliveryOutcome ready = DeliveryOutcome::sent(QString());
    ready.message = tr("%1: the address is well formed. Teams cannot be checked without running the flow, "
                       "which may post: nothing was sent. Publish a drill to prove it.")
                        .arg(AdapterSupport::channelLabel(channel));
    return ready;
}
