#pragma once

#include "publish/HttpExchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <functional>

// When the outbox tries a delivery again after a failure that may pass (network, 5xx, rate limit): full
// jitter exponential backoff (a random delay between 0 and min(cap, base * 2^(attempt - 1))), or exactly what
// the server asked for with Retry-After; and when to stop trying, after a bounded number of attempts or once
// the message is too old to be worth sending. Pure: the random source is injected.
class RetryPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetryPolicy)

public:
    struct Options
    {
        qint64 baseMs = 2'000;
        qint64 capMs = 15 * 60'000;
        int maxAttempts = 30;
        qint64 maxAgeMs = 24 * 3'600'000LL; // a status update a day late misleads more than it helps
    };
    // A number in [0, 1).
    using RandomSource = std::function<double()>;

    struct Decision
    {
        bool giveUp = false;
        qint64 delayMs = 0; // when not giving up: wait this long before the next attempt
        QString finalError; // when giving up: why, for a person
    };

    RetryPolicy();
    explicit RetryPolicy(Options options, RandomSource random = {});

    const Options& options() const { return m_options; }

    // After `attempts` attempts (1 after the first), the message queued `ageMs` ago, the last one ending in
    // `lastError`; `retryAfterMs` is the adapter's (from Retry-After or rate-limit headers), -1 for none.
    Decision afterFailure(int attempts, qint64 ageMs, qint64 retryAfterMs, const QString& lastError) const;
    // The jittered delay after `attempts` attempts.
    qint64 backoffMs(int attempts) const;

    // Retry-After as delay-seconds or an HTTP date (RFC 9110), in ms from nowMs; -1 when it is neither. A
    // date in the past gives 0.
    static qint64 parseRetryAfter(const QByteArray& value, qint64 nowMs);
    // For adapters: how long the server asked to wait, when it answered 420 (Statuspage), 429 or 503 with a
    // Retry-After it can read; -1 otherwise.
    static qint64 retryAfterMs(const HttpResponse& response, qint64 nowMs);
    // 429, and the 420 Statuspage still answers over its rate limit.
    static bool isRateLimited(int status) { return status == 429 || status == 420; }

private:
    Options m_options;
    RandomSource m_random;
};
