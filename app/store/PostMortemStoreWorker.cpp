#include "store/PostMortemStoreWorker.h"

#include "report/PostMortemFacts.h"
#include "store/ActionItemTable.h"
#include "store/IncidentTable.h"
#include "store/OutboxDeliveryTable.h"
#include "store/PostMortemChangeTable.h"
#include "store/PostMortemTable.h"
#include "store/StateChangeTable.h"

#include <algorithm>

PostMortemStoreWorker::PostMortemStoreWorker(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PostMortemStoreWorker::commitQueued);
}

PostMortemStoreWorker::~PostMortemStoreWorker() = default;

DbResult<bool> PostMortemStoreWorker::open(const QString& path)
{
    m_db = std::make_unique<Database>();
    DbResult<bool> opened = m_db->open(path);
    if (!opened.ok())
        return opened;
    return m_db->setBusyTimeout(BusyTimeoutMs);
}

void PostMortemStoreWorker::stop()
{
    if (!m_db || !m_db->isOpen())
        return;
    commitQueued();
    if (!m_queue.isEmpty()) {
        int saves = 0;
        for (const PendingSave& pending : std::as_const(m_queue))
            saves += pending.saves;
        Q_EMIT writeFailed(
            tr("%n change(s) to post-mortems could not be saved before closing (database %1): %2", nullptr,
               saves)
                .arg(m_db->path(), m_lastError));
        m_queue.clear();
    }
    m_timer->stop();
    m_db->close();
}

void PostMortemStoreWorker::save(const PostMortem& postMortem, const QList<PostMortemChange>& changes)
{
    // A later save of the same post-mortem replaces the earlier one (an upsert of the same rows); its history
    // lines add up.
    auto it = std::find_if(m_queue.begin(), m_queue.end(), [&postMortem](const PendingSave& pending) {
        return pending.postMortem.incidentId == postMortem.incidentId;
    });
    if (it != m_queue.end()) {
        it->postMortem = postMortem;
        it->changes += changes;
        ++it->saves;
    } else {
        m_queue.append(PendingSave{postMortem, changes});
    }
    if (!m_timer->isActive())
        m_timer->start(0);
}

DbResult<bool> PostMortemStoreWorker::apply(const QList<PendingSave>& saves)
{
    const QString operation = tr("save post-mortems");
    DbResult<bool> result = m_db->begin(operation);
    if (!result.ok())
        return result;
    PostMortemTable postMortems(*m_db);
    PostMortemChangeTable history(*m_db);
    for (const PendingSave& pending : saves) {
        result = postMortems.save(pending.postMortem);
        if (result.ok())
            result = history.append(pending.changes);
        if (!result.ok()) {
            m_db->rollback();
            return result;
        }
    }
    return m_db->commit(operation);
}

void PostMortemStoreWorker::commitQueued()
{
    m_timer->stop();
    if (m_queue.isEmpty())
        return;
    const DbResult<bool> done = m_db && m_db->isOpen()
                                    ? apply(m_queue)
                                    : DbResult<bool>::failure(tr("The post-mortem database is not open."));
    int saves = 0;
    for (const PendingSave& pending : std::as_const(m_queue))
        saves += pending.saves;
    if (!done.ok()) {
        m_retryMs = m_retryMs == 0 ? FirstRetryMs : std::min(2 * m_retryMs, MaxRetryMs);
        if (done.error != m_lastError) {
            m_lastError = done.error;
            Q_EMIT writeFailed(
                tr("%1 %n change(s) wait in memory and will be saved when the database accepts "
                   "them.",
                   nullptr, saves)
                    .arg(done.error));
        }
        m_timer->start(m_retryMs);
        return;
    }
    m_queue.clear();
    m_retryMs = 0;
    m_lastError.clear();
    Q_EMIT writesCommitted(saves);
}

bool PostMortemStoreWorker::ready(const QString& operation)
{
    if (!m_db || !m_db->isOpen()) {
        Q_EMIT loadFailed(tr("Could not %1: the post-mortem database is not open.").arg(operation));
        return false;
    }
    // What was asked for before a read is part of it, unless the file refuses writes right now.
    if (m_retryMs == 0)
        commitQueued();
    return true;
}

void PostMortemStoreWorker::load(const QString& incidentId)
{
    if (!ready(tr("read the post-mortem")))
        return;
    const DbResult<std::optional<PostMortem>> stored = PostMortemTable(*m_db).load(incidentId);
    if (!stored.ok()) {
        Q_EMIT loadFailed(stored.error);
        return;
    }
    const DbResult<QList<PostMortemChange>> history = PostMortemChangeTable(*m_db).forIncident(incidentId);
    if (!history.ok()) {
        Q_EMIT loadFailed(history.error);
        return;
    }
    PostMortem blank;
    blank.incidentId = incidentId;
    Q_EMIT loaded(incidentId, stored.value.value_or(blank), stored.value.has_value(), history.value);
}

void PostMortemStoreWorker::loadActionItems(bool openOnly)
{
    if (!ready(tr("read the action items")))
        return;
    const DbResult<QList<ActionItem>> items = ActionItemTable(*m_db).all(openOnly);
    if (!items.ok())
        Q_EMIT loadFailed(items.error);
    else
        Q_EMIT actionItemsLoaded(items.value);
}

void PostMortemStoreWorker::loadReport(const QString& incident, qint64 nowMs)
{
    if (!ready(tr("read the incident for its report")))
        return;
    const DbResult<QList<IncidentRecord>> records = IncidentTable(*m_db).loadAll();
    if (!records.ok()) {
        Q_EMIT loadFailed(records.error);
        return;
    }
    const QString wanted = incident.trimmed();
    const auto found =
        std::find_if(records.value.cbegin(), records.value.cend(), [&wanted](const IncidentRecord& r) {
            return r.incident.id == wanted || r.incident.reference.compare(wanted, Qt::CaseInsensitive) == 0;
        });
    if (found == records.value.cend()) {
        // The most recent first: what the person most likely meant.
        QList<Incident> known;
        for (const IncidentRecord& record : records.value)
            known.append(record.incident);
        std::stable_sort(known.begin(), known.end(), [](const Incident& a, const Incident& b) {
            return a.declaredAtMs > b.declaredAtMs;
        });
        QStringList references;
        for (const Incident& i :
             std::as_const(known).first(std::min<qsizetype>(known.size(), KnownReferences)))
            references.append(i.reference);
        Q_EMIT reportNotFound(wanted, references);
        return;
    }
    ReportInputs inputs;
    inputs.record = *found;
    const QString id = found->incident.id;
    const DbResult<std::optional<PostMortem>> postMortem = PostMortemTable(*m_db).load(id);
    const DbResult<QList<PostMortemChange>> history = PostMortemChangeTable(*m_db).forIncident(id);
    const DbResult<QList<Delivery>> deliveries = OutboxDeliveryTable(*m_db).all();
    for (const QString& error : {postMortem.error, history.error, deliveries.error}) {
        if (!error.isEmpty()) {
            Q_EMIT loadFailed(error);
            return;
        }
    }
    inputs.hasPostMortem = postMortem.value.has_value();
    inputs.postMortem = postMortem.value.value_or(PostMortem());
    inputs.postMortem.incidentId = id;
    inputs.changes = history.value;
    for (const Delivery& delivery : deliveries.value) {
        if (delivery.incidentId == id && delivery.state == Delivery::State::Sent)
            inputs.deliveries.append(delivery);
    }
    const PostMortemFacts::Window chart =
        PostMortemFacts::chartWindowFor(PostMortemFacts::incidentWindow(found->incident, nowMs), nowMs);
    StateChangeTable changes(*m_db);
    for (const AffectedService& service : found->incident.affected) {
        const DbResult<QList<StateChange>> serviceChanges =
            changes.forService(service.serviceId, chart.fromMs, chart.toMs, true);
        if (!serviceChanges.ok()) {
            Q_EMIT loadFailed(serviceChanges.error);
            return;
        }
        inputs.stateChanges.insert(service.serviceId, serviceChanges.value);
    }
    Q_EMIT reportLoaded(inputs);
}
