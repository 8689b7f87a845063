#include "store/IncidentStoreWorker.h"

#include "store/IncidentEventTable.h"
#include "store/IncidentTable.h"
#include "store/MessageDraftTable.h"
#include "store/MessagePromiseTable.h"

#include <algorithm>

IncidentStoreWorker::IncidentStoreWorker(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IncidentStoreWorker::commitQueued);
}

IncidentStoreWorker::~IncidentStoreWorker() = default;

DbResult<bool> IncidentStoreWorker::open(const QString& path)
{
    m_db = std::make_unique<Database>();
    DbResult<bool> opened = m_db->open(path);
    if (!opened.ok())
        return opened;
    return m_db->setBusyTimeout(BusyTimeoutMs);
}

void IncidentStoreWorker::stop()
{
    if (!m_db || !m_db->isOpen())
        return;
    commitQueued();
    if (!m_queue.isEmpty()) {
        Q_EMIT writeFailed(tr("%n change(s) to incidents could not be saved before closing (database %1): %2",
                              nullptr, m_queue.saves())
                               .arg(m_db->path(), m_lastError));
        m_queue.clear();
    }
    m_timer->stop();
    m_db->close();
}

void IncidentStoreWorker::enqueue(const IncidentWrite& write)
{
    m_queue.add(write);
    // During a failure streak the retry timer is running: the new write waits behind the others.
    if (!m_timer->isActive())
        m_timer->start(0);
}

DbResult<bool> IncidentStoreWorker::apply(const QList<IncidentWrite>& writes)
{
    const QString operation = tr("save incidents and messages");
    DbResult<bool> result = m_db->begin(operation);
    if (!result.ok())
        return result;
    IncidentTable incidents(*m_db);
    IncidentEventTable events(*m_db);
    MessageDraftTable drafts(*m_db);
    MessagePromiseTable promises(*m_db);
    for (const IncidentWrite& write : writes) {
        result = std::visit(
            [&](const auto& item) -> DbResult<bool> {
                using T = std::decay_t<decltype(item)>;
                if constexpr (std::is_same_v<T, Incident>)
                    return incidents.save(item);
                else if constexpr (std::is_same_v<T, IncidentEvent>)
                    return events.append(item);
                else if constexpr (std::is_same_v<T, MessageDraft>)
                    return drafts.save(item);
                else
                    return promises.save(item);
            },
            write);
        if (!result.ok()) {
            m_db->rollback();
            return result;
        }
    }
    return m_db->commit(operation);
}

void IncidentStoreWorker::commitQueued()
{
    m_timer->stop();
    if (m_queue.isEmpty())
        return;
    DbResult<bool> done = m_db && m_db->isOpen()
                              ? apply(m_queue.writes())
                              : DbResult<bool>::failure(tr("The incident database is not open."));
    if (!done.ok()) {
        m_retryMs = m_retryMs == 0 ? FirstRetryMs : std::min(2 * m_retryMs, MaxRetryMs);
        if (done.error != m_lastError) {
            m_lastError = done.error;
            Q_EMIT writeFailed(
                tr("%1 %n change(s) wait in memory and will be saved when the database accepts "
                   "them.",
                   nullptr, m_queue.saves())
                    .arg(done.error));
        }
        m_timer->start(m_retryMs);
        return;
    }
    const int saves = m_queue.saves();
    m_queue.clear();
    m_retryMs = 0;
    m_lastError.clear();
    Q_EMIT writesCommitted(saves);
}

void IncidentStoreWorker::loadAll()
{
    if (!m_db || !m_db->isOpen()) {
        Q_EMIT loadFailed(tr("The incident database is not open."));
        return;
    }
    // What was asked for before the load is part of it, unless the file refuses writes right now.
    if (m_retryMs == 0)
        commitQueued();
    DbResult<QList<IncidentRecord>> records = IncidentTable(*m_db).loadAll();
    if (!records.ok())
        Q_EMIT loadFailed(records.error);
    else
        Q_EMIT loaded(records.value);
}
