#include "publish/ResponseClassifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <optional>

namespace {

constexpr int MaxErrorLength = 200;

qint64 secondsToMs(double seconds)
{
    return seconds <= 0 ? 0 : qint64(std::ceil(seconds * 1000.0));
}

// RFC 9110 section 5.6.7: the IMF-fixdate form every current server sends.
qint64 httpDateMs(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return when.toMSecsSinceEpoch();
}

std::optional<double> number(const QByteArray& value)
{
    bool ok = false;
    const double parsed = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(parsed))
        return std::nullopt;
    return parsed;
}

} // namespace

bool ResponseClassifier::isRetryable(int status)
{
    return status <= 0 || status == 408 || status == 420 || status == 425 || status == 429 || status >= 500;
}

qint64 ResponseClassifier::retryAfterMs(const HttpResponse& response, qint64 nowMs)
{
    if (const QByteArray value = response.header("Retry-After"); !value.isEmpty()) {
        if (const auto seconds = number(value))
            return secondsToMs(*seconds);
        if (const qint64 at = httpDateMs(value); at >= 0)
            return std::max<qint64>(0, at - nowMs);
    }
    if (const auto seconds = number(response.header("X-RateLimit-Reset-After")))
        return secondsToMs(*seconds);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QJsonValue inBody =
        json.contains(QStringLiteral("retry_after"))
            ? json.value(QStringLiteral("retry_after"))
            : json.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after"));
    if (inBody.isDouble())
        return secondsToMs(inBody.toDouble());
    if (const auto epoch = number(response.header("X-RateLimit-Reset")))
        return std::max<qint64>(0, qint64(std::ceil(*epoch * 1000.0)) - nowMs);
    return -1;
}

QString ResponseClassifier::serviceError(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QString();
    QString text;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::NoError && json.isObject()) {
        const QJsonObject object = json.object();
        const QJsonValue errorMember = object.value(QStringLiteral("error"));
        const QJsonValue errors = object.value(QStringLiteral("errors"));
        if (object.value(QStringLiteral("description")).isString())
            text = object.value(QStringLiteral("description")).toString();
        else if (object.value(QStringLiteral("message")).isString())
            text = object.value(QStringLiteral("message")).toString();
        else if (errorMember.isString())
            text = errorMember.toString();
        else if (errorMember.toObject().value(QStringLiteral("message")).isString())
            text = errorMember.toObject().value(QStringLiteral("message")).toString();
        else if (errors.isArray() && errors.toArray().first().isString())
            text = errors.toArray().first().toString();
        else if (errors.isArray())
            text = errors.toArray().first().toObject().value(QStringLiteral("message")).toString();
    } else if (!trimmed.startsWith('<') && trimmed.size() <= 4 * MaxErrorLength) {
        text = QString::fromUtf8(trimmed).section(QLatin1Char('\n'), 0, 0);
    }
    text = text.simplified();
    if (text.size() > MaxErrorLength)
        text = text.left(MaxErrorLength - 1) + QChar(0x2026);
    return text;
}

QString ResponseClassifier::redacted(QString text, const QList<QByteArray>& sensitive)
{
    const QString hidden(QChar(0x2026));
    for (const QByteArray& value : sensitive) {
        if (value.size() < 4) // a blank or tiny value would blank out ordinary words
            continue;
        const QString whole = QString::fromUtf8(value);
        text.replace(whole, hidden);
        const QUrl url(whole);
        if (url.isValid() && url.path().size() > 1) {
            text.replace(url.path(QUrl::FullyEncoded), hidden);
            text.replace(url.path(), hidden);
        }
    }
    return text;
}

DeliveryOutcome ResponseClassifier::classify(const HttpResponse& response, const QString& channel,
                                             qint64 nowMs, const QList<QByteArray>& sensitive)
{
    if (!response.answered()) {
        const QString why = response.transportError.isEmpty() ? tr("no answer") : response.transportError;
        return DeliveryOutcome::retry(
            redacted(tr("%1: the service did not answer (%2).").arg(channel, why), sensitive));
    }
    const int status = response.status;
    const QString words = redacted(serviceError(response.body), sensitive);
    const QString detail =
        words.isEmpty() ? tr("HTTP %1").arg(status) : tr("HTTP %1: %2").arg(QString::number(status), words);

    if (status == 429 || status == 420) {
        const qint64 delay = retryAfterMs(response, nowMs);
        const QString text = delay >= 0
                                 ? tr("%1: the service asks Vigie to slow down; next try in %2 s (%3).")
                                       .arg(channel, QString::number((delay + 999) / 1000), detail)
                                 : tr("%1: the service asks Vigie to slow down (%2).").arg(channel, detail);
        return DeliveryOutcome::retry(text, delay);
    }
    if (isRetryable(status))
        return DeliveryOutcome::retry(
            tr("%1: the service is having trouble (%2); Vigie will try again.").arg(channel, detail),
            retryAfterMs(response, nowMs));

    QString what;
    switch (status) {
    case 400:
    case 422:
        what = tr("the service refused the message");
        break;
    case 401:
        what = tr("the service refused the credentials");
        break;
    case 403:
        what = tr("the credentials are not allowed to post here");
        break;
    case 404:
        what = tr("the address is unknown to the service (a deleted webhook or a wrong address)");
        break;
    case 410:
        what = tr("the destination is gone (an archived channel or a deleted webhook)");
        break;
    default:
        if (status >= 300 && status < 400)
            what = tr("the service redirected the request; check the address");
        else if (status >= 200 && status < 300)
            what = tr("the service gave an answer Vigie does not understand");
        else
            what = tr("the service refused the request");
    }
    return DeliveryOutcome::failed(tr("%1: %2 (%3).").arg(channel, what, detail));
}
