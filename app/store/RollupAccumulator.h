#pragma once

#include "monitor/CheckResult.h"
#include "store/ServiceHistory.h"

#include <QHash>
#include <QList>

#include <optional>

// One closed minute of one service, ready to be written.
struct RollupRow
{
    qint64 serviceId = 0;
    RollupPoint point;

    bool operator==(const RollupRow&) const = default;
};

// Per-minute aggregation of check results, kept in memory for the minute in progress of each service.
// Latency statistics cover the results that did not fail (a timeout says nothing about speed); a minute where
// every check failed has count and failures but zero latencies. p95 uses the nearest-rank method.
class RollupAccumulator
{
public:
    // How long after a newer minute starts a service's older minute stays open for results that finish late.
    static constexpr qint64 LateGraceMs = 60'000;

    static qint64 minuteOf(qint64 ms);

    // Adds one result. Returns the rows this closes: the service's previous minute when the result starts a
    // newer one, or a one-result row at once when it belongs to a minute already closed (written as a merge).
    // So a service's open minute is always newer than every minute of it already returned.
    QList<RollupRow> add(const CheckResult& result);
    // Closes every open minute (on stop, or after recomputing from raw results).
    QList<RollupRow> closeAll();
    // Closes the open minutes that start before minuteMs: a service that stopped reporting (paused, removed)
    // must not hold its last minute open, and with it the watermark of what rollups cover.
    QList<RollupRow> closeBefore(qint64 minuteMs);
    // Drops a removed service's minute in progress without writing it.
    void forget(qint64 serviceId)
    {
        m_open.remove(serviceId);
        m_lastClosed.remove(serviceId);
    }
    // Remembers the state of every service the following calls change, until commitChanges() forgets it or
    // rollbackChanges() restores it: cheaper than copying the whole accumulator for every batch stored.
    void beginChanges();
    void commitChanges();
    void rollbackChanges();

    // The oldest minute still open, or -1: every result before it is covered by closed rows.
    qint64 oldestOpenMinute() const;
    bool isEmpty() const { return m_open.isEmpty(); }

    // Aggregates one minute's results (pure; also used by tests as the reference).
    static RollupPoint aggregate(qint64 minuteMs, int count, int failures, QList<qint32> okLatenciesUs);

private:
    struct Bucket
    {
        qint64 minuteMs = 0;
        int count = 0;
        int failures = 0;
        QList<qint32> okLatenciesUs;
    };
    struct Saved
    {
        std::optional<Bucket> open;
        std::optional<qint64> lastClosed;
    };

    RollupRow close(qint64 serviceId, const Bucket& bucket);
    void save(qint64 serviceId);
    static void addTo(Bucket* bucket, const CheckResult& result);

    QHash<qint64, Bucket> m_open;       // service id -> its minute in progress
    QHash<qint64, qint64> m_lastClosed; // service id -> its newest closed minute
    bool m_journaling = false;
    QHash<qint64, Saved> m_journal; // service id -> its state at beginChanges()
};

// Merges two rows of the same service and minute (a late result after its minute was written). Exact for
// count, failures, min, max and average; p95 keeps the larger of the two, an upper bound.
RollupPoint mergeRollups(const RollupPoint& a, const RollupPoint& b);
