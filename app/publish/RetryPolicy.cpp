#include "publish/RetryPolicy.h"

#include "config/Duration.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

RetryPolicy::RetryPolicy() : RetryPolicy(Options{}) {}

RetryPolicy::RetryPolicy(Options options, RandomSource random)
    : m_options(options), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 RetryPolicy::backoffMs(int attempts) const
{
    const int exponent = std::clamp(attempts - 1, 0, 40);
    qint64 ceiling = m_options.baseMs;
    for (int i = 0; i < exponent && ceiling < m_options.capMs; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, m_options.capMs);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::clamp(qint64(r * double(ceiling)), qint64(0), ceiling);
}

RetryPolicy::Decision RetryPolicy::afterFailure(int attempts, qint64 ageMs, qint64 retryAfterMs,
                                                const QString& lastError) const
{
    Decision decision;
    if (attempts >= m_options.maxAttempts) {
        decision.giveUp = true;
        decision.finalError = tr("Gave up after %n attempt(s): %1", nullptr, attempts).arg(lastError);
        return decision;
    }
    decision.delayMs = retryAfterMs >= 0 ? retryAfterMs : backoffMs(attempts);
    if (ageMs + decision.delayMs > m_options.maxAgeMs) {
        decision.giveUp = true;
        decision.delayMs = 0;
        decision.finalError = tr("Gave up after %n attempt(s): the message would be more than %1 old when "
                                 "sent. Last error: %2",
                                 nullptr, attempts)
                                  .arg(Duration::format(m_options.maxAgeMs), lastError);
    }
    return decision;
}

qint64 RetryPolicy::parseRetryAfter(const QByteArray& value, qint64 nowMs)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : std::min(seconds, qint64(365) * 86'400) * 1000;
    // IMF-fixdate, the one form senders must use ("Sun, 06 Nov 1994 08:49:37 GMT").
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid())
        at = QDateTime(at.date(), at.time(), Qt::UTC);
    else // the obsolete forms with a numeric offset
        at = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max(qint64(0), at.toMSecsSinceEpoch() - nowMs);
}

qint64 RetryPolicy::retryAfterMs(const HttpResponse& response, qint64 nowMs)
{
    if (!isRateLimited(response.status) && response.status != 503)
        return -1;
    return parseRetryAfter(response.header("Retry-After"), nowMs);
}
