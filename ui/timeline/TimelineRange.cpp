#include "timeline/TimelineRange.h"

#include <QSettings>

#include <cmath>

namespace {

// A range whose end is this close to now counts as "ending at now": a drag that lands a few pixels short of
// the now line should not freeze the view in the past.
qint64 followToleranceMs(qint64 spanMs)
{
    return qMax<qint64>(1000, spanMs / 200);
}

const QString kPresetKey = QStringLiteral("preset");
const QString kSpanKey = QStringLiteral("spanMs");
const QString kFromKey = QStringLiteral("fromMs");
const QString kToKey = QStringLiteral("toMs");
const QString kFollowKey = QStringLiteral("followsNow");

} // namespace

TimelineRange::TimelineRange(qint64 fromMs, qint64 toMs, Preset preset, bool followsNow)
    : m_fromMs(fromMs), m_toMs(toMs), m_preset(preset), m_followsNow(followsNow)
{}

qint64 TimelineRange::presetSpanMs(Preset preset)
{
    switch (preset) {
    case Preset::LastHour:
        return kHourMs;
    case Preset::Last24Hours:
        return kDayMs;
    case Preset::Last7Days:
        return 7 * kDayMs;
    case Preset::Last30Days:
        return 30 * kDayMs;
    case Preset::Last90Days:
        return 90 * kDayMs;
    case Preset::Custom:
        return 0;
    }
    return 0;
}

qint64 TimelineRange::futureSlackMs(qint64 spanMs)
{
    return qMax<qint64>(kMinuteMs, spanMs / 10);
}

TimelineRange TimelineRange::fromPreset(Preset preset, qint64 nowMs)
{
    const qint64 span = presetSpanMs(preset);
    if (span == 0)
        return TimelineRange(nowMs - kDayMs, nowMs, Preset::Custom, true);
    return TimelineRange(nowMs - span, nowMs, preset, true);
}

TimelineRange TimelineRange::clampedCustom(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    qint64 span = qBound(kMinSpanMs, toMs - fromMs, kMaxSpanMs);
    const qint64 centre = fromMs + (toMs - fromMs) / 2;
    fromMs = centre - span / 2;
    toMs = fromMs + span;
    const qint64 latestEnd = nowMs + futureSlackMs(span);
    if (toMs > latestEnd) {
        toMs = latestEnd;
        fromMs = toMs - span;
    }
    const bool follows = std::llabs(toMs - nowMs) <= followToleranceMs(span);
    if (follows) {
        toMs = nowMs;
        fromMs = nowMs - span;
    }
    return TimelineRange(fromMs, toMs, Preset::Custom, follows);
}

TimelineRange TimelineRange::custom(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    return clampedCustom(fromMs, toMs, nowMs);
}

TimelineRange TimelineRange::zoomed(double factor, qint64 anchorMs, qint64 nowMs) const
{
    if (!isValid() || !(factor > 0))
        return *this;
    const double newSpan = qBound<double>(kMinSpanMs, double(spanMs()) * factor, kMaxSpanMs);
    const double anchorShare = double(anchorMs - m_fromMs) / double(spanMs());
    const auto from = qint64(std::llround(double(anchorMs) - anchorShare * newSpan));
    const auto to = from + qint64(std::llround(newSpan));
    TimelineRange result = clampedCustom(from, to, nowMs);
    // Zooming out of a range that ends at now should stay anchored there rather than drift into the future.
    if (m_followsNow && factor > 1)
        result = TimelineRange(nowMs - result.spanMs(), nowMs, Preset::Custom, true);
    return result;
}

TimelineRange TimelineRange::panned(qint64 deltaMs, qint64 nowMs) const
{
    if (!isValid())
        return *this;
    return clampedCustom(m_fromMs + deltaMs, m_toMs + deltaMs, nowMs);
}

TimelineRange TimelineRange::slidTo(qint64 nowMs) const
{
    return TimelineRange(nowMs - spanMs(), nowMs, m_preset, m_followsNow);
}

QString TimelineRange::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::LastHour:
        return QStringLiteral("1h");
    case Preset::Last24Hours:
        return QStringLiteral("24h");
    case Preset::Last7Days:
        return QStringLiteral("7d");
    case Preset::Last30Days:
        return QStringLiteral("30d");
    case Preset::Last90Days:
        return QStringLiteral("90d");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

bool TimelineRange::presetFromKey(const QString& key, Preset* out)
{
    for (const Preset p : {Preset::LastHour, Preset::Last24Hours, Preset::Last7Days, Preset::Last30Days,
                           Preset::Last90Days, Preset::Custom}) {
        if (presetKey(p) == key) {
            *out = p;
            return true;
        }
    }
    return false;
}

void TimelineRange::save(QSettings& settings, const QString& group) const
{
    settings.beginGroup(group);
    settings.remove(QString());
    settings.setValue(kPresetKey, presetKey(m_preset));
    if (m_preset == Preset::Custom) {
        settings.setValue(kFollowKey, m_followsNow);
        if (m_followsNow) {
            settings.setValue(kSpanKey, spanMs());
        } else {
            settings.setValue(kFromKey, m_fromMs);
            settings.setValue(kToKey, m_toMs);
        }
    }
    settings.endGroup();
}

TimelineRange TimelineRange::restore(QSettings& settings, const QString& group, qint64 nowMs, Preset fallback)
{
    settings.beginGroup(group);
    const QString key = settings.value(kPresetKey).toString();
    const bool follows = settings.value(kFollowKey, false).toBool();
    bool okSpan = false;
    bool okFrom = false;
    bool okTo = false;
    const qint64 span = settings.value(kSpanKey).toLongLong(&okSpan);
    const qint64 from = settings.value(kFromKey).toLongLong(&okFrom);
    const qint64 to = settings.value(kToKey).toLongLong(&okTo);
    settings.endGroup();

    Preset preset = fallback;
    if (!presetFromKey(key, &preset))
        return fromPreset(fallback, nowMs);
    if (preset != Preset::Custom)
        return fromPreset(preset, nowMs);
    if (follows && okSpan && span > 0)
        return clampedCustom(nowMs - span, nowMs, nowMs);
    if (okFrom && okTo && to > from)
        return clampedCustom(from, to, nowMs);
    return fromPreset(fallback, nowMs);
}
