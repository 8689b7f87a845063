#pragma once

#include "publish/DeliveryOutcome.h"
#include "publish/HttpExchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtGlobal>

// Turns an answer a publishing adapter did not accept into an outcome the outbox can act on: no answer or a
// server error may pass (Retry), a rate limit says when to come back (Retry with a delay), everything the
// service refused as it is stops (Failed) with a sentence naming the channel, the status and the service's
// own error words. Pure: "now" comes in, so reset times given as instants are testable.
class ResponseClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ResponseClassifier)

public:
    // `channel` names the channel for a person ("Ops chat"); `sensitive` are values (webhook addresses,
    // tokens, their paths) to blank out of anything a service echoes back.
    static DeliveryOutcome classify(const HttpResponse& response, const QString& channel, qint64 nowMs,
                                    const QList<QByteArray>& sensitive = {});

    // The delay a rate-limited answer asks for, in ms: Retry-After (seconds or HTTP-date), then
    // X-RateLimit-Reset-After (seconds, fractional), then a JSON body's retry_after or
    // parameters.retry_after (Discord, Telegram), then X-RateLimit-Reset (epoch seconds). -1 when none.
    static qint64 retryAfterMs(const HttpResponse& response, qint64 nowMs);

    // The service's own words from an error body: a short plain-text body (Slack's `invalid_payload`) or a
    // JSON object's message / description / error (string or {message}) / errors[0]. Empty for HTML pages
    // and empty bodies; one line, at most 200 characters.
    static QString serviceError(const QByteArray& body);

    // `text` with every occurrence of the sensitive values (and of their URL paths) replaced by "…".
    static QString redacted(QString text, const QList<QByteArray>& sensitive);

    // Statuses that are worth another attempt as they are.
    static bool isRetryable(int status);
};
