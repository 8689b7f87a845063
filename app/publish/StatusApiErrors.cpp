#include "publish/StatusApiErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace {

constexpr qsizetype kMaxQuotedChars = 300;

QString joinedStrings(const QJsonArray& array)
{
    QStringList parts;
    for (const QJsonValue& value : array) {
        if (value.isString())
            parts << value.toString();
        else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QString text =
                object.value(QLatin1String("detail"))
                    .toString(object.value(QLatin1String("title"))
                                  .toString(object.value(QLatin1String("message")).toString()));
            if (!text.isEmpty())
                parts << text;
        }
    }
    return parts.join(QLatin1String("; "));
}

qint64 parseHttpDate(const QByteArray& value)
{
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value).simplified(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return when.toMSecsSinceEpoch();
}

} // namespace

std::optional<DeliveryOutcome> StatusApiErrors::check(const HttpResponse& response, const QString& service,
                                                      const QString& action, const QList<QByteArray>& secrets)
{
    if (!response.answered()) {
        return DeliveryOutcome::retry(redact(
            tr("%1 did not answer while %2: %3").arg(service, action, response.transportError), secrets));
    }
    const int status = response.status;
    if (status >= 200 && status < 300)
        return std::nullopt;
    const QString detail = redact(apiMessage(response.body), secrets);
    const QString quoted = detail.isEmpty() ? QString() : tr(": %1").arg(detail);
    if (status == 420 || status == 429) {
        const qint64 wait = retryAfterMs(response);
        const QString when =
            wait >= 0 ? tr("trying again in %1 s").arg((wait + 999) / 1000) : tr("trying again later");
        return DeliveryOutcome::retry(tr("%1 asks to slow down (HTTP %2) while %3; %4")
                                          .arg(service, QString::number(status), action, when),
                                      wait);
    }
    if (status >= 500 || status == 408 || status == 425) {
        return DeliveryOutcome::retry(tr("%1 had a temporary problem (HTTP %2) while %3%4")
                                          .arg(service, QString::number(status), action, quoted),
                                      retryAfterMs(response));
    }
    if (status == 401 || status == 403) {
        return DeliveryOutcome::failed(
            tr("%1 refused the credentials (HTTP %2) while %3%4. Check the channel's secret and its rights.")
                .arg(service, QString::number(status), action, quoted));
    }
    if (status >= 400) {
        return DeliveryOutcome::failed(tr("%1 rejected the request (HTTP %2) while %3%4")
                                           .arg(service, QString::number(status), action, quoted));
    }
    return DeliveryOutcome::failed(
        tr("%1 gave an unexpected answer (HTTP %2) while %3").arg(service, QString::number(status), action));
}

qint64 StatusApiErrors::retryAfterMs(const HttpResponse& response)
{
    const qint64 dateMs = parseHttpDate(response.header("Date"));
    const QByteArray retryAfter = response.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool number = false;
        const double seconds = retryAfter.toDouble(&number);
        if (number && seconds >= 0)
            return qint64(seconds * 1000.0);
        const qint64 at = parseHttpDate(retryAfter);
        if (at >= 0 && dateMs >= 0)
            return std::max<qint64>(0, at - dateMs);
    }
    // Mastodon sends an ISO time, Bluesky's PDS epoch seconds; both are measured against the answer's Date.
    for (const char* name : {"X-RateLimit-Reset", "RateLimit-Reset"}) {
        const QByteArray reset = response.header(name).trimmed();
        if (reset.isEmpty() || dateMs < 0)
            continue;
        bool number = false;
        const qint64 epochSeconds = reset.toLongLong(&number);
        qint64 at = number ? epochSeconds * 1000 : -1;
        if (!number) {
            const QDateTime iso = QDateTime::fromString(QString::fromLatin1(reset), Qt::ISODateWithMs);
            at = iso.isValid() ? iso.toMSecsSinceEpoch() : -1;
        }
        if (at >= 0)
            return std::max<qint64>(0, at - dateMs);
    }
    return -1;
}

QString StatusApiErrors::apiMessage(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    QString text;
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue errorValue = object.value(QLatin1String("error"));
        const QString message = object.value(QLatin1String("message")).toString();
        if (errorValue.isString() && !message.isEmpty())
            text = errorValue.toString() + QLatin1String(": ") + message; // XRPC
        else if (errorValue.isString())
            text = errorValue.toString();
        else if (errorValue.isArray())
            text = joinedStrings(errorValue.toArray());
        const QJsonValue errors = object.value(QLatin1String("errors"));
        if (text.isEmpty() && errors.isArray())
            text = joinedStrings(errors.toArray());
        if (text.isEmpty() && errors.isObject()) {
            QStringList parts;
            const QJsonObject fields = errors.toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                parts << joinedStrings(it.value().toArray());
            text = parts.join(QLatin1String("; "));
        }
        if (text.isEmpty())
            text = message;
    } else if (error.error == QJsonParseError::NoError && document.isArray()) {
        text = joinedStrings(document.array());
    } else {
        text = QString::fromUtf8(body);
    }
    text = text.simplified();
    if (text.size() > kMaxQuotedChars)
        text = text.left(kMaxQuotedChars) + QChar(0x2026);
    return text;
}

QString StatusApiErrors::errorName(const QByteArray& body)
{
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(QLatin1String("error"));
    static const QRegularExpression word(QStringLiteral("^[A-Za-z]+$"));
    return value.isString() && word.match(value.toString()).hasMatch() ? value.toString() : QString();
}

QString StatusApiErrors::redact(QString text, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : secrets) {
        if (secret.size() >= 4)
            text.replace(QString::fromUtf8(secret), QStringLiteral("•••"));
    }
    return text;
}
