#pragma once

#include "store/Database.h"
#include "store/ServiceHistory.h"

// The read side the cockpit asks for: a service's history over a period and every service's summary.
class HistoryReader
{
public:
    static constexpr qint64 UptimeWindowMs = 24 * 3600 * 1000;
    // Raw results come with a history only for periods this short, and at most this many (the oldest): a
    // longer period is read from the rollups alone, which keeps its query fast.
    static constexpr qint64 RawResultsMaxSpanMs = 6 * 3600 * 1000;
    static constexpr int RawResultsMaxCount = 20'000;
    // Results this recent give a summary's "last latency"; older services fall back to their last stored
    // minute.
    static constexpr qint64 RecentResultsMs = 3600 * 1000;

    explicit HistoryReader(Database& db) : m_db(db) {}

    // Rollups with fromMs <= minute < toMs, the state changes in range preceded by the one just before, and
    // for a period of at most RawResultsMaxSpanMs the raw results with fromMs <= startedAtMs < toMs.
    DbResult<ServiceHistory> history(qint64 serviceId, qint64 fromMs, qint64 toMs) const;
    // One summary per stored service, in id order.
    DbResult<QList<ServiceSummary>> summaries(qint64 nowMs) const;
    // The same with each service's latest latency (us) since nowMs - RecentResultsMs given by the caller,
    // which may know them without reading an hour of results again.
    DbResult<QList<ServiceSummary>> summaries(qint64 nowMs, const QHash<qint64, qint32>& latencies) const;

private:
    Database& m_db;
};
