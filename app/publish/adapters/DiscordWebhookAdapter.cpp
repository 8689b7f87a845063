#include "publish/adapters/DiscordWebhookAdapter.h"

#include "publish/adapters/AdapterSupport.h"
#include "publish/HttpClient.h"
#include "publish/ResponseClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

const QString WebhookSecret = QStringLiteral("webhook_url");
const QString FirstMessageKey = QStringLiteral("discord_first_message_id");

} // namespace

DeliveryOutcome DiscordWebhookAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                               const Secrets& secrets, HttpClient& client)
{
    QString error;
    auto url = AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error);
    if (!url)
        return DeliveryOutcome::failed(error);
    const QString text = message.draft.body;
    if (const auto problem = AdapterSupport::lengthProblem(text, MaxContentLength, channel))
        return DeliveryOutcome::failed(*problem);

    QUrlQuery query(*url);
    query.removeAllQueryItems(QStringLiteral("wait"));
    query.addQueryItem(QStringLiteral("wait"), QStringLiteral("true"));
    if (const QString threadId = channel.settings.value(QStringLiteral("thread_id")).toString();
        !threadId.isEmpty() && !query.hasQueryItem(QStringLiteral("thread_id")))
        query.addQueryItem(QStringLiteral("thread_id"), threadId);
    url->setQuery(query);

    QJsonObject body{
        {QStringLiteral("content"), text},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray()}}}};
    for (const char* setting : {"username", "avatar_url"}) {
        const QString value = channel.settings.value(QString::fromLatin1(setting)).toString();
        if (!value.isEmpty())
            body.insert(QString::fromLatin1(setting), value);
    }

    const HttpResponse response = client.send(AdapterSupport::jsonRequest("POST", *url, body));
    if (response.status == 200) {
        const QString id =
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString();
        QJsonObject thread = message.thread;
        if (!id.isEmpty() && !thread.contains(FirstMessageKey))
            thread.insert(FirstMessageKey, id);
        return DeliveryOutcome::sent(id, thread);
    }
    if (response.status == 204) // a proxy dropped ?wait=true: posted, but Discord kept the id to itself
        return DeliveryOutcome::sent(QString(), message.thread);
    return ResponseClassifier::classify(response, AdapterSupport::channelLabel(channel), m_clock.nowMs(),
                                        AdapterSupport::sensitiveValues(secrets, {WebhookSecret}));
}

DeliveryOutcome DiscordWebhookAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                            HttpClient& client)
{
    QString error;
    auto url = AdapterSupport::secretUrl(secrets, channel, WebhookSecret, &error);
    if (!url)
        return DeliveryOutcome::failed(error);
    url->setQuery(QString());
    HttpRequest request;
    request.method = "GET";
    request.url = *url;
    request.setHeader("Accept", "application/json");
    const HttpResponse response = client.send(request);
    const QJsonObject webhook = QJsonDocument::fromJson(response.body).object();
    if (response.status == 200 && webhook.contains(QStringLiteral("id"))) {
        DeliveryOutcome ready = DeliveryOutcome::sent(QString());
        // Only the webhook's name: the object also carries its token.
        const QString name = webhook.value(QStringLiteral("name")).toString();
        ready.message = name.isEmpty() ? tr("%1: the webhook answered; nothing was posted.")
                                             .arg(AdapterSupport::channelLabel(channel))
                                       : tr("%1: the webhook “%2” answered; nothing was posted.")
                                             .arg(AdapterSupport::channelLabel(channel), name);
        return ready;
    }
    return ResponseClassifier::classify(response, AdapterSupport::channelLabel(channel), m_clock.nowMs(),
                                        AdapterSupport::sensitiveValues(secrets, {WebhookSecret}));
}
