#include "timeline/TimeAxisTicks.h"

#include <QDateTime>
#include <QLocale>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

using Step = TimeAxisTicks::Step;
using Unit = TimeAxisTicks::Unit;

const Step kSteps[] = {
    {Unit::Minute, 1}, {Unit::Minute, 5}, {Unit::Minute, 10}, {Unit::Minute, 15}, {Unit::Minute, 30},
    {Unit::Hour, 1},   {Unit::Hour, 3},   {Unit::Hour, 6},    {Unit::Hour, 12},   {Unit::Day, 1},
    {Unit::Day, 2},    {Unit::Week, 1},   {Unit::Month, 1},   {Unit::Month, 3},
};

// Every local day that overlaps [fromMs, toMs], with one day of margin for zones far from UTC.
QDate firstDay(qint64 fromMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(fromMs, zone).date().addDays(-1);
}

QDate lastDay(qint64 toMs, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(toMs, zone).date().addDays(1);
}

} // namespace

qint64 TimeAxisTicks::Step::nominalMs() const
{
    switch (unit) {
    case Unit::Minute:
        return count * kMinuteMs;
    case Unit::Hour:
        return count * kHourMs;
    case Unit::Day:
        return count * kDayMs;
    case Unit::Week:
        return count * 7 * kDayMs;
    case Unit::Month:
        return count * 30 * kDayMs;
    }
    return kDayMs;
}

TimeAxisTicks::Step TimeAxisTicks::stepFor(qint64 spanMs, int pixelWidth, int minSpacingPx)
{
    if (spanMs <= 0 || pixelWidth <= 0)
        return kSteps[std::size(kSteps) - 1];
    const double pxPerMs = double(pixelWidth) / double(spanMs);
    for (const Step& step : kSteps) {
        if (double(step.nominalMs()) * pxPerMs >= minSpacingPx)
            return step;
    }
    return kSteps[std::size(kSteps) - 1];
}

QList<qint64> TimeAxisTicks::positions(qint64 fromMs, qint64 toMs, Step step, const QTimeZone& zone)
{
    QList<qint64> out;
    const auto keep = [&](qint64 ms) {
        if (ms >= fromMs && ms <= toMs && (out.isEmpty() || out.constLast() < ms))
            out.append(ms);
    };
    switch (step.unit) {
    case Unit::Minute: {
        // Whole-hour (and half-hour) offset changes keep UTC steps on local minute boundaries; start from the
        // local hour so that the first tick is aligned too.
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(fromMs, zone);
        const QDateTime hour(start.date(), QTime(start.time().hour(), 0), zone);
        const qint64 stepMs = step.count * kMinuteMs;
        qint64 ms = hour.toMSecsSinceEpoch();
        ms += ((fromMs - ms) / stepMs) * stepMs;
        for (; ms <= toMs; ms += stepMs)
            keep(ms);
        break;
    }
    case Unit::Hour:
        // Hour by hour of each local day: a skipped hour (spring forward) yields no tick, and after a
        // fall-back the ticks resume at the same local hours as on any other day.
        for (QDate d = firstDay(fromMs, zone); d <= lastDay(toMs, zone); d = d.addDays(1)) {
            for (int h = 0; h < 24; h += step.count) {
                const QDateTime local(d, QTime(h, 0), zone);
                if (local.time() == QTime(h, 0) && local.date() == d)
                    keep(local.toMSecsSinceEpoch());
            }
        }
        break;
    case Unit::Day:
        for (QDate d = firstDay(fromMs, zone); d <= lastDay(toMs, zone); d = d.addDays(1)) {
            // Count from the first of the month so that two-day ticks do not wander day after day.
            if ((d.day() - 1) % step.count == 0 && d.day() + step.count - 1 <= d.daysInMonth())
                keep(d.startOfDay(zone).toMSecsSinceEpoch());
        }
        break;
    case Unit::Week: {
        QDate d = firstDay(fromMs, zone);
        d = d.addDays(1 - d.dayOfWeek()); // back to Monday
        for (; d <= lastDay(toMs, zone); d = d.addDays(7 * step.count))
            keep(d.startOfDay(zone).toMSecsSinceEpoch());
        break;
    }
    case Unit::Month: {
        const QDate first = firstDay(fromMs, zone);
        QDate d(first.year(), 1, 1);
        while (d.addMonths(step.count) <= first)
            d = d.addMonths(step.count);
        for (; d <= lastDay(toMs, zone); d = d.addMonths(step.count))
            keep(d.startOfDay(zone).toMSecsSinceEpoch());
        break;
    }
    }
    return out;
}

bool TimeAxisTicks::isMajor(const QDateTime& local, Step step)
{
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        return local.time() == QTime(0, 0) || local == local.date().startOfDay(local.timeZone());
    case Unit::Day:
    case Unit::Week:
        return local.date().day() == 1;
    case Unit::Month:
        return local.date().month() == 1;
    }
    return false;
}

QString TimeAxisTicks::label(const QDateTime& local, Step step, bool major)
{
    const QLocale locale;
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour:
        // The date on the day boundary tells where one day ends; other ticks only need the hour.
        if (major)
            return locale.toString(local.date(), QStringLiteral("ddd d MMM"));
        return locale.toString(local.time(), QStringLiteral("HH:mm"));
    case Unit::Day:
    case Unit::Week:
        return locale.toString(local.date(), QStringLiteral("ddd d MMM"));
    case Unit::Month:
        if (major)
            return locale.toString(local.date(), QStringLiteral("MMM yyyy"));
        return locale.toString(local.date(), QStringLiteral("MMM"));
    }
    return QString();
}

QList<TimeTick> TimeAxisTicks::ticks(qint64 fromMs, qint64 toMs, int pixelWidth, const QTimeZone& zone,
                                     int minSpacingPx)
{
    QList<TimeTick> out;
    if (toMs <= fromMs || pixelWidth <= 0 || !zone.isValid())
        return out;
    const Step step = stepFor(toMs - fromMs, pixelWidth, minSpacingPx);
    for (const qint64 ms : positions(fromMs, toMs, step, zone)) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
        const bool major = isMajor(local, step);
        out.append(TimeTick{ms, label(local, step, major), major});
    }
    return out;
}
