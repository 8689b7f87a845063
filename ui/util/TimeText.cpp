#include "util/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

QString TimeText::forDuration(qint64 sinceMs, qint64 nowMs)
{
    if (sinceMs <= 0)
        return QString();
    // A clock that steps back a little must not show a negative duration.
    const qint64 seconds = qMax<qint64>(0, (nowMs - sinceMs) / 1000);
    const int minutes = static_cast<int>(seconds / 60);
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (minutes < 1) {
        // lupdate skips a translate() call whose arguments contain a template such as static_cast<int>.
        const int wholeSeconds = static_cast<int>(seconds);
        return QCoreApplication::translate("TimeText", "for %n s", nullptr, wholeSeconds);
    }
    if (hours < 1)
        return QCoreApplication::translate("TimeText", "for %n min", nullptr, minutes);
    if (days < 1) {
        return QCoreApplication::translate("TimeText", "for %1 h %2 min")
            .arg(hours)
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate("TimeText", "for %1 d %2 h").arg(days).arg(hours % 24);
}

qint64 TimeText::shownSeconds(qint64 sinceMs, qint64 nowMs)
{
    if (sinceMs <= 0)
        return -1;
    const qint64 seconds = qMax<qint64>(0, (nowMs - sinceMs) / 1000);
    if (seconds < 60)
        return seconds;
    if (seconds < 24 * 3600)
        return seconds - seconds % 60; // minutes, or hours and minutes
    return seconds - seconds % 3600;   // days and hours
}

QString TimeText::absolute(qint64 ms)
{
    if (ms <= 0)
        return QString();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) % QLatin1Char(' ') %
           local.time().toString(QStringLiteral("HH:mm:ss"));
}
