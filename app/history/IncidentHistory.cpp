#include "history/IncidentHistory.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace {

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

// Months from `first` to `month`: 0 for the first month itself, negative before it.
int monthsBetween(QDate first, QDate month)
{
    return (month.year() - first.year()) * 12 + (month.month() - first.month());
}

} // namespace

bool IncidentHistory::Range::isValid() const
{
    return firstMonth.isValid() && lastMonth.isValid() && firstMonth <= lastMonth;
}

int IncidentHistory::Range::monthCount() const
{
    return isValid() ? monthsBetween(firstMonth, lastMonth) + 1 : 0;
}

IncidentHistory::Range IncidentHistory::Range::lastMonths(int count, qint64 nowMs, const QTimeZone& zone)
{
    const QDate last = monthOf(nowMs, zone);
    return Range{last.addMonths(-(std::max(count, 1) - 1)), last};
}

IncidentHistory::Range IncidentHistory::Range::spanning(const QList<Incident>& incidents, qint64 nowMs,
                                                        const QTimeZone& zone, const Options& options)
{
    Range range{monthOf(nowMs, zone), monthOf(nowMs, zone)};
    for (const Incident& incident : incidents) {
        if (!counts(incident, options))
            continue;
        const QDate month = monthOf(placedAtMs(incident), zone);
        range.firstMonth = std::min(range.firstMonth, month);
        range.lastMonth = std::max(range.lastMonth, month);
    }
    return range;
}

IncidentHistory::DurationStats IncidentHistory::DurationStats::of(QList<qint64> spans)
{
    DurationStats stats;
    const auto negative = std::partition(spans.begin(), spans.end(), [](qint64 span) { return span >= 0; });
    stats.outOfOrder = int(std::distance(negative, spans.end()));
    spans.erase(negative, spans.end());
    stats.count = int(spans.size());
    if (spans.isEmpty())
        return stats;
    std::sort(spans.begin(), spans.end());
    // Summed in double: a few thousand spans of days each stay far inside its exact integer range.
    double sum = 0;
    for (const qint64 span : spans)
        sum += double(span);
    stats.meanMs = std::llround(sum / double(spans.size()));
    const qsizetype middle = spans.size() / 2;
    stats.medianMs = spans.size() % 2 == 1
                         ? spans.at(middle)
                         : std::llround((double(spans.at(middle - 1)) + double(spans.at(middle))) / 2.0);
    return stats;
}

IncidentHistory::IncidentHistory(const QList<Incident>& incidents, const QTimeZone& zone, const Range& range,
                                 const Options& options)
    : m_range(range), m_zone(zone)
{
    const int monthCount = range.monthCount();
    m_months.resize(monthCount);
    for (int i = 0; i < monthCount; ++i)
        m_months[i].month = range.firstMonth.addMonths(i);
    QList<QList<qint64>> detect(monthCount);
    QList<QList<qint64>> resolve(monthCount);
    QList<qint64> allDetect;
    QList<qint64> allResolve;

    for (const Incident& incident : incidents) {
        if (incident.isMaintenance())
            continue;
        const int index = monthsBetween(range.firstMonth, monthOf(placedAtMs(incident), zone));
        if (index < 0 || index >= monthCount)
            continue;
        if (!counts(incident, options)) {
            ++m_drillsLeftOut;
            continue;
        }
        m_incidents.append(incident);
        const int severity = std::clamp(static_cast<int>(incident.severity), 1, 4) - 1;
        Period& month = m_months[index];
        ++month.bySeverity[severity];
        ++month.total;
        ++m_overall.bySeverity[severity];
        ++m_overall.total;
        if (const std::optional<qint64> span = incident.moments.timeToDetectMs()) {
            detect[index].append(*span);
            allDetect.append(*span);
        }
        if (const std::optional<qint64> span = incident.moments.timeToResolveMs()) {
            resolve[index].append(*span);
            allResolve.append(*span);
        }
    }
    for (int i = 0; i < monthCount; ++i) {
        m_months[i].detect = DurationStats::of(detect.at(i));
        m_months[i].resolve = DurationStats::of(resolve.at(i));
    }
    m_overall.detect = DurationStats::of(allDetect);
    m_overall.resolve = DurationStats::of(allResolve);
    std::stable_sort(m_incidents.begin(), m_incidents.end(),
                     [](const Incident& a, const Incident& b) { return placedAtMs(a) < placedAtMs(b); });
}

qint64 IncidentHistory::placedAtMs(const Incident& incident)
{
    return incident.moments.startedMs != 0 ? incident.moments.startedMs : incident.declaredAtMs;
}

QDate IncidentHistory::monthOf(qint64 atMs, const QTimeZone& zone)
{
    // A zone that does not exist (a typo in a workspace file) falls back to the workstation's.
    const QTimeZone effective = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    return firstOfMonth(QDateTime::fromMSecsSinceEpoch(atMs, effective).date());
}

bool IncidentHistory::counts(const Incident& incident, const Options& options)
{
    return !incident.isMaintenance() && (options.includeDrills || !incident.drill);
}
