#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

// What one delivery attempt came to. `thread` carries what later messages of the incident on the channel
// need (external ids); the outbox records it before any next attempt, so a retry never creates twice.
struct DeliveryOutcome
{
    enum class Kind
    {
        Sent,   // published; externalId says where
        Retry,  // may succeed later (network, 5xx, rate limit): try again after retryAfterMs (or backoff)
        Failed, // cannot succeed as it is (401, 403, 422, a missing secret): shown at once, not retried
    };

    Kind kind = Kind::Failed;
    QString externalId;
    QJsonObject thread;
    qint64 retryAfterMs = -1; // from Retry-After or rate-limit headers; -1: the outbox's own backoff
    QString message;          // for a person; never contains a secret

    static DeliveryOutcome sent(const QString& externalId, const QJsonObject& thread = {})
    {
        return DeliveryOutcome{Kind::Sent, externalId, thread, -1, QString()};
    }
    static DeliveryOutcome retry(const QString& message, qint64 retryAfterMs = -1)
    {
        return DeliveryOutcome{Kind::Retry, QString(), QJsonObject(), retryAfterMs, message};
    }
    static DeliveryOutcome failed(const QString& message)
    {
        return DeliveryOutcome{Kind::Failed, QString(), QJsonObject(), -1, message};
    }
};
