#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

class QSettings;

// The period the timeline shows: UTC ms, half-open [fromMs, toMs). A value: zooming and panning return new
// ranges, always clamped so that the view never shows less than a minute, more than a year, or much of the
// future. A preset range ("last 24 h") follows now; any zoom or pan turns it into a custom range.
class TimelineRange
{
public:
    enum class Preset
    {
        LastHour,
        Last24Hours,
        Last7Days,
        Last30Days,
        Last90Days,
        Custom
    };

    static constexpr qint64 kMinuteMs = 60'000;
    static constexpr qint64 kHourMs = 60 * kMinuteMs;
    static constexpr qint64 kDayMs = 24 * kHourMs;
    static constexpr qint64 kMinSpanMs = kMinuteMs;
    static constexpr qint64 kMaxSpanMs = 365 * kDayMs;

    TimelineRange() = default;

    static TimelineRange fromPreset(Preset preset, qint64 nowMs);
    // Clamped; a custom range that ends at now (within followTolerance) keeps following now.
    static TimelineRange custom(qint64 fromMs, qint64 toMs, qint64 nowMs);
    static qint64 presetSpanMs(Preset preset); // 0 for Custom

    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    qint64 spanMs() const { return m_toMs - m_fromMs; }
    Preset preset() const { return m_preset; }
    bool isValid() const { return m_toMs > m_fromMs; }
    // True when the range ends at now and should slide as time passes.
    bool followsNow() const { return m_followsNow; }

    // factor < 1 zooms in, > 1 zooms out; the instant anchorMs stays at the same place on screen.
    TimelineRange zoomed(double factor, qint64 anchorMs, qint64 nowMs) const;
    TimelineRange panned(qint64 deltaMs, qint64 nowMs) const;
    // The same span, moved so that it ends at nowMs; for ranges that follow now.
    TimelineRange slidTo(qint64 nowMs) const;

    // How far past now a range may reach: a little room so that the now line is not glued to the edge.
    static qint64 futureSlackMs(qint64 spanMs);

    // Stores the preset, or a custom span anchored to now when it ended at now, or absolute bounds.
    void save(QSettings& settings, const QString& group) const;
    // Falls back to `fallback` when nothing (or nothing valid) was saved.
    static TimelineRange restore(QSettings& settings, const QString& group, qint64 nowMs,
                                 Preset fallback = Preset::Last24Hours);

    static QString presetKey(Preset preset);
    static bool presetFromKey(const QString& key, Preset* out);

    bool operator==(const TimelineRange&) const = default;

private:
    TimelineRange(qint64 fromMs, qint64 toMs, Preset preset, bool followsNow);
    static TimelineRange clampedCustom(qint64 fromMs, qint64 toMs, qint64 nowMs);

    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    Preset m_preset = Preset::Custom;
    bool m_followsNow = false;
};

Q_DECLARE_METATYPE(TimelineRange)
