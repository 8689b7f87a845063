#pragma once

#include "incident/Incident.h"

#include <QDate>
#include <QList>
#include <QtGlobal>
#include <QTimeZone>

#include <array>

// Incidents across months: how many of each severity, and how fast they were detected and resolved. A value
// computed from the incidents' facts, a time zone and a range of months; nothing is stored.
//
// An incident counts in the month (in the chosen zone) of its start: the "started" key moment, else its
// declaration. Maintenances never count (they are planned, not suffered); drills count only when asked for.
// Time to detect and time to resolve are the key moments' spans (KeyMoments): an incident counts in their
// statistics only when it has both ends, and a span whose moments were entered out of order (negative) is
// left out and counted apart, so that one typo does not drag a mean below zero.
class IncidentHistory
{
public:
    struct Options
    {
        bool includeDrills = false;
        bool operator==(const Options&) const = default;
    };

    // Whole calendar months, from the first to the last, both included; each is the first day of its month.
    struct Range
    {
        QDate firstMonth;
        QDate lastMonth;

        bool isValid() const;
        int monthCount() const;
        // The `count` months ending with the month of `nowMs` in `zone`.
        static Range lastMonths(int count, qint64 nowMs, const QTimeZone& zone);
        // From the month of the earliest incident counted to the month of `nowMs` (or of the latest
        // incident, when later); the month of `nowMs` alone when none counts.
        static Range spanning(const QList<Incident>& incidents, qint64 nowMs, const QTimeZone& zone,
                              const Options& options);
        static Range spanning(const QList<Incident>& incidents, qint64 nowMs, const QTimeZone& zone)
        {
            return spanning(incidents, nowMs, zone, Options());
        }

        bool operator==(const Range&) const = default;
    };

    struct DurationStats
    {
        int count = 0;      // spans that entered the figures
        int outOfOrder = 0; // spans left out because the later moment is before the earlier one
        qint64 meanMs = 0;  // rounded to the millisecond; 0 when count is 0
        qint64 medianMs = 0;

        bool hasData() const { return count > 0; }
        // From spans in any order; negative ones are counted as out of order. The median of an even count
        // is the mean of the two middle spans.
        static DurationStats of(QList<qint64> spans);

        bool operator==(const DurationStats&) const = default;
    };

    struct Period
    {
        QDate month;                     // the first day of the month; null for the whole range
        std::array<int, 4> bySeverity{}; // SEV1 first
        int total = 0;
        DurationStats detect;  // time to detect: started → detected
        DurationStats resolve; // time to resolve: started → resolved

        int count(Severity severity) const { return bySeverity.at(static_cast<int>(severity) - 1); }
    };

    IncidentHistory() = default;
    IncidentHistory(const QList<Incident>& incidents, const QTimeZone& zone, const Range& range,
                    const Options& options);
    IncidentHistory(const QList<Incident>& incidents, const QTimeZone& zone, const Range& range)
        : IncidentHistory(incidents, zone, range, Options())
    {}

    const Range& range() const { return m_range; }
    const QTimeZone& zone() const { return m_zone; }
    // One period per month of the range, in order, empty months included.
    const QList<Period>& months() const { return m_months; }
    const Period& overall() const { return m_overall; }
    // The incidents counted, oldest first: what a CSV export of this history writes.
    const QList<Incident>& incidents() const { return m_incidents; }
    // Drills in the range that were not counted (the option is off).
    int drillsLeftOut() const { return m_drillsLeftOut; }

    // Started moment, else the declaration: the instant that places an incident in a month.
    static qint64 placedAtMs(const Incident& incident);
    // The first day of the month in `zone` that holds `atMs`.
    static QDate monthOf(qint64 atMs, const QTimeZone& zone);
    // Whether an incident is one the history looks at (maintenances never, drills when asked).
    static bool counts(const Incident& incident, const Options& options);

private:
    Range m_range;
    QTimeZone m_zone;
    QList<Period> m_months;
    Period m_overall;
    QList<Incident> m_incidents;
    int m_drillsLeftOut = 0;
};
