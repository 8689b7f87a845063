#include "timeline/TimelineToolTip.h"

#include "util/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

QString TimelineToolTip::formatTime(qint64 ms, const QTimeZone& zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) % QLatin1Char(' ') %
           local.time().toString(QStringLiteral("HH:mm:ss"));
}

QString TimelineToolTip::forBand(const QString& serviceName, const StateBand& band, qint64 nowMs,
                                 const QTimeZone& zone)
{
    const bool ongoing = band.endMs >= nowMs;
    const QString state = band.known ? serviceStateLabel(band.state) : tr("No data");
    const QString end = ongoing ? tr("now") : formatTime(band.endMs, zone);
    QString text = tr("%1: %2").arg(serviceName, state) % QLatin1Char('\n') %
                   tr("From %1 to %2").arg(formatTime(band.startMs, zone), end) % QLatin1Char('\n') %
                   tr("Duration: %1").arg(TimeText::forDuration(band.startMs, qMin(band.endMs, nowMs)));
    if (!band.reason.isEmpty())
        text += QLatin1Char('\n') + tr("Reason: %1").arg(band.reason);
    return text;
}

QString TimelineToolTip::forDay(const QString& serviceName, const DayBar& bar)
{
    const QString date = QLocale().toString(bar.date, QLocale::LongFormat);
    if (!bar.hasData)
        return tr("%1\n%2\nNo data").arg(serviceName, date);
    QString text = tr("%1\n%2\nWorst state: %3").arg(serviceName, date, serviceStateLabel(bar.worst));
    if (bar.uptimePercent >= 0)
        text += QLatin1Char('\n') + tr("Uptime: %1 %").arg(QLocale().toString(bar.uptimePercent, 'f', 2));
    if (bar.downMs > 0) {
        const int minutesDown = int((bar.downMs + 59999) / 60000);
        text += QLatin1Char('\n') + tr("Down: %n min", nullptr, minutesDown);
    }
    return text;
}
