#include "store/IncidentEventTable.h"

#include "store/SqlValues.h"

namespace {

QString visibilityKey(IncidentEvent::Visibility visibility)
{
    return visibility == IncidentEvent::Visibility::Public ? QStringLiteral("public")
                                                           : QStringLiteral("internal");
}

bool visibilityFromKey(const QString& key, IncidentEvent::Visibility* out)
{
    if (key == QLatin1String("public") || key == QLatin1String("internal")) {
        *out = key == QLatin1String("public") ? IncidentEvent::Visibility::Public
                                              : IncidentEvent::Visibility::Internal;
        return true;
    }
    return false;
}

} // namespace

DbResult<bool> IncidentEventTable::append(const IncidentEvent& event)
{
    const QString operation = tr("add an event to the timeline of the incident %1").arg(event.incidentId);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral("INSERT INTO incident_events (id, incident_id, at_ms, author, kind, visibility, text,"
                       " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    q.value->bindValue(0, text(event.id));
    q.value->bindValue(1, text(event.incidentId));
    q.value->bindValue(2, event.atMs);
    q.value->bindValue(3, text(event.author));
    q.value->bindValue(4, IncidentEvent::kindKey(event.kind));
    q.value->bindValue(5, visibilityKey(event.visibility));
    q.value->bindValue(6, text(event.text));
    q.value->bindValue(7, text(event.detail));
    DbResult<bool> done = m_db.execPrepared(*q.value, operation);
    if (!done.ok())
        return done;
    return DbResult<bool>::success(q.value->numRowsAffected() > 0);
}

DbResult<QList<IncidentEvent>> IncidentEventTable::all() const
{
    const QString operation = tr("read the incident timelines");
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT id, incident_id, at_ms, author, kind, visibility, text, detail"
                                " FROM incident_events ORDER BY incident_id, at_ms, rowid"),
                 {}, operation);
    if (!q.ok())
        return DbResult<QList<IncidentEvent>>::failure(q.error);
    QList<IncidentEvent> events;
    while (q.value.next()) {
        IncidentEvent event;
        event.id = q.value.value(0).toString();
        event.incidentId = q.value.value(1).toString();
        event.atMs = q.value.value(2).toLongLong();
        event.author = q.value.value(3).toString();
        const QString kind = q.value.value(4).toString();
        const QString visibility = q.value.value(5).toString();
        if (!IncidentEvent::kindFromKey(kind, &event.kind) ||
            !visibilityFromKey(visibility, &event.visibility))
            return DbResult<QList<IncidentEvent>>::failure(
                m_db.describe(operation, tr("the event %1 has an unknown kind or visibility (%2, %3)")
                                             .arg(event.id, kind, visibility)));
        event.text = q.value.value(6).toString();
        event.detail = q.value.value(7).toString();
        events.append(event);
    }
    return DbResult<QList<IncidentEvent>>::success(events);
}
