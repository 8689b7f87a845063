#include "LoopbackChannelAdapter.h"

#include "publish/AttemptJournal.h"
#include "publish/HttpClient.h"
#include "publish/RetryPolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

DeliveryOutcome LoopbackChannelAdapter::fromResponse(const HttpResponse& response,
                                                     const OutboundMessage* message)
{
    if (!response.answered())
        return DeliveryOutcome::retry(response.transportError);
    const int status = response.status;
    if (status >= 200 && status < 300) {
        const QString id =
            QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id")).toString();
        QJsonObject thread;
        if (message && message->thread.isEmpty())
            thread.insert(QStringLiteral("root"), id);
        return DeliveryOutcome::sent(id, thread);
    }
    const QString text =
        QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(response.body.left(200)));
    if (status == 401 || status == 403 || status == 404 || status == 422)
        return DeliveryOutcome::failed(text);
    DeliveryOutcome retry = DeliveryOutcome::retry(
        text, RetryPolicy::retryAfterMs(response, QDateTime::currentMSecsSinceEpoch()));
    // A server answering {"thread": {...}} plays an API that did part of the work before failing.
    retry.thread = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("thread")).toObject();
    return retry;
}

DeliveryOutcome LoopbackChannelAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                                const Secrets& secrets, HttpClient& client)
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(channel.settings.value(QStringLiteral("url")).toString());
    request.timeoutMs = 10'000;
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Idempotency-Key", message.idempotencyKey.toLatin1());
    if (secrets.has(QStringLiteral("token")))
        request.setHeader("Authorization", "Bearer " + secrets.value(QStringLiteral("token")));
    const QJsonObject body{{QStringLiteral("delivery"), message.deliveryId},
                           {QStringLiteral("incident"), message.incident.reference},
                           {QStringLiteral("body"), message.draft.body},
                           {QStringLiteral("sequence"), message.sequence},
                           {QStringLiteral("thread"), message.thread},
                           {QStringLiteral("may_have_been_sent"), message.mayHaveBeenSent},
                           {QStringLiteral("progress"), message.progress}};
    if (message.journal &&
        !message.journal->note(QJsonObject{{QStringLiteral("posting"), message.deliveryId}}))
        return DeliveryOutcome::retry(QStringLiteral("the journal refused the note"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return fromResponse(client.send(request), &message);
}

DeliveryOutcome LoopbackChannelAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                             HttpClient& client)
{
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(channel.settings.value(QStringLiteral("url")).toString() + QStringLiteral("/check"));
    request.timeoutMs = 10'000;
    if (secrets.has(QStringLiteral("token")))
        request.setHeader("Authorization", "Bearer " + secrets.value(QStringLiteral("token")));
    return fromResponse(client.send(request), nullptr);
}
