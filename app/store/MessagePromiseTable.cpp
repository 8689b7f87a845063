#include "store/MessagePromiseTable.h"

#include "store/SqlValues.h"

namespace {

QString promiseKindKey(MessagePromise::Kind kind)
{
    return kind == MessagePromise::Kind::Resolution ? QStringLiteral("resolution")
                                                    : QStringLiteral("next_update");
}

bool promiseKindFromKey(const QString& key, MessagePromise::Kind* out)
{
    if (key == QLatin1String("resolution") || key == QLatin1String("next_update")) {
        *out = key == QLatin1String("resolution") ? MessagePromise::Kind::Resolution
                                                  : MessagePromise::Kind::NextUpdate;
        return true;
    }
    return false;
}

} // namespace

DbResult<bool> MessagePromiseTable::save(const MessagePromise& promise)
{
    const QString operation = tr("save a promise of the incident %1").arg(promise.incidentId);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral(
            "INSERT INTO message_promises (id, incident_id, draft_id, kind, made_ms, due_ms, kept_ms,"
            " missed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id,"
            " draft_id = excluded.draft_id, kind = excluded.kind, made_ms = excluded.made_ms,"
            " due_ms = excluded.due_ms, kept_ms = excluded.kept_ms, missed = excluded.missed"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    q.value->bindValue(0, text(promise.id));
    q.value->bindValue(1, text(promise.incidentId));
    q.value->bindValue(2, text(promise.draftId));
    q.value->bindValue(3, promiseKindKey(promise.kind));
    q.value->bindValue(4, timeOrNull(promise.madeAtMs));
    q.value->bindValue(5, timeOrNull(promise.dueAtMs));
    q.value->bindValue(6, timeOrNull(promise.keptAtMs));
    q.value->bindValue(7, promise.missed ? 1 : 0);
    return m_db.execPrepared(*q.value, operation);
}

DbResult<QList<MessagePromise>> MessagePromiseTable::all() const
{
    const QString operation = tr("read the promises made to customers");
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT id, incident_id, draft_id, kind, made_ms, due_ms, kept_ms, missed"
                                " FROM message_promises ORDER BY incident_id, made_ms, rowid"),
                 {}, operation);
    if (!q.ok())
        return DbResult<QList<MessagePromise>>::failure(q.error);
    QList<MessagePromise> promises;
    while (q.value.next()) {
        MessagePromise promise;
        promise.id = q.value.value(0).toString();
        const QString kind = q.value.value(3).toString();
        if (!promiseKindFromKey(kind, &promise.kind))
            return DbResult<QList<MessagePromise>>::failure(
                m_db.describe(operation, tr("the promise %1 has the unknown kind %2").arg(promise.id, kind)));
        promise.incidentId = q.value.value(1).toString();
        promise.draftId = q.value.value(2).toString();
        promise.madeAtMs = timeFrom(q.value.value(4));
        promise.dueAtMs = timeFrom(q.value.value(5));
        promise.keptAtMs = timeFrom(q.value.value(6));
        promise.missed = q.value.value(7).toInt() != 0;
        promises.append(promise);
    }
    return DbResult<QList<MessagePromise>>::success(promises);
}
