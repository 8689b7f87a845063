#include "store/StoreWorker.h"

#include "store/HistoryReader.h"
#include "store/RollupTable.h"
#include "store/ServiceTable.h"
#include "store/StateChangeTable.h"
#include "time/Clock.h"

StoreWorker::StoreWorker(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

StoreWorker::~StoreWorker() = default;

DbResult<bool> StoreWorker::open(const QString& path)
{
    m_db = std::make_unique<Database>();
    DbResult<bool> opened = m_db->open(path);
    if (!opened.ok())
        return opened;
    m_results = std::make_unique<ResultTable>(*m_db);
    RollupTable rollups(*m_db);
    DbResult<int> recovered = rollups.recover(*m_results);
    if (!recovered.ok())
        return DbResult<bool>::failure(recovered.error);
    // Resuming from the watermark keeps it from moving back when this run stores nothing.
    DbResult<qint64> watermark = rollups.watermark();
    if (!watermark.ok())
        return DbResult<bool>::failure(watermark.error);
    m_newestStartedMs = std::max<qint64>(0, watermark.value - 1);
    m_storedWatermark = watermark.value;
    DbResult<int> removed = m_results->prune(m_clock.nowMs());
    if (!removed.ok())
        return DbResult<bool>::failure(removed.error);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &StoreWorker::flush);
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(PruneIntervalMs);
    connect(m_pruneTimer, &QTimer::timeout, this, &StoreWorker::prune);
    m_pruneTimer->start();
    return opened;
}

bool StoreWorker::ensureOpen()
{
    if (m_db && m_db->isOpen())
        return true;
    Q_EMIT errorOccurred(tr("The history database is not open."));
    return false;
}

void StoreWorker::stop()
{
    if (!m_db || !m_db->isOpen())
        return;
    flush();
    const QList<RollupRow> open = m_rollups.closeAll();
    QList<StateChange> none;
    DbResult<bool> written = writeBatch({}, &none, open, m_newestStartedMs + 1);
    if (!written.ok())
        Q_EMIT errorOccurred(written.error);
    m_db->checkpoint();
    m_results.reset();
    m_db->close();
    m_latest.clear();
    m_latestRead = false;
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_pruneTimer)
        m_pruneTimer->stop();
}

void StoreWorker::enqueueResults(const QList<CheckResult>& results)
{
    m_pendingResults.append(results);
    if (m_pendingResults.size() >= BatchSize)
        flush();
    else if (m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start(FlushIntervalMs);
}

void StoreWorker::enqueueStateChanges(const QList<StateChange>& changes)
{
    m_pendingChanges.append(changes);
    if (m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start(FlushIntervalMs);
}

DbResult<bool> StoreWorker::writeBatch(const QList<CheckResult>& results, QList<StateChange>* changes,
                                       const QList<RollupRow>& rollups, qint64 watermark)
{
    const QString operation = tr("store check results");
    DbResult<bool> began = m_db->begin(operation);
    if (!began.ok())
        return began;
    auto fail = [this](const QString& message) {
        m_db->rollback();
        m_results->forgetCertificates();
        return DbResult<bool>::failure(message);
    };
    DbResult<int> inserted = m_results->insert(results);
    if (!inserted.ok())
        return fail(inserted.error);
    DbResult<int> written = RollupTable(*m_db).write(rollups);
    if (!written.ok())
        return fail(written.error);
    DbResult<int> changed = StateChangeTable(*m_db).insert(changes);
    if (!changed.ok())
        return fail(changed.error);
    if (watermark != m_storedWatermark) {
        DbResult<bool> marked = RollupTable(*m_db).setWatermark(watermark);
        if (!marked.ok())
            return fail(marked.error);
    }
    DbResult<bool> committed = m_db->commit(operation);
    if (!committed.ok()) {
        m_results->forgetCertificates();
        return committed;
    }
    m_storedWatermark = watermark;
    return committed;
}

void StoreWorker::flush()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_pendingResults.isEmpty() && m_pendingChanges.isEmpty())
        return;
    if (!ensureOpen())
        return;
    m_rollups.beginChanges();
    const qint64 newestBefore = m_newestStartedMs;
    QList<RollupRow> closed;
    for (const CheckResult& r : std::as_const(m_pendingResults)) {
        closed.append(m_rollups.add(r));
        m_newestStartedMs = std::max(m_newestStartedMs, r.startedAtMs);
    }
    // One minute of grace for results that finish late; anything later still merges as a late row.
    closed.append(m_rollups.closeBefore(RollupAccumulator::minuteOf(m_newestStartedMs) -
                                        RollupAccumulator::LateGraceMs));
    const qint64 oldestOpen = m_rollups.oldestOpenMinute();
    const qint64 watermark = oldestOpen >= 0 ? oldestOpen : m_newestStartedMs + 1;
    QList<StateChange> changes = m_pendingChanges;
    DbResult<bool> written = writeBatch(m_pendingResults, &changes, closed, watermark);
    if (!written.ok()) {
        m_rollups.rollbackChanges();
        m_newestStartedMs = newestBefore;
        if (m_pendingResults.size() > MaxPending) {
            const qsizetype dropped = m_pendingResults.size() - MaxPending;
            m_pendingResults.remove(0, dropped);
            Q_EMIT errorOccurred(tr("%1 check results could not be stored and were dropped.").arg(dropped));
        }
        Q_EMIT errorOccurred(written.error);
        m_flushTimer->start(RetryIntervalMs);
        return;
    }
    m_rollups.commitChanges();
    noteLatest(m_pendingResults);
    const int stored = int(m_pendingResults.size());
    m_pendingResults.clear();
    m_pendingChanges.clear();
    if (stored > 0)
        Q_EMIT resultsStored(stored);
    if (!changes.isEmpty())
        Q_EMIT stateChangesStored(changes);
}

void StoreWorker::noteLatest(const QList<CheckResult>& stored)
{
    for (const CheckResult& r : stored) {
        ResultTable::Latest& latest = m_latest[r.serviceId];
        if (r.startedAtMs >= latest.startedAtMs)
            latest = ResultTable::Latest{r.startedAtMs, r.totalUs};
    }
}

void StoreWorker::loadServices()
{
    if (!ensureOpen())
        return;
    DbResult<QList<ServiceDefinition>> services = ServiceTable(*m_db).all();
    if (!services.ok())
        Q_EMIT errorOccurred(services.error);
    else
        Q_EMIT servicesLoaded(services.value);
}

void StoreWorker::loadSetting(const QString& key)
{
    if (!ensureOpen())
        return;
    DbResult<QString> value = m_db->setting(key, QString());
    if (!value.ok())
        Q_EMIT errorOccurred(value.error);
    else
        Q_EMIT settingLoaded(key, value.value);
}

void StoreWorker::saveSetting(const QString& key, const QString& value)
{
    if (!ensureOpen())
        return;
    DbResult<bool> done = m_db->setSetting(key, value);
    if (!done.ok())
        Q_EMIT errorOccurred(done.error);
}

void StoreWorker::saveService(const ServiceDefinition& service)
{
    if (!ensureOpen())
        return;
    DbResult<qint64> id = ServiceTable(*m_db).save(service);
    if (!id.ok()) {
        Q_EMIT serviceChangeFailed(service.id, id.error);
        return;
    }
    ServiceDefinition saved = service;
    saved.id = id.value;
    Q_EMIT serviceSaved(saved);
}

void StoreWorker::removeService(qint64 serviceId)
{
    if (!ensureOpen())
        return;
    flush();
    const QString operation = tr("remove a service and its history");
    DbResult<bool> result = m_db->begin(operation);
    if (result.ok()) {
        const QList<QString> errors{ServiceTable(*m_db).remove(serviceId).error,
                                    m_results->removeService(serviceId).error,
                                    RollupTable(*m_db).removeService(serviceId).error,
                                    StateChangeTable(*m_db).removeService(serviceId).error};
        for (const QString& error : errors) {
            if (!error.isEmpty() && result.ok())
                result = DbResult<bool>::failure(error);
        }
        if (result.ok()) {
            result = m_db->commit(operation);
            if (result.ok()) {
                m_rollups.forget(serviceId);
                m_latest.remove(serviceId);
            }
        } else {
            m_db->rollback();
            m_results->forgetCertificates();
        }
    }
    if (!result.ok()) {
        Q_EMIT serviceChangeFailed(serviceId, result.error);
        return;
    }
    Q_EMIT serviceRemoved(serviceId);
}

void StoreWorker::setPaused(qint64 serviceId, bool paused)
{
    if (!ensureOpen())
        return;
    DbResult<bool> done = ServiceTable(*m_db).setPaused(serviceId, paused);
    if (!done.ok())
        Q_EMIT serviceChangeFailed(serviceId, done.error);
    else
        Q_EMIT pausedChanged(serviceId, paused);
}

void StoreWorker::requestHistory(qint64 serviceId, qint64 fromMs, qint64 toMs)
{
    if (!ensureOpen())
        return;
    flush();
    DbResult<ServiceHistory> history = HistoryReader(*m_db).history(serviceId, fromMs, toMs);
    if (!history.ok())
        Q_EMIT errorOccurred(history.error);
    else
        Q_EMIT historyReady(history.value);
}

void StoreWorker::requestSummaries(qint64 nowMs)
{
    if (!ensureOpen())
        return;
    flush();
    const qint64 recentFrom = nowMs - HistoryReader::RecentResultsMs;
    if (!m_latestRead) {
        // What this run stored is known already; what earlier runs stored is read once.
        DbResult<QHash<qint64, ResultTable::Latest>> read = m_results->latestResults(recentFrom);
        if (!read.ok()) {
            Q_EMIT errorOccurred(read.error);
            return;
        }
        for (auto it = read.value.cbegin(); it != read.value.cend(); ++it) {
            ResultTable::Latest& latest = m_latest[it.key()];
            if (it->startedAtMs >= latest.startedAtMs)
                latest = *it;
        }
        m_latestRead = true;
    }
    QHash<qint64, qint32> latencies;
    latencies.reserve(m_latest.size());
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it) {
        if (it->startedAtMs >= recentFrom)
            latencies.insert(it.key(), it->totalUs);
    }
    DbResult<QList<ServiceSummary>> summaries = HistoryReader(*m_db).summaries(nowMs, latencies);
    if (!summaries.ok())
        Q_EMIT errorOccurred(summaries.error);
    else
        Q_EMIT summariesReady(summaries.value);
}

void StoreWorker::requestTimeline(qint64 fromMs, qint64 toMs)
{
    if (!ensureOpen())
        return;
    flush();
    DbResult<TimelineSnapshot> snapshot = StateChangeTable(*m_db).timeline(fromMs, toMs);
    if (!snapshot.ok())
        Q_EMIT errorOccurred(snapshot.error);
    else
        Q_EMIT timelineReady(snapshot.value);
}

void StoreWorker::requestChanges(qint64 serviceId, qint64 fromMs, qint64 toMs)
{
    if (!ensureOpen())
        return;
    flush();
    DbResult<QList<StateChange>> changes = StateChangeTable(*m_db).forService(serviceId, fromMs, toMs, true);
    if (!changes.ok())
        Q_EMIT errorOccurred(changes.error);
    else
        Q_EMIT changesReady(serviceId, changes.value);
}

void StoreWorker::requestRollupsAt(qint64 serviceId, qint64 fromMs, qint64 toMs, qint64 bucketMs)
{
    if (!ensureOpen())
        return;
    flush();
    DbResult<QList<RollupPoint>> points = RollupTable(*m_db).bucketed(serviceId, fromMs, toMs, bucketMs);
    if (!points.ok())
        Q_EMIT errorOccurred(points.error);
    else
        Q_EMIT rollupsReady(serviceId, points.value);
}

void StoreWorker::setRetentionDays(int days)
{
    if (!ensureOpen())
        return;
    DbResult<bool> done = m_results->setRetentionDays(days);
    if (!done.ok())
        Q_EMIT errorOccurred(done.error);
}

void StoreWorker::prune()
{
    if (!ensureOpen())
        return;
    DbResult<int> removed = m_results->prune(m_clock.nowMs());
    if (!removed.ok())
        Q_EMIT errorOccurred(removed.error);
    else
        Q_EMIT pruned(removed.value);
}
