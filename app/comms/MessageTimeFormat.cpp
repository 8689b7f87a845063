#include "comms/MessageTimeFormat.h"

#include "comms/MessageVocabulary.h"

#include <QDateTime>
#include <QLocale>

namespace {

bool isFrench(const QString& language)
{
    return MessageVocabulary::normalized(language) == u"fr";
}

} // namespace

QTimeZone MessageTimeFormat::zone(const QString& timeZoneId)
{
    if (!timeZoneId.isEmpty()) {
        const QTimeZone named(timeZoneId.toUtf8());
        if (named.isValid())
            return named;
    }
    return QTimeZone::systemTimeZone();
}

QString MessageTimeFormat::offsetLabel(qint64 atMs, const QTimeZone& zone)
{
    const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()));
    if (offset == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offset) / 60;
    QString label = QStringLiteral("UTC") + (offset > 0 ? QLatin1Char('+') : QLatin1Char('-')) +
                    QString::number(minutes / 60);
    if (minutes % 60 != 0)
        label += QLatin1Char(':') + QStringLiteral("%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return label;
}

QString MessageTimeFormat::clockTime(qint64 atMs, const QString& language, const QTimeZone& zone)
{
    const QTime local = QDateTime::fromMSecsSinceEpoch(atMs, zone).time();
    const QString minutes = QStringLiteral("%1").arg(local.minute(), 2, 10, QLatin1Char('0'));
    if (isFrench(language))
        return QString::number(local.hour()) + QStringLiteral(" h ") + minutes;
    return QStringLiteral("%1:%2").arg(local.hour(), 2, 10, QLatin1Char('0')).arg(minutes);
}

QString MessageTimeFormat::time(qint64 atMs, qint64 nowMs, const QString& language, const QTimeZone& zone)
{
    const QString clock =
        clockTime(atMs, language, zone) + QStringLiteral(" (") + offsetLabel(atMs, zone) + QLatin1Char(')');
    const QDate day = QDateTime::fromMSecsSinceEpoch(atMs, zone).date();
    if (day == QDateTime::fromMSecsSinceEpoch(nowMs, zone).date())
        return clock;
    const bool fr = isFrench(language);
    const QLocale locale(fr ? QLocale::French : QLocale::English,
                         fr ? QLocale::France : QLocale::UnitedKingdom);
    const QString date = locale.toString(day, QStringLiteral("dddd d MMMM"));
    return clock + (fr ? QStringLiteral(" le ") : QStringLiteral(" on ")) + date;
}

QString MessageTimeFormat::duration(qint64 ms, const QString& language)
{
    const bool fr = isFrench(language);
    const qint64 totalMinutes = std::max<qint64>(0, ms) / 60000;
    if (totalMinutes == 0)
        return fr ? QStringLiteral("moins d'une minute") : QStringLiteral("less than a minute");
    const qint64 days = totalMinutes / (24 * 60);
    const qint64 hours = (totalMinutes / 60) % 24;
    const qint64 minutes = totalMinutes % 60;
    QStringList parts;
    if (days > 0)
        parts << (fr ? QStringLiteral("%1 j")
                     : (days == 1 ? QStringLiteral("%1 day") : QStringLiteral("%1 days")))
                     .arg(days);
    if (hours > 0)
        parts << (fr ? QStringLiteral("%1 h") : QStringLiteral("%1 hr")).arg(hours);
    if (minutes > 0 && days == 0)
        parts << QStringLiteral("%1 min").arg(minutes);
    return parts.join(QLatin1Char(' '));
}
