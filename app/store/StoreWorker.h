#pragma once

#include "config/ServiceDefinition.h"
#include "monitor/CheckResult.h"
#include "monitor/StateChange.h"
#include "store/Database.h"
#include "store/ResultTable.h"
#include "store/RollupAccumulator.h"
#include "store/ServiceHistory.h"
#include "timeline/TimelineSnapshot.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class Clock;

// The store's thread side: owns the connection, buffers results and state changes and commits them together
// with the rollups of the minutes they close, once the queued work in hand is taken in (FlushIntervalMs) or
// every BatchSize results. All its slots run in the store thread; the Store facade calls them through queued
// invocations.
class StoreWorker : public QObject
{
    Q_OBJECT

public:
    // The engine already batches (CheckEngineOptions::batchIntervalMs): a batch is committed right after the
    // events queued with it (its state changes), one transaction and one wake-up per batch, rather than
    // waiting for a second wake-up of its own.
    static constexpr int FlushIntervalMs = 0;
    // After a failed commit: what is pending is tried again this much later, not in a busy loop.
    static constexpr int RetryIntervalMs = 1000;
    static constexpr int BatchSize = 2000;
    // Results kept for a retry after failed commits; beyond it the oldest are dropped (and reported).
    static constexpr int MaxPending = 200'000;
    static constexpr int PruneIntervalMs = 3600 * 1000;

    explicit StoreWorker(const Clock& clock, QObject* parent = nullptr);
    ~StoreWorker() override;

    // Opens the file, rebuilds rollups a crash left unwritten and prunes old results. In the store thread.
    DbResult<bool> open(const QString& path);
    // Commits what is buffered, closes every open minute and closes the file.
    void stop();

    void enqueueResults(const QList<CheckResult>& results);
    void enqueueStateChanges(const QList<StateChange>& changes);
    void flush();

    void loadServices();
    void loadSetting(const QString& key);
    void saveSetting(const QString& key, const QString& value);
    void saveService(const ServiceDefinition& service);
    void removeService(qint64 serviceId);
    void setPaused(qint64 serviceId, bool paused);
    void requestHistory(qint64 serviceId, qint64 fromMs, qint64 toMs);
    void requestSummaries(qint64 nowMs);
    void requestTimeline(qint64 fromMs, qint64 toMs);
    void requestRollupsAt(qint64 serviceId, qint64 fromMs, qint64 toMs, qint64 bucketMs);
    void requestChanges(qint64 serviceId, qint64 fromMs, qint64 toMs);
    void setRetentionDays(int days);
    void prune();

Q_SIGNALS:
    // After each commit: how many results and state changes it made durable.
    void resultsStored(int count);
    void stateChangesStored(const QList<StateChange>& changes);
    void errorOccurred(const QString& message);
    // A service change (save, remove, pause) that could not be stored; the message names what and where.
    void serviceChangeFailed(qint64 serviceId, const QString& message);
    void servicesLoaded(const QList<ServiceDefinition>& services);
    void settingLoaded(const QString& key, const QString& value);
    void serviceSaved(const ServiceDefinition& service);
    void serviceRemoved(qint64 serviceId);
    void pausedChanged(qint64 serviceId, bool paused);
    void historyReady(const ServiceHistory& history);
    void summariesReady(const QList<ServiceSummary>& summaries);
    void timelineReady(const TimelineSnapshot& snapshot);
    void rollupsReady(qint64 serviceId, const QList<RollupPoint>& points);
    void changesReady(qint64 serviceId, const QList<StateChange>& changes);
    void pruned(int removedResults);

private:
    DbResult<bool> writeBatch(const QList<CheckResult>& results, QList<StateChange>* changes,
                              const QList<RollupRow>& rollups, qint64 watermark);
    bool ensureOpen();
    void noteLatest(const QList<CheckResult>& stored);

    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ResultTable> m_results;
    RollupAccumulator m_rollups;
    QList<CheckResult> m_pendingResults;
    QList<StateChange> m_pendingChanges;
    qint64 m_newestStartedMs = 0;
    // The watermark the file holds, so that a batch rewrites it only when it moves (about once a minute).
    qint64 m_storedWatermark = -1;
    QTimer* m_flushTimer = nullptr;
    QTimer* m_pruneTimer = nullptr;
    // Each service's newest stored result, kept as batches commit, so that the summaries the window asks
    // for every minute do not read an hour of results each time (180 000 rows at 500 services). Read from
    // the file once, at the first request (m_latestRead).
    QHash<qint64, ResultTable::Latest> m_latest;
    bool m_latestRead = false;
};
