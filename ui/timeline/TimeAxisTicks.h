#pragma once

#include <QList>
#include <QString>
#include <QTimeZone>

// One labelled mark on the time axis. Major ticks fall on a larger calendar boundary than the step (a local
// midnight for hourly ticks, the first of a month for daily ones) and are drawn stronger.
struct TimeTick
{
    qint64 ms = 0;
    QString label;
    bool major = false;

    bool operator==(const TimeTick&) const = default;
};

// Picks "nice" tick positions for a range and a pixel width, on calendar boundaries of the given time zone:
// 1, 5, 10, 15 or 30 minutes, 1, 3, 6 or 12 hours, days, weeks (Mondays) or months. Ticks are computed in
// local wall-clock time, so a day with a daylight-saving change still has its ticks at local midnight, 06:00
// and so on.
class TimeAxisTicks
{
public:
    TimeAxisTicks() = delete;

    enum class Unit
    {
        Minute,
        Hour,
        Day,
        Week,
        Month
    };
    struct Step
    {
        Unit unit = Unit::Hour;
        int count = 1;
        qint64 nominalMs() const;
    };

    // The smallest step whose nominal length takes at least minSpacingPx pixels.
    static Step stepFor(qint64 spanMs, int pixelWidth, int minSpacingPx);
    // Ticks in [fromMs, toMs], oldest first.
    static QList<TimeTick> ticks(qint64 fromMs, qint64 toMs, int pixelWidth, const QTimeZone& zone,
                                 int minSpacingPx = 90);

private:
    static QList<qint64> positions(qint64 fromMs, qint64 toMs, Step step, const QTimeZone& zone);
    static QString label(const QDateTime& local, Step step, bool major);
    static bool isMajor(const QDateTime& local, Step step);
};
