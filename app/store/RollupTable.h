#pragma once

#include "store/Database.h"
#include "store/RollupAccumulator.h"
#include "store/ServiceHistory.h"

#include <QCoreApplication>
#include <QList>

class ResultTable;

// Per-minute rollups, kept after raw results are pruned, and the watermark that says which raw results they
// already cover (so that a crashed run's open minutes are rebuilt from raw results on the next open).
class RollupTable
{
    Q_DECLARE_TR_FUNCTIONS(RollupTable)

public:
    static constexpr qint64 RecoveryWindowMs = 3600 * 1000;

    explicit RollupTable(Database& db) : m_db(db) {}

    // Writes closed minutes inside the caller's transaction; a minute already stored is merged.
    DbResult<int> write(const QList<RollupRow>& rows);
    // Rollups of one service with fromMs <= minute start < toMs, oldest first.
    DbResult<QList<RollupPoint>> forService(qint64 serviceId, qint64 fromMs, qint64 toMs) const;
    // Rollups of one service with fromMs <= minute start < toMs aggregated in SQL into buckets of bucketMs
    // (at least a minute) aligned on fromMs, oldest first, each stamped with its bucket's start; empty
    // buckets are left out. When fromMs falls on an hour (UTC) and bucketMs is whole hours, the buckets are
    // read from the hourly rollups: the same figures from 60 times fewer rows. Counts and failures add up;
    // min, max and average (weighted by successful results) cover the successful results; p95 is the highest
    // minute p95, an upper bound of the true one.
    DbResult<QList<RollupPoint>> bucketed(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                          qint64 bucketMs) const;
    DbResult<int> removeService(qint64 serviceId);

    // The select list that folds minute rows into hour rows of rollups_hourly (the migration's backfill and
    // write() share it); to be followed by FROM and a GROUP BY on the service and the hour.
    static QString hourlySelect();

    // Every raw result with startedAtMs < watermark is covered by stored rows.
    DbResult<qint64> watermark() const;
    DbResult<bool> setWatermark(qint64 ms);

    // Rebuilds the rows a crash left unwritten: raw results from the watermark on, in minutes after each
    // service's last stored rollup. Runs its own transaction; returns how many rows it wrote.
    DbResult<int> recover(const ResultTable& results);

private:
    DbResult<RollupPoint> stored(qint64 serviceId, qint64 minuteMs, bool* found) const;
    // Recomputes the hour rows of rollups_hourly that the given minute rows fall in.
    DbResult<QList<RollupPoint>> bucketedHours(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                               qint64 bucketMs) const;
    DbResult<bool> refreshHours(const QList<RollupRow>& rows);
    DbResult<int> writeCommitted(const QList<RollupRow>& rows, qint64 newWatermark, const QString& operation);

    Database& m_db;
};
