#include "publish/OutboxAttemptJournal.h"

#include "publish/OutboxWorker.h"

#include <QThread>

bool OutboxAttemptJournal::note(const QJsonObject& progress)
{
    if (!m_worker)
        return false;
    if (QThread::currentThread() == m_worker->thread())
        return m_worker->noteProgress(m_deliveryId, progress);
    // The outbox thread never waits on the sending thread, so waiting on it here cannot deadlock.
    bool noted = false;
    OutboxWorker* worker = m_worker;
    const QString id = m_deliveryId;
    QMetaObject::invokeMethod(
        worker, [worker, id, progress, &noted] { noted = worker->noteProgress(id, progress); },
        Qt::BlockingQueuedConnection);
    return noted;
}
