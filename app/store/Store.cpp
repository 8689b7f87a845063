#include "store/Store.h"

#include "store/StoreWorker.h"

#include <QCoreApplication>

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<CheckResult>();
    qRegisterMetaType<QList<CheckResult>>();
    qRegisterMetaType<StateChange>();
    qRegisterMetaType<QList<StateChange>>();
    qRegisterMetaType<ServiceDefinition>();
    qRegisterMetaType<QList<ServiceDefinition>>();
    qRegisterMetaType<ServiceHistory>();
    qRegisterMetaType<ServiceSummary>();
    qRegisterMetaType<QList<ServiceSummary>>();
    qRegisterMetaType<TimelineSnapshot>();
    qRegisterMetaType<RollupPoint>();
    qRegisterMetaType<QList<RollupPoint>>();
}

} // namespace

Store::Store(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("vigie-store"));
}

Store::~Store()
{
    close();
}

template <typename F> void Store::post(F&& work)
{
    if (!m_worker) {
        Q_EMIT errorOccurred(tr("The history database is not open."));
        return;
    }
    QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
}

DbResult<bool> Store::open(const QString& path)
{
    close();
    auto* worker = new StoreWorker(m_clock);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    DbResult<bool> opened;
    QMetaObject::invokeMethod(
        worker, [worker, path, &opened] { opened = worker->open(path); }, Qt::BlockingQueuedConnection);
    if (!opened.ok()) {
        m_thread.quit();
        m_thread.wait();
        return opened;
    }
    m_worker = worker;
    connect(worker, &StoreWorker::resultsStored, this, &Store::resultsStored);
    connect(worker, &StoreWorker::stateChangesStored, this, &Store::stateChangesStored);
    connect(worker, &StoreWorker::errorOccurred, this, &Store::errorOccurred);
    connect(worker, &StoreWorker::serviceChangeFailed, this, &Store::serviceChangeFailed);
    connect(worker, &StoreWorker::servicesLoaded, this, &Store::servicesLoaded);
    connect(worker, &StoreWorker::settingLoaded, this, &Store::settingLoaded);
    connect(worker, &StoreWorker::serviceSaved, this, &Store::serviceSaved);
    connect(worker, &StoreWorker::serviceRemoved, this, &Store::serviceRemoved);
    connect(worker, &StoreWorker::pausedChanged, this, &Store::pausedChanged);
    connect(worker, &StoreWorker::historyReady, this, &Store::historyReady);
    connect(worker, &StoreWorker::summariesReady, this, &Store::summariesReady);
    connect(worker, &StoreWorker::timelineReady, this, &Store::timelineReady);
    connect(worker, &StoreWorker::rollupsReady, this, &Store::rollupsReady);
    connect(worker, &StoreWorker::changesReady, this, &Store::changesReady);
    connect(worker, &StoreWorker::pruned, this, &Store::pruned);
    return opened;
}

void Store::close()
{
    if (!m_thread.isRunning())
        return;
    if (m_worker) {
        StoreWorker* worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void Store::enqueueResults(const QList<CheckResult>& results)
{
    StoreWorker* worker = m_worker;
    post([worker, results] { worker->enqueueResults(results); });
}

void Store::enqueueStateChanges(const QList<StateChange>& changes)
{
    StoreWorker* worker = m_worker;
    post([worker, changes] { worker->enqueueStateChanges(changes); });
}

void Store::flush()
{
    StoreWorker* worker = m_worker;
    post([worker] { worker->flush(); });
}

void Store::loadServices()
{
    StoreWorker* worker = m_worker;
    post([worker] { worker->loadServices(); });
}

void Store::loadSetting(const QString& key)
{
    StoreWorker* worker = m_worker;
    post([worker, key] { worker->loadSetting(key); });
}

void Store::saveSetting(const QString& key, const QString& value)
{
    StoreWorker* worker = m_worker;
    post([worker, key, value] { worker->saveSetting(key, value); });
}

void Store::saveService(const ServiceDefinition& service)
{
    StoreWorker* worker = m_worker;
    post([worker, service] { worker->saveService(service); });
}

void Store::removeService(qint64 serviceId)
{
    StoreWorker* worker = m_worker;
    post([worker, serviceId] { worker->removeService(serviceId); });
}

void Store::setPaused(qint64 serviceId, bool paused)
{
    StoreWorker* worker = m_worker;
    post([worker, serviceId, paused] { worker->setPaused(serviceId, paused); });
}

void Store::requestHistory(qint64 serviceId, qint64 fromMs, qint64 toMs)
{
    StoreWorker* worker = m_worker;
    post([worker, serviceId, fromMs, toMs] { worker->requestHistory(serviceId, fromMs, toMs); });
}

void Store::requestSummaries(qint64 nowMs)
{
    StoreWorker* worker = m_worker;
    post([worker, nowMs] { worker->requestSummaries(nowMs); });
}

void Store::requestTimeline(qint64 fromMs, qint64 toMs)
{
    StoreWorker* worker = m_worker;
    post([worker, fromMs, toMs] { worker->requestTimeline(fromMs, toMs); });
}

void Store::requestChanges(qint64 serviceId, qint64 fromMs, qint64 toMs)
{
    StoreWorker* worker = m_worker;
    post([worker, serviceId, fromMs, toMs] { worker->requestChanges(serviceId, fromMs, toMs); });
}

void Store::requestRollupsAt(qint64 serviceId, qint64 fromMs, qint64 toMs, qint64 bucketMs)
{
    StoreWorker* worker = m_worker;
    post([worker, serviceId, fromMs, toMs, bucketMs] {
        worker->requestRollupsAt(serviceId, fromMs, toMs, bucketMs);
    });
}

void Store::setRetentionDays(int days)
{
    StoreWorker* worker = m_worker;
    post([worker, days] { worker->setRetentionDays(days); });
}

void Store::pruneNow()
{
    StoreWorker* worker = m_worker;
    post([worker] { worker->prune(); });
}
