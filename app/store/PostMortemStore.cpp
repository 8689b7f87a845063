#include "store/PostMortemStore.h"

#include "store/PostMortemStoreWorker.h"
#include "store/Store.h"

#include <QThread>

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<PostMortem>();
    qRegisterMetaType<QList<PostMortemChange>>();
    qRegisterMetaType<QList<ActionItem>>();
    qRegisterMetaType<ReportInputs>();
}

} // namespace

PostMortemStore::PostMortemStore(Store& store, QObject* parent) : PostMortemStore(store.storeThread(), parent)
{}

PostMortemStore::PostMortemStore(QThread* thread, QObject* parent) : QObject(parent), m_thread(thread)
{
    registerMetaTypes();
}

PostMortemStore::~PostMortemStore()
{
    close();
}

DbResult<bool> PostMortemStore::open(const QString& path)
{
    close();
    QThread* thread = m_thread;
    if (!thread || !thread->isRunning())
        return DbResult<bool>::failure(
            tr("Could not open the post-mortems (database %1): the store's thread is not running.")
                .arg(path));
    auto* worker = new PostMortemStoreWorker;
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
    connect(worker, &PostMortemStoreWorker::loaded, this, &PostMortemStore::loaded);
    connect(worker, &PostMortemStoreWorker::actionItemsLoaded, this, &PostMortemStore::actionItemsLoaded);
    connect(worker, &PostMortemStoreWorker::reportLoaded, this, &PostMortemStore::reportLoaded);
    connect(worker, &PostMortemStoreWorker::reportNotFound, this, &PostMortemStore::reportNotFound);
    connect(worker, &PostMortemStoreWorker::loadFailed, this, &PostMortemStore::loadFailed);
    connect(worker, &PostMortemStoreWorker::writeFailed, this, &PostMortemStore::writeFailed);
    connect(worker, &PostMortemStoreWorker::writesCommitted, this, &PostMortemStore::onCommitted);
    return opened;
}

void PostMortemStore::close()
{
    if (!m_worker)
        return;
    PostMortemStoreWorker* worker = m_worker;
    m_worker = nullptr;
    if (worker->thread()->isRunning()) {
        QMetaObject::invokeMethod(
            worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
        worker->deleteLater();
    } else {
        delete worker; // stopped in its thread when the thread finished
    }
    m_pendingWrites = 0;
}

template <typename F> void PostMortemStore::post(F&& work)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(work), Qt::QueuedConnection);
}

bool PostMortemStore::refuse(const QString& message)
{
    if (m_worker)
        return false;
    Q_EMIT loadFailed(message);
    return true;
}

void PostMortemStore::onCommitted(int count)
{
    m_pendingWrites = std::max(0, m_pendingWrites - count);
    Q_EMIT writesCommitted(count);
}

void PostMortemStore::save(const PostMortem& postMortem, const QList<PostMortemChange>& changes)
{
    if (!m_worker) {
        Q_EMIT writeFailed(tr("Could not save the post-mortem: the post-mortem database is not open."));
        return;
    }
    ++m_pendingWrites;
    PostMortemStoreWorker* worker = m_worker;
    post([worker, postMortem, changes] { worker->save(postMortem, changes); });
}

void PostMortemStore::load(const QString& incidentId)
{
    if (refuse(tr("Could not read the post-mortem: the post-mortem database is not open.")))
        return;
    PostMortemStoreWorker* worker = m_worker;
    post([worker, incidentId] { worker->load(incidentId); });
}

void PostMortemStore::loadActionItems(bool openOnly)
{
    if (refuse(tr("Could not read the action items: the post-mortem database is not open.")))
        return;
    PostMortemStoreWorker* worker = m_worker;
    post([worker, openOnly] { worker->loadActionItems(openOnly); });
}

void PostMortemStore::loadReport(const QString& incident, qint64 nowMs)
{
    if (refuse(tr("Could not read the incident: the post-mortem database is not open.")))
        return;
    PostMortemStoreWorker* worker = m_worker;
    post([worker, incident, nowMs] { worker->loadReport(incident, nowMs); });
}
