#include "store/PostMortemChangeTable.h"

#include "store/SqlValues.h"

DbResult<bool> PostMortemChangeTable::append(const QList<PostMortemChange>& changes)
{
    if (changes.isEmpty())
        return DbResult<bool>::success(true);
    const QString operation =
        tr("record the changes to the post-mortem of %1").arg(changes.first().incidentId);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral("INSERT INTO post_mortem_changes (incident_id, at_ms, changed_by, field, before_value,"
                       " after_value) VALUES (?, ?, ?, ?, ?, ?)"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    for (const PostMortemChange& change : changes) {
        q.value->bindValue(0, text(change.incidentId));
        q.value->bindValue(1, change.atMs);
        q.value->bindValue(2, text(change.by));
        q.value->bindValue(3, text(change.field));
        q.value->bindValue(4, text(change.before));
        q.value->bindValue(5, text(change.after));
        if (DbResult<bool> done = m_db.execPrepared(*q.value, operation); !done.ok())
            return done;
    }
    return DbResult<bool>::success(true);
}

DbResult<QList<PostMortemChange>> PostMortemChangeTable::forIncident(const QString& incidentId) const
{
    const QString operation = tr("read the history of the post-mortem of %1").arg(incidentId);
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT id, incident_id, at_ms, changed_by, field, before_value, after_value"
                                " FROM post_mortem_changes WHERE incident_id = ? ORDER BY at_ms, id"),
                 {incidentId}, operation);
    if (!q.ok())
        return DbResult<QList<PostMortemChange>>::failure(q.error);
    QList<PostMortemChange> changes;
    while (q.value.next())
        changes.append(PostMortemChange{q.value.value(0).toLongLong(), q.value.value(1).toString(),
                                        q.value.value(2).toLongLong(), q.value.value(3).toString(),
                                        q.value.value(4).toString(), q.value.value(5).toString(),
                                        q.value.value(6).toString()});
    return DbResult<QList<PostMortemChange>>::success(changes);
}
