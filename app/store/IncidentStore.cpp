#include "store/IncidentStore.h"

#include "store/IncidentStoreWorker.h"
#include "store/Store.h"

#include <QThread>

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<IncidentRecord>();
    qRegisterMetaType<QList<IncidentRecord>>();
}

} // namespace

IncidentStore::IncidentStore(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    registerMetaTypes();
}

IncidentStore::~IncidentStore()
{
    close();
}

DbResult<bool> IncidentStore::open(const QString& path)
{
    close();
    QThread* thread = m_store.storeThread();
    if (!m_store.isOpen() || !thread->isRunning())
        return DbResult<bool>::failure(
            tr("Could not open the incidents (database %1): the history store is not open.").arg(path));
    auto* worker = new IncidentStoreWorker;
    worker->moveToThread(thread);
    DbResult<bool> opened;
    QMetaObject::invokeMethod(
        worker, [worker, path, &opened] { opened = worker->open(path); }, Qt::BlockingQueuedConnection);
    if (!opened.ok()) {
        worker->deleteLater();
        return opened;
    }
    m_worker = worker;
    // Should the Store stop its thread first, the connection still closes in the thread that opened it.
    connect(
        thread, &QThread::finished, worker, [worker] { worker->stop(); }, Qt::DirectConnection);
    connect(worker, &IncidentStoreWorker::loaded, this, &IncidentStore::loaded);
    connect(worker, &IncidentStoreWorker::loadFailed, this, &IncidentStore::loadFailed);
    connect(worker, &IncidentStoreWorker::writeFailed, this, &IncidentStore::writeFailed);
    connect(worker, &IncidentStoreWorker::writesCommitted, this, &IncidentStore::onCommitted);
    return opened;
}

void IncidentStore::close()
{
    if (!m_worker)
        return;
    IncidentStoreWorker* worker = m_worker;
    m_worker = nullptr;
    if (worker->thread()->isRunning()) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
        worker->deleteLater();
    } else {
        delete worker; // stopped in its thread when the thread finished
    }
    if (m_pendingWrites != 0) {
        m_pendingWrites = 0;
        Q_EMIT pendingWritesChanged(0);
    }
}

template <typename F> void IncidentStore::post(F&& work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
}

void IncidentStore::enqueue(const IncidentWrite& write)
{
    if (!m_worker) {
        Q_EMIT writeFailed(tr("Could not save the change to incidents: the incident database is not open."));
        return;
    }
    ++m_pendingWrites;
    Q_EMIT pendingWritesChanged(m_pendingWrites);
    IncidentStoreWorker* worker = m_worker;
    post([worker, write] { worker->enqueue(write); });
}

void IncidentStore::onCommitted(int count)
{
    m_pendingWrites = std::max(0, m_pendingWrites - count);
    Q_EMIT writesCommitted(count);
    Q_EMIT pendingWritesChanged(m_pendingWrites);
}

void IncidentStore::loadAll()
{
    if (!m_worker) {
        Q_EMIT loadFailed(tr("Could not read the incidents: the incident database is not open."));
        return;
    }
    IncidentStoreWorker* worker = m_worker;
    post([worker] { worker->loadAll(); });
}

void IncidentStore::saveIncident(const Incident& incident)
{
    enqueue(incident);
}

void IncidentStore::appendEvent(const IncidentEvent& event)
{
    enqueue(event);
}

void IncidentStore::saveDraft(const MessageDraft& draft)
{
    enqueue(draft);
}

void IncidentStore::savePromise(const MessagePromise& promise)
{
    enqueue(promise);
}
