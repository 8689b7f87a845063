#include "statuspage/StatusSnapshotBuilder.h"

#include "comms/MessageVocabulary.h"
#include "statuspage/MarkupText.h"
#include "time/Clock.h"

#include <QHash>

#include <algorithm>

namespace {

bool isPublicMessage(const MessageDraft& draft)
{
    const bool released =
        draft.state == MessageDraft::State::Approved || draft.state == MessageDraft::State::Published;
    return released && draft.channel == ChannelKind::StatusPage && !draft.body.trimmed().isEmpty();
}

qint64 releasedAt(const MessageDraft& draft)
{
    if (draft.publishedAtMs > 0)
        return draft.publishedAtMs;
    return draft.approvedAtMs > 0 ? draft.approvedAtMs : draft.updatedAtMs;
}

// The incident's status changes, oldest first (the events carry the new status key as their detail).
QList<QPair<qint64, IncidentStatus>> statusChanges(const IncidentRecord& record)
{
    QList<QPair<qint64, IncidentStatus>> changes;
    for (const IncidentEvent& event : record.events) {
        IncidentStatus status;
        if (event.kind == IncidentEvent::Kind::StatusChanged && incidentStatusFromKey(event.detail, &status))
            changes.append({event.atMs, status});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    return changes;
}

IncidentStatus statusAt(const IncidentRecord& record, const QList<QPair<qint64, IncidentStatus>>& changes,
                        qint64 atMs)
{
    IncidentStatus status = changes.isEmpty()                 ? record.incident.status
                            : record.incident.isMaintenance() ? IncidentStatus::Scheduled
                                                              : IncidentStatus::Investigating;
    for (const auto& change : changes) {
        if (change.first > atMs)
            break;
        status = change.second;
    }
    return status;
}

qint64 resolvedAt(const IncidentRecord& record, const QList<StatusUpdate>& updates)
{
    const Incident& incident = record.incident;
    if (incident.isOpen())
        return 0;
    if (incident.moments.resolvedMs > 0)
        return incident.moments.resolvedMs;
    const auto changes = statusChanges(record);
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (isClosedStatus(it->second))
            return it->first;
    }
    if (!updates.isEmpty())
        return updates.first().atMs;
    return incident.declaredAtMs;
}

bool maintenanceInProgress(const Incident& incident, qint64 nowMs)
{
    return incident.isMaintenance() && incident.isOpen() &&
           (incident.status == IncidentStatus::InProgress || incident.status == IncidentStatus::Verifying ||
            incident.maintenanceCovers(nowMs));
}

} // namespace

StatusSnapshotBuilder::StatusSnapshotBuilder(const Clock& clock) : m_clock(clock) {}

void StatusSnapshotBuilder::setPage(const QString& pageId, const QString& title, const QString& baseUrl)
{
    m_pageId = pageId;
    m_title = title;
    m_baseUrl = baseUrl;
}

StatusSnapshot StatusSnapshotBuilder::build(const QList<ServiceDefinition>& services,
                                            const QList<ServiceSummary>& states,
                                            const QList<IncidentRecord>& incidents) const
{
    const qint64 now = m_clock.nowMs();
    StatusSnapshot snapshot;
    snapshot.pageId = MarkupText::clean(m_pageId);
    snapshot.title = MarkupText::clean(m_title);
    snapshot.baseUrl = MarkupText::clean(m_baseUrl);
    snapshot.generatedAtMs = now;

    QList<IncidentRecord> shownRecords;
    for (const IncidentRecord& record : incidents) {
        if (shown(record, now))
            shownRecords.append(record);
    }
    snapshot.components = componentsOf(services, states, shownRecords, now);

    QList<StatusIncident> open;
    QList<StatusIncident> closed;
    for (const IncidentRecord& record : shownRecords) {
        const StatusIncident incident = incidentOf(record, services);
        (incident.isOpen() ? open : closed).append(incident);
    }
    std::sort(open.begin(), open.end(), [](const StatusIncident& a, const StatusIncident& b) {
        return a.startedAtMs != b.startedAtMs ? a.startedAtMs > b.startedAtMs : a.id < b.id;
    });
    std::sort(closed.begin(), closed.end(), [](const StatusIncident& a, const StatusIncident& b) {
        return a.resolvedAtMs != b.resolvedAtMs ? a.resolvedAtMs > b.resolvedAtMs : a.id < b.id;
    });
    snapshot.incidents = open + closed;
    return snapshot;
}

bool StatusSnapshotBuilder::shown(const IncidentRecord& record, qint64 nowMs) const
{
    if (record.incident.drill && !m_includeDrills)
        return false;
    if (record.incident.isOpen())
        return true;
    return resolvedAt(record, updatesOf(record)) >= nowMs - m_recentMs;
}

QList<StatusComponent> StatusSnapshotBuilder::componentsOf(const QList<ServiceDefinition>& services,
                                                           const QList<ServiceSummary>& states,
                                                           const QList<IncidentRecord>& incidents,
                                                           qint64 nowMs) const
{
    QHash<qint64, ServiceSummary> byId;
    for (const ServiceSummary& summary : states)
        byId.insert(summary.serviceId, summary);

    QList<StatusComponent> components;
    for (const ServiceDefinition& service : services) {
        const auto known = byId.constFind(service.id);
        ServiceState state = service.paused ? ServiceState::Paused : ServiceState::Unknown;
        StatusComponent component;
        component.id = QStringLiteral("svc-") + QString::number(service.id);
        component.name = MarkupText::clean(service.name);
        component.group = MarkupText::clean(service.group);
        component.updatedAtMs = nowMs;
        if (known != byId.constEnd()) {
            state = known->state;
            if (known->sinceMs > 0)
                component.updatedAtMs = known->sinceMs;
        }
        component.status = componentStatusFromState(state);
        // Planned work explains what the checks see; an incident declared on top of it still shows.
        for (const IncidentRecord& record : incidents) {
            if (maintenanceInProgress(record.incident, nowMs) && record.incident.affects(service.id))
                component.status = ComponentStatus::UnderMaintenance;
        }
        for (const IncidentRecord& record : incidents) {
            const Incident& incident = record.incident;
            if (incident.isMaintenance() || !incident.isOpen())
                continue;
            if (const auto affected = incident.affectedService(service.id))
                component.status =
                    worseComponentStatus(component.status, componentStatusFromImpact(affected->impact));
        }
        components.append(component);
    }
    std::sort(components.begin(), components.end(), [](const StatusComponent& a, const StatusComponent& b) {
        if (a.group != b.group)
            return a.group < b.group;
        if (a.name != b.name)
            return a.name < b.name;
        return a.id < b.id;
    });
    return components;
}

StatusIncident StatusSnapshotBuilder::incidentOf(const IncidentRecord& record,
                                                 const QList<ServiceDefinition>& services) const
{
    const Incident& source = record.incident;
    StatusIncident incident;
    incident.id = source.id;
    incident.reference = MarkupText::clean(source.reference);
    incident.title = MarkupText::clean(source.title);
    incident.maintenance = source.isMaintenance();
    incident.status = source.status;
    incident.severity = source.severity;
    incident.impact = incidentImpact(source.kind, source.severity);
    incident.updates = updatesOf(record);
    if (incident.maintenance) {
        incident.scheduledForMs = source.windowStartMs;
        incident.scheduledUntilMs = source.windowEndMs;
    }
    incident.startedAtMs = source.moments.startedMs > 0                       ? source.moments.startedMs
                           : incident.maintenance && source.windowStartMs > 0 ? source.windowStartMs
                                                                              : source.declaredAtMs;
    incident.resolvedAtMs = resolvedAt(record, incident.updates);
    incident.updatedAtMs = std::max(incident.startedAtMs, incident.resolvedAtMs);
    if (!incident.updates.isEmpty())
        incident.updatedAtMs = std::max(incident.updatedAtMs, incident.updates.first().atMs);
    for (const AffectedService& affected : source.affected) {
        QString name = affected.serviceName;
        for (const ServiceDefinition& service : services) {
            if (service.id == affected.serviceId)
                name = service.name;
        }
        incident.componentNames.append(MarkupText::clean(name));
    }
    return incident;
}

QList<StatusUpdate> StatusSnapshotBuilder::updatesOf(const IncidentRecord& record)
{
    QList<MessageDraft> drafts;
    for (const MessageDraft& draft : record.drafts) {
        if (isPublicMessage(draft))
            drafts.append(draft);
    }
    std::sort(drafts.begin(), drafts.end(), [](const MessageDraft& a, const MessageDraft& b) {
        const qint64 at = releasedAt(a);
        const qint64 bt = releasedAt(b);
        return at != bt ? at < bt : a.id < b.id;
    });

    // Oldest first while grouping: a draft joins the update of the same playbook step (and occurrence) that
    // lacks its language; an ad-hoc message joins the previous ad-hoc update when that one lacks it.
    struct Pending
    {
        QString stepId;
        int occurrence = 0;
        StatusUpdate update;
    };
    QList<Pending> pending;
    const auto changes = statusChanges(record);
    for (const MessageDraft& draft : drafts) {
        const QString language = MessageVocabulary::normalized(draft.language);
        Pending* target = nullptr;
        for (qsizetype i = pending.size() - 1; i >= 0; --i) {
            Pending& candidate = pending[i];
            const bool sameMessage = candidate.stepId == draft.stepId &&
                                     (draft.stepId.isEmpty() || candidate.occurrence == draft.occurrence);
            if (sameMessage && !candidate.update.textByLanguage.contains(language))
                target = &candidate;
            if (target || (draft.stepId.isEmpty() && candidate.stepId.isEmpty()))
                break;
        }
        if (!target) {
            Pending created;
            created.stepId = draft.stepId;
            created.occurrence = draft.occurrence;
            created.update.id = draft.id;
            created.update.atMs = releasedAt(draft);
            created.update.status = statusAt(record, changes, created.update.atMs);
            pending.append(created);
            target = &pending.last();
        }
        target->update.textByLanguage.insert(language, MarkupText::clean(draft.body.trimmed()));
    }

    QList<StatusUpdate> updates;
    for (auto it = pending.crbegin(); it != pending.crend(); ++it)
        updates.append(it->update);
    return updates;
}
