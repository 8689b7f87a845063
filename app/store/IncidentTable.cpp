#include "store/IncidentTable.h"

#include "store/IncidentEventTable.h"
#include "store/MessageDraftTable.h"
#include "store/MessagePromiseTable.h"
#include "store/SqlValues.h"

#include <QHash>

namespace {

QString markStateKey(ChecklistMark::State state)
{
    return state == ChecklistMark::State::Skipped ? QStringLiteral("skipped") : QStringLiteral("done");
}

bool markStateFromKey(const QString& key, ChecklistMark::State* out)
{
    if (key == QLatin1String("done") || key == QLatin1String("skipped")) {
        *out = key == QLatin1String("done") ? ChecklistMark::State::Done : ChecklistMark::State::Skipped;
        return true;
    }
    return false;
}

QHash<QString, qsizetype> indexById(const QList<Incident>& incidents)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < incidents.size(); ++i)
        index.insert(incidents.at(i).id, i);
    return index;
}

} // namespace

DbResult<bool> IncidentTable::save(const Incident& incident)
{
    const QString operation = tr("save the incident %1").arg(incident.reference);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral(
            "INSERT INTO incidents (id, reference, kind, drill, title, severity, status, commander,"
            " communications_lead, customer_summary, internal_notes, started_ms, detected_ms,"
            " acknowledged_ms, mitigated_ms, resolved_ms, declared_ms, time_zone, next_update_due_ms,"
            " estimated_resolution_ms, playbook_id, window_start_ms, window_end_ms, window_time_zone)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET reference = excluded.reference, kind = excluded.kind,"
            " drill = excluded.drill, title = excluded.title, severity = excluded.severity,"
            " status = excluded.status, commander = excluded.commander,"
            " communications_lead = excluded.communications_lead,"
            " customer_summary = excluded.customer_summary, internal_notes = excluded.internal_notes,"
            " started_ms = excluded.started_ms, detected_ms = excluded.detected_ms,"
            " acknowledged_ms = excluded.acknowledged_ms, mitigated_ms = excluded.mitigated_ms,"
            " resolved_ms = excluded.resolved_ms, declared_ms = excluded.declared_ms,"
            " time_zone = excluded.time_zone, next_update_due_ms = excluded.next_update_due_ms,"
            " estimated_resolution_ms = excluded.estimated_resolution_ms,"
            " playbook_id = excluded.playbook_id, window_start_ms = excluded.window_start_ms,"
            " window_end_ms = excluded.window_end_ms, window_time_zone = excluded.window_time_zone"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    const QVariantList values{text(incident.id),
                              text(incident.reference),
                              Incident::kindKey(incident.kind),
                              incident.drill ? 1 : 0,
                              text(incident.title),
                              severityKey(incident.severity),
                              incidentStatusKey(incident.status),
                              text(incident.commander),
                              text(incident.communicationsLead),
                              text(incident.customerSummary),
                              text(incident.internalNotes),
                              timeOrNull(incident.moments.startedMs),
                              timeOrNull(incident.moments.detectedMs),
                              timeOrNull(incident.moments.acknowledgedMs),
                              timeOrNull(incident.moments.mitigatedMs),
                              timeOrNull(incident.moments.resolvedMs),
                              timeOrNull(incident.declaredAtMs),
                              text(incident.timeZoneId),
                              timeOrNull(incident.nextUpdateDueMs),
                              timeOrNull(incident.estimatedResolutionMs),
                              text(incident.playbookId),
                              timeOrNull(incident.windowStartMs),
                              timeOrNull(incident.windowEndMs),
                              text(incident.windowTimeZoneId)};
    for (qsizetype i = 0; i < values.size(); ++i)
        q.value->bindValue(int(i), values.at(i));
    DbResult<bool> done = m_db.execPrepared(*q.value, operation);
    if (!done.ok())
        return done;
    done = saveServices(incident);
    if (!done.ok())
        return done;
    return saveMarks(incident);
}

DbResult<bool> IncidentTable::saveServices(const Incident& incident)
{
    const QString operation = tr("save the services affected by the incident %1").arg(incident.reference);
    DbResult<QSqlQuery> removed = m_db.run(
        QStringLiteral("DELETE FROM incident_services WHERE incident_id = ?"), {incident.id}, operation);
    if (!removed.ok())
        return DbResult<bool>::failure(removed.error);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral(
            "INSERT INTO incident_services (incident_id, position, service_id, service_name, impact)"
            " VALUES (?, ?, ?, ?, ?)"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    for (qsizetype i = 0; i < incident.affected.size(); ++i) {
        const AffectedService& service = incident.affected.at(i);
        q.value->bindValue(0, text(incident.id));
        q.value->bindValue(1, int(i));
        q.value->bindValue(2, service.serviceId);
        q.value->bindValue(3, text(service.serviceName));
        q.value->bindValue(4, impactKey(service.impact));
        DbResult<bool> done = m_db.execPrepared(*q.value, operation);
        if (!done.ok())
            return done;
    }
    return DbResult<bool>::success(true);
}

DbResult<bool> IncidentTable::saveMarks(const Incident& incident)
{
    const QString operation = tr("save the checklist of the incident %1").arg(incident.reference);
    DbResult<QSqlQuery> removed = m_db.run(QStringLiteral("DELETE FROM incident_marks WHERE incident_id = ?"),
                                           {incident.id}, operation);
    if (!removed.ok())
        return DbResult<bool>::failure(removed.error);
    DbResult<QSqlQuery*> q = m_db.prepareCached(
        QStringLiteral("INSERT INTO incident_marks (incident_id, position, step_id, occurrence, state,"
                       " marked_by, at_ms, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    for (qsizetype i = 0; i < incident.marks.size(); ++i) {
        const ChecklistMark& mark = incident.marks.at(i);
        q.value->bindValue(0, text(incident.id));
        q.value->bindValue(1, int(i));
        q.value->bindValue(2, text(mark.stepId));
        q.value->bindValue(3, mark.occurrence);
        q.value->bindValue(4, markStateKey(mark.state));
        q.value->bindValue(5, text(mark.by));
        q.value->bindValue(6, mark.atMs);
        q.value->bindValue(7, text(mark.comment));
        DbResult<bool> done = m_db.execPrepared(*q.value, operation);
        if (!done.ok())
            return done;
    }
    return DbResult<bool>::success(true);
}

DbResult<QList<Incident>> IncidentTable::all() const
{
    const QString operation = tr("read the incidents");
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT id, reference, kind, drill, title, severity, status, commander,"
                       " communications_lead, customer_summary, internal_notes, started_ms, detected_ms,"
                       " acknowledged_ms, mitigated_ms, resolved_ms, declared_ms, time_zone,"
                       " next_update_due_ms, estimated_resolution_ms, playbook_id, window_start_ms,"
                       " window_end_ms, window_time_zone FROM incidents ORDER BY declared_ms, id"),
        {}, operation);
    if (!q.ok())
        return DbResult<QList<Incident>>::failure(q.error);
    QList<Incident> incidents;
    while (q.value.next()) {
        Incident incident;
        incident.id = q.value.value(0).toString();
        const QString kind = q.value.value(2).toString();
        const QString severity = q.value.value(5).toString();
        const QString status = q.value.value(6).toString();
        if (!Incident::kindFromKey(kind, &incident.kind) || !severityFromKey(severity, &incident.severity) ||
            !incidentStatusFromKey(status, &incident.status))
            return DbResult<QList<Incident>>::failure(m_db.describe(
                operation, tr("the incident %1 has an unknown kind, severity or status (%2, %3, %4)")
                               .arg(incident.id, kind, severity, status)));
        incident.reference = q.value.value(1).toString();
        incident.drill = q.value.value(3).toInt() != 0;
        incident.title = q.value.value(4).toString();
        incident.commander = q.value.value(7).toString();
        incident.communicationsLead = q.value.value(8).toString();
        incident.customerSummary = q.value.value(9).toString();
        incident.internalNotes = q.value.value(10).toString();
        incident.moments.startedMs = timeFrom(q.value.value(11));
        incident.moments.detectedMs = timeFrom(q.value.value(12));
        incident.moments.acknowledgedMs = timeFrom(q.value.value(13));
        incident.moments.mitigatedMs = timeFrom(q.value.value(14));
        incident.moments.resolvedMs = timeFrom(q.value.value(15));
        incident.declaredAtMs = timeFrom(q.value.value(16));
        incident.timeZoneId = q.value.value(17).toString();
        incident.nextUpdateDueMs = timeFrom(q.value.value(18));
        incident.estimatedResolutionMs = timeFrom(q.value.value(19));
        incident.playbookId = q.value.value(20).toString();
        incident.windowStartMs = timeFrom(q.value.value(21));
        incident.windowEndMs = timeFrom(q.value.value(22));
        incident.windowTimeZoneId = q.value.value(23).toString();
        incidents.append(incident);
    }
    DbResult<bool> children = readServices(&incidents);
    if (children.ok())
        children = readMarks(&incidents);
    if (!children.ok())
        return DbResult<QList<Incident>>::failure(children.error);
    return DbResult<QList<Incident>>::success(incidents);
}

DbResult<bool> IncidentTable::readServices(QList<Incident>* incidents) const
{
    const QString operation = tr("read the services affected by incidents");
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("SELECT incident_id, service_id, service_name, impact"
                                                    " FROM incident_services ORDER BY incident_id, position"),
                                     {}, operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    const QHash<QString, qsizetype> index = indexById(*incidents);
    while (q.value.next()) {
        const auto it = index.constFind(q.value.value(0).toString());
        if (it == index.constEnd())
            continue;
        AffectedService service;
        service.serviceId = q.value.value(1).toLongLong();
        service.serviceName = q.value.value(2).toString();
        const QString impact = q.value.value(3).toString();
        if (!impactFromKey(impact, &service.impact))
            return DbResult<bool>::failure(m_db.describe(
                operation, tr("the incident %1 gives the unknown impact %2").arg(it.key(), impact)));
        (*incidents)[*it].affected.append(service);
    }
    return DbResult<bool>::success(true);
}

DbResult<bool> IncidentTable::readMarks(QList<Incident>* incidents) const
{
    const QString operation = tr("read the checklists of incidents");
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT incident_id, step_id, occurrence, state, marked_by, at_ms, comment"
                                " FROM incident_marks ORDER BY incident_id, position"),
                 {}, operation);
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    const QHash<QString, qsizetype> index = indexById(*incidents);
    while (q.value.next()) {
        const auto it = index.constFind(q.value.value(0).toString());
        if (it == index.constEnd())
            continue;
        ChecklistMark mark;
        mark.stepId = q.value.value(1).toString();
        mark.occurrence = q.value.value(2).toInt();
        const QString state = q.value.value(3).toString();
        if (!markStateFromKey(state, &mark.state))
            return DbResult<bool>::failure(m_db.describe(
                operation,
                tr("the incident %1 has a checklist mark in the unknown state %2").arg(it.key(), state)));
        mark.by = q.value.value(4).toString();
        mark.atMs = q.value.value(5).toLongLong();
        mark.comment = q.value.value(6).toString();
        (*incidents)[*it].marks.append(mark);
    }
    return DbResult<bool>::success(true);
}

DbResult<QList<IncidentRecord>> IncidentTable::loadAll() const
{
    DbResult<QList<Incident>> incidents = all();
    if (!incidents.ok())
        return DbResult<QList<IncidentRecord>>::failure(incidents.error);
    QList<IncidentRecord> records;
    records.reserve(incidents.value.size());
    for (const Incident& incident : std::as_const(incidents.value))
        records.append(IncidentRecord{incident, {}, {}, {}});
    const QHash<QString, qsizetype> index = indexById(incidents.value);

    DbResult<QList<IncidentEvent>> events = IncidentEventTable(m_db).all();
    if (!events.ok())
        return DbResult<QList<IncidentRecord>>::failure(events.error);
    for (const IncidentEvent& event : std::as_const(events.value)) {
        if (const auto it = index.constFind(event.incidentId); it != index.constEnd())
            records[*it].events.append(event);
    }
    DbResult<QList<MessageDraft>> drafts = MessageDraftTable(m_db).all();
    if (!drafts.ok())
        return DbResult<QList<IncidentRecord>>::failure(drafts.error);
    for (const MessageDraft& draft : std::as_const(drafts.value)) {
        if (const auto it = index.constFind(draft.incidentId); it != index.constEnd())
            records[*it].drafts.append(draft);
    }
    DbResult<QList<MessagePromise>> promises = MessagePromiseTable(m_db).all();
    if (!promises.ok())
        return DbResult<QList<IncidentRecord>>::failure(promises.error);
    for (const MessagePromise& promise : std::as_const(promises.value)) {
        if (const auto it = index.constFind(promise.incidentId); it != index.constEnd())
            records[*it].promises.append(promise);
    }
    return DbResult<QList<IncidentRecord>>::success(records);
}
