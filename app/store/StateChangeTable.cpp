#include "store/StateChangeTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

ServiceState toState(int value)
{
    return static_cast<ServiceState>(std::clamp(value, 0, int(ServiceState::Paused)));
}

const QString Columns =
    QStringLiteral("SELECT id, service_id, at_ms, from_state, to_state, reason FROM state_changes ");

} // namespace

DbResult<int> StateChangeTable::insert(QList<StateChange>* changes)
{
    const QString operation = tr("store state changes");
    DbResult<QSqlQuery> q =
        m_db.prepare(QStringLiteral("INSERT INTO state_changes (service_id, at_ms, from_state,"
                                    " to_state, reason) VALUES (?, ?, ?, ?, ?)"),
                     operation);
    if (!q.ok())
        return DbResult<int>::failure(q.error);
    for (StateChange& change : *changes) {
        q.value.bindValue(0, change.serviceId);
        q.value.bindValue(1, change.atMs);
        q.value.bindValue(2, int(change.from));
        q.value.bindValue(3, int(change.to));
        q.value.bindValue(4, change.reason.isEmpty() ? nullValue<QString>() : QVariant(change.reason));
        DbResult<bool> done = m_db.execPrepared(q.value, operation);
        if (!done.ok())
            return DbResult<int>::failure(done.error);
        change.id = q.value.lastInsertId().toLongLong();
    }
    return DbResult<int>::success(int(changes->size()));
}

DbResult<QList<StateChange>> StateChangeTable::read(const QString& sql, const QVariantList& values) const
{
    // A few fixed statements, asked for each service or range shown: prepared once per connection.
    const QString operation = tr("read state changes");
    DbResult<QSqlQuery*> q = m_db.prepareCached(sql, operation);
    if (!q.ok())
        return DbResult<QList<StateChange>>::failure(q.error);
    QSqlQuery& query = *q.value;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    DbResult<bool> done = m_db.execPrepared(query, operation);
    if (!done.ok())
        return DbResult<QList<StateChange>>::failure(done.error);
    QList<StateChange> changes;
    while (query.next()) {
        StateChange c;
        c.id = query.value(0).toLongLong();
        c.serviceId = query.value(1).toLongLong();
        c.atMs = query.value(2).toLongLong();
        c.from = toState(query.value(3).toInt());
        c.to = toState(query.value(4).toInt());
        c.reason = query.value(5).toString();
        changes.append(c);
    }
    // A kept SELECT left open would hold its read on the database.
    query.finish();
    return DbResult<QList<StateChange>>::success(changes);
}

DbResult<QList<StateChange>> StateChangeTable::forService(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                                          bool withPrevious) const
{
    QList<StateChange> all;
    if (withPrevious) {
        DbResult<QList<StateChange>> previous =
            read(Columns % QStringLiteral(
                               "WHERE service_id = ? AND at_ms < ? ORDER BY at_ms DESC, id DESC LIMIT 1"),
                 {serviceId, fromMs});
        if (!previous.ok())
            return previous;
        all = previous.value;
    }
    DbResult<QList<StateChange>> inRange =
        read(Columns % QStringLiteral("WHERE service_id = ? AND at_ms >= ? AND at_ms < ? ORDER BY at_ms, id"),
             {serviceId, fromMs, toMs});
    if (!inRange.ok())
        return inRange;
    all.append(inRange.value);
    return DbResult<QList<StateChange>>::success(all);
}

DbResult<int> StateChangeTable::removeService(qint64 serviceId)
{
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("DELETE FROM state_changes WHERE service_id = ?"),
                                     {serviceId}, tr("delete a service's state changes"));
    if (!q.ok())
        return DbResult<int>::failure(q.error);
    return DbResult<int>::success(q.value.numRowsAffected());
}

DbResult<TimelineSnapshot> StateChangeTable::timeline(qint64 fromMs, qint64 toMs) const
{
    TimelineSnapshot snapshot;
    snapshot.fromMs = fromMs;
    snapshot.toMs = toMs;
    // The service ids come from a loose index scan of state_changes_by_service (one seek per service rather
    // than a pass over every change), then each one's last change before fromMs is one more seek.
    DbResult<QList<StateChange>> previous = read(
        Columns % QStringLiteral(
                      "WHERE id IN (WITH RECURSIVE ids(sid) AS ("
                      " SELECT MIN(service_id) FROM state_changes"
                      " UNION ALL SELECT (SELECT MIN(service_id) FROM state_changes WHERE service_id > sid)"
                      " FROM ids WHERE sid IS NOT NULL)"
                      " SELECT (SELECT p.id FROM state_changes p WHERE p.service_id = ids.sid AND p.at_ms < ?"
                      " ORDER BY p.at_ms DESC, p.id DESC LIMIT 1) FROM ids WHERE sid IS NOT NULL)"),
        {fromMs});
    if (!previous.ok())
        return DbResult<TimelineSnapshot>::failure(previous.error);
    for (const StateChange& change : std::as_const(previous.value))
        snapshot.changesByService[change.serviceId].append(change);
    DbResult<QList<StateChange>> inRange =
        read(Columns % QStringLiteral("WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id"), {fromMs, toMs});
    if (!inRange.ok())
        return DbResult<TimelineSnapshot>::failure(inRange.error);
    for (const StateChange& change : std::as_const(inRange.value))
        snapshot.changesByService[change.serviceId].append(change);
    return DbResult<TimelineSnapshot>::success(snapshot);
}
