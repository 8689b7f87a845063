#include "store/HistoryReader.h"

#include "store/ResultTable.h"
#include "store/RollupTable.h"
#include "store/ServiceTable.h"
#include "store/StateChangeTable.h"
#include "store/UptimeCalculator.h"

#include <cmath>

DbResult<ServiceHistory> HistoryReader::history(qint64 serviceId, qint64 fromMs, qint64 toMs) const
{
    ServiceHistory history;
    history.serviceId = serviceId;
    history.fromMs = fromMs;
    history.toMs = toMs;
    DbResult<QList<RollupPoint>> rollups = RollupTable(m_db).forService(serviceId, fromMs, toMs);
    if (!rollups.ok())
        return DbResult<ServiceHistory>::failure(rollups.error);
    DbResult<QList<StateChange>> changes = StateChangeTable(m_db).forService(serviceId, fromMs, toMs, true);
    if (!changes.ok())
        return DbResult<ServiceHistory>::failure(changes.error);
    history.rollups = rollups.value;
    history.changes = changes.value;
    if (toMs - fromMs <= RawResultsMaxSpanMs) {
        DbResult<QList<CheckResult>> results =
            ResultTable(m_db).forService(serviceId, fromMs, toMs, RawResultsMaxCount);
        if (!results.ok())
            return DbResult<ServiceHistory>::failure(results.error);
        history.results = results.value;
    }
    return DbResult<ServiceHistory>::success(history);
}

DbResult<QList<ServiceSummary>> HistoryReader::summaries(qint64 nowMs) const
{
    DbResult<QHash<qint64, qint32>> latencies = ResultTable(m_db).latestLatencies(nowMs - RecentResultsMs);
    if (!latencies.ok())
        return DbResult<QList<ServiceSummary>>::failure(latencies.error);
    return summaries(nowMs, latencies.value);
}

DbResult<QList<ServiceSummary>> HistoryReader::summaries(qint64 nowMs,
                                                         const QHash<qint64, qint32>& latencies) const
{
    // The ids are all a summary needs: reading every service's settings took most of the time.
    DbResult<QList<qint64>> services = ServiceTable(m_db).ids();
    if (!services.ok())
        return DbResult<QList<ServiceSummary>>::failure(services.error);
    const RollupTable rollups(m_db);
    const qint64 fromMs = nowMs - UptimeWindowMs;
    // Every service's changes of the day (and the last one before) in two queries, rather than two per
    // service: the window asks for summaries every minute.
    DbResult<TimelineSnapshot> day = StateChangeTable(m_db).timeline(fromMs, nowMs + 1);
    if (!day.ok())
        return DbResult<QList<ServiceSummary>>::failure(day.error);
    QList<ServiceSummary> summaries;
    for (const qint64 serviceId : std::as_const(services.value)) {
        ServiceSummary summary;
        summary.serviceId = serviceId;
        const QList<StateChange> changes = day.value.changesByService.value(serviceId);
        if (!changes.isEmpty()) {
            const StateChange& latest = changes.last();
            summary.state = latest.to;
            summary.sinceMs = latest.atMs;
            summary.reason = latest.reason;
        }
        summary.uptime24hPercent =
            UptimeCalculator::uptimePercent(ServiceState::Unknown, changes, fromMs, nowMs);
        auto latency = latencies.constFind(serviceId);
        if (latency != latencies.cend()) {
            summary.lastLatencyMs = int(std::lround(*latency / 1000.0));
        } else {
            DbResult<QList<RollupPoint>> recent = rollups.forService(serviceId, fromMs, nowMs + 1);
            if (!recent.ok())
                return DbResult<QList<ServiceSummary>>::failure(recent.error);
            if (!recent.value.isEmpty() && recent.value.last().count > recent.value.last().failures)
                summary.lastLatencyMs = int(std::lround(recent.value.last().avgMs));
        }
        summaries.append(summary);
    }
    return DbResult<QList<ServiceSummary>>::success(summaries);
}
