#pragma once

#include "config/ServiceDefinition.h"
#include "monitor/CheckResult.h"
#include "monitor/StateChange.h"
#include "store/DbResult.h"
#include "store/ServiceHistory.h"
#include "timeline/TimelineSnapshot.h"

#include <QList>
#include <QObject>
#include <QThread>

class Clock;
class StoreWorker;

// The store as the rest of the application sees it, used from the caller's (GUI) thread. Every call but
// open() and close() returns at once: the work runs in the store's own thread and answers through signals.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(const Clock& clock, QObject* parent = nullptr);
    ~Store() override;

    // Starts the store thread and opens (or creates and migrates) the file there. Blocks until done: the one
    // disk wait the caller's thread accepts, at start-up.
    DbResult<bool> open(const QString& path);
    // Commits what is buffered, writes the open minutes and stops the thread. Blocks; call it at shut-down.
    void close();
    bool isOpen() const { return m_worker != nullptr; }
    // The store's thread, for the workers of other stores kept in the same file (IncidentStore): running
    // between open() and close().
    QThread* storeThread() { return &m_thread; }

    void enqueueResults(const QList<CheckResult>& results);
    void enqueueStateChanges(const QList<StateChange>& changes);
    // Commits what is buffered now instead of at the next tick.
    void flush();

    void loadServices();
    // A named document kept with the workspace (the channels and incidents sections); answers with
    // settingLoaded, an empty value when none was saved.
    void loadSetting(const QString& key);
    void saveSetting(const QString& key, const QString& value);
    // Inserts, or updates the service with the same id or else the same name; answers with serviceSaved.
    void saveService(const ServiceDefinition& service);
    // Removes the service with its results, rollups and state changes.
    void removeService(qint64 serviceId);
    void setPaused(qint64 serviceId, bool paused);

    void requestHistory(qint64 serviceId, qint64 fromMs, qint64 toMs);
    void requestSummaries(qint64 nowMs);
    // Every service's state changes for the timeline over [fromMs, toMs), each preceded by its last change
    // before fromMs; answers with timelineReady.
    void requestTimeline(qint64 fromMs, qint64 toMs);
    // One service's rollups over [fromMs, toMs) in buckets of bucketMs (see RollupTable::bucketed), so that a
    // long range reads about as many points as there are pixels; answers with rollupsReady.
    void requestRollupsAt(qint64 serviceId, qint64 fromMs, qint64 toMs, qint64 bucketMs);
    // One service's state changes over [fromMs, toMs), preceded by its last change before fromMs, without
    // the per-minute rollups requestHistory also reads (for uptime over long periods); answers with
    // changesReady.
    void requestChanges(qint64 serviceId, qint64 fromMs, qint64 toMs);
    void setRetentionDays(int days);
    void pruneNow();

Q_SIGNALS:
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
    template <typename F> void post(F&& work);

    const Clock& m_clock;
    QThread m_thread;
    StoreWorker* m_worker = nullptr; // lives in m_thread
};
