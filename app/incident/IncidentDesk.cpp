#include "incident/IncidentDesk.h"

#include "incident/IncidentEventText.h"
#include "time/Clock.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

template <typename Change> std::optional<QString> IncidentDesk::edit(const QString& incidentId, Change change)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    PendingEvent event;
    if (!change(record->incident, event))
        return std::nullopt;
    storeIncident(*record);
    if (!event.text.isEmpty())
        appendEvent(*record, event.kind, event.visibility, event.text, event.detail);
    return std::nullopt;
}

IncidentDesk::IncidentDesk(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_userName(qEnvironmentVariable("USER"))
{
    if (m_userName.isEmpty())
        m_userName = tr("Operator");
}

IncidentDesk::~IncidentDesk() = default;

void IncidentDesk::load(const QList<IncidentRecord>& records)
{
    m_records = records;
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const IncidentRecord& a, const IncidentRecord& b) {
                         return a.incident.declaredAtMs > b.incident.declaredAtMs;
                     });
    Q_EMIT loaded();
}

void IncidentDesk::setUserName(const QString& name)
{
    if (!name.trimmed().isEmpty())
        m_userName = name.trimmed();
}

QList<QString> IncidentDesk::incidentIds() const
{
    QList<QString> ids;
    ids.reserve(m_records.size());
    for (const IncidentRecord& record : m_records)
        ids.append(record.incident.id);
    return ids;
}

QList<Incident> IncidentDesk::incidents() const
{
    QList<Incident> all;
    all.reserve(m_records.size());
    for (const IncidentRecord& record : m_records)
        all.append(record.incident);
    return all;
}

QList<Incident> IncidentDesk::openIncidents() const
{
    QList<Incident> open;
    for (const IncidentRecord& record : m_records) {
        if (record.incident.isOpen())
            open.append(record.incident);
    }
    return open;
}

const IncidentRecord* IncidentDesk::record(const QString& incidentId) const
{
    for (const IncidentRecord& record : m_records) {
        if (record.incident.id == incidentId)
            return &record;
    }
    return nullptr;
}

std::optional<Incident> IncidentDesk::incident(const QString& incidentId) const
{
    if (const IncidentRecord* found = record(incidentId))
        return found->incident;
    return std::nullopt;
}

std::optional<Incident> IncidentDesk::openIncidentFor(qint64 serviceId) const
{
    for (const IncidentRecord& record : m_records) {
        const Incident& incident = record.incident;
        if (incident.isOpen() && !incident.isMaintenance() && incident.affects(serviceId))
            return incident;
    }
    return std::nullopt;
}

bool IncidentDesk::isUnderMaintenance(qint64 serviceId, qint64 atMs) const
{
    return std::any_of(m_records.cbegin(), m_records.cend(), [&](const IncidentRecord& record) {
        return record.incident.maintenanceCovers(atMs) && record.incident.affects(serviceId);
    });
}

QString IncidentDesk::declare(const DeclareRequest& request)
{
    const qint64 now = m_clock.nowMs();
    IncidentRecord record;
    Incident& incident = record.incident;
    incident.id = newId();
    incident.kind = request.kind;
    incident.reference = nextReference(request.kind);
    incident.drill = request.drill;
    incident.title = request.title.trimmed();
    if (incident.title.isEmpty())
        incident.title = incident.isMaintenance() ? tr("Scheduled maintenance") : tr("Untitled incident");
    incident.severity = request.severity;
    incident.status = incident.isMaintenance() ? IncidentStatus::Scheduled : IncidentStatus::Investigating;
    incident.affected = request.affected;
    if (incident.isMaintenance()) {
        for (AffectedService& service : incident.affected)
            service.impact = Impact::UnderMaintenance;
    }
    incident.customerSummary = request.customerSummary;
    incident.internalNotes = request.internalNotes;
    incident.commander = request.commander.isEmpty() ? m_userName : request.commander;
    incident.communicationsLead = request.communicationsLead;
    incident.declaredAtMs = now;
    incident.timeZoneId = request.timeZoneId;
    incident.playbookId = request.playbookId;
    incident.windowStartMs = request.windowStartMs;
    incident.windowEndMs = request.windowEndMs;
    incident.windowTimeZoneId = request.windowTimeZoneId;
    if (!incident.isMaintenance()) {
        incident.moments.startedMs = request.startedAtMs > 0 ? request.startedAtMs : now;
        incident.moments.detectedMs = request.detectedAtMs > 0 ? request.detectedAtMs : now;
        // Declaring is the human acknowledgement of the alert; the auto-declare rule acknowledges nothing.
        if (request.declaredBy.isEmpty())
            incident.moments.acknowledgedMs = now;
    }

    const QString by = request.declaredBy.isEmpty() ? m_userName : request.declaredBy;
    const QString text = IncidentEventText::declared(incident);

    m_records.prepend(record);
    IncidentRecord& stored = m_records.first();
    Q_EMIT writeIncident(stored.incident);
    appendEvent(stored, IncidentEvent::Kind::Declared, IncidentEvent::Visibility::Internal, text, QString(),
                by);
    // A drill's scenario: the chosen services count as failing for the exercise, whatever the checks say.
    if (stored.incident.drill && !stored.incident.isMaintenance()) {
        for (const AffectedService& service : stored.incident.affected)
            appendEvent(stored, IncidentEvent::Kind::ServiceState, IncidentEvent::Visibility::Internal,
                        IncidentEventText::drillService(service), QString::number(service.serviceId), by);
    }
    Q_EMIT incidentAdded(stored.incident);
    return stored.incident.id;
}

std::optional<QString> IncidentDesk::setStatus(const QString& incidentId, IncidentStatus status)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    Incident& incident = record->incident;
    if (isMaintenanceStatus(status) != incident.isMaintenance())
        return tr("“%1” is not a status for %2.").arg(incidentStatusLabel(status), incident.reference);
    if (incident.status == status)
        return std::nullopt;
    const IncidentStatus before = incident.status;
    incident.status = status;
    const qint64 now = m_clock.nowMs();
    if (!incident.isMaintenance()) {
        if (status == IncidentStatus::Monitoring && incident.moments.mitigatedMs == 0)
            incident.moments.mitigatedMs = now;
        if (status == IncidentStatus::Resolved) {
            if (incident.moments.resolvedMs == 0)
                incident.moments.resolvedMs = now;
            if (incident.moments.mitigatedMs == 0)
                incident.moments.mitigatedMs = incident.moments.resolvedMs;
        }
        if (before == IncidentStatus::Resolved && status != IncidentStatus::Resolved)
            incident.moments.resolvedMs = 0; // reopened
    }
    if (status == IncidentStatus::Resolved || status == IncidentStatus::Completed)
        keepPromisesOnMessage(*record, now);
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::StatusChanged, IncidentEvent::Visibility::Public,
                IncidentEventText::status(before, status), incidentStatusKey(status));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setSeverity(const QString& incidentId, Severity severity)
{
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.severity == severity)
            return false;
        event = {IncidentEvent::Kind::SeverityChanged, IncidentEvent::Visibility::Internal,
                 IncidentEventText::severity(incident.severity, severity), severityKey(severity)};
        incident.severity = severity;
        return true;
    });
}

std::optional<QString> IncidentDesk::setTitle(const QString& incidentId, const QString& title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return tr("An incident needs a title.");
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.title == trimmed)
            return false;
        incident.title = trimmed;
        event = {IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                 IncidentEventText::title(trimmed), QStringLiteral("title")};
        return true;
    });
}

std::optional<QString> IncidentDesk::setPeople(const QString& incidentId, const QString& commander,
                                               const QString& communicationsLead)
{
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.commander == commander.trimmed() &&
            incident.communicationsLead == communicationsLead.trimmed())
            return false;
        incident.commander = commander.trimmed();
        incident.communicationsLead = communicationsLead.trimmed();
        event = {IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                 IncidentEventText::people(incident.commander, incident.communicationsLead),
                 QStringLiteral("people")};
        return true;
    });
}

std::optional<QString> IncidentDesk::setCustomerSummary(const QString& incidentId, const QString& summary)
{
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.customerSummary == summary)
            return false;
        incident.customerSummary = summary;
        event = {IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                 IncidentEventText::summaryChanged(), QStringLiteral("summary")};
        return true;
    });
}

std::optional<QString> IncidentDesk::setInternalNotes(const QString& incidentId, const QString& notes)
{
    // The scratch pad is saved as typed; its edits are not timeline events (notes are).
    return edit(incidentId, [&](Incident& incident, PendingEvent&) {
        if (incident.internalNotes == notes)
            return false;
        incident.internalNotes = notes;
        return true;
    });
}

std::optional<QString> IncidentDesk::setAffected(const QString& incidentId,
                                                 const QList<AffectedService>& affected)
{
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.affected == affected)
            return false;
        incident.affected = affected;
        event = {IncidentEvent::Kind::ServiceAffected, IncidentEvent::Visibility::Public,
                 IncidentEventText::affected(affected), QString()};
        return true;
    });
}

std::optional<QString> IncidentDesk::setKeyMoment(const QString& incidentId, KeyMoments::Moment moment,
                                                  qint64 atMs)
{
    if (atMs < 0)
        return tr("A key moment needs a valid time.");
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.moments.at(moment) == atMs)
            return false;
        incident.moments.set(moment, atMs);
        event = {IncidentEvent::Kind::KeyMoment, IncidentEvent::Visibility::Internal,
                 IncidentEventText::keyMoment(moment, atMs), KeyMoments::key(moment)};
        return true;
    });
}

std::optional<QString> IncidentDesk::setNextUpdateDue(const QString& incidentId, qint64 atMs)
{
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.nextUpdateDueMs == atMs)
            return false;
        incident.nextUpdateDueMs = atMs;
        event = {IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                 IncidentEventText::nextUpdate(atMs), QStringLiteral("next_update")};
        return true;
    });
}

std::optional<QString> IncidentDesk::setEstimatedResolution(const QString& incidentId, qint64 atMs)
{
    return edit(incidentId, [&](Incident& incident, PendingEvent& event) {
        if (incident.estimatedResolutionMs == atMs)
            return false;
        incident.estimatedResolutionMs = atMs;
        event = {IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                 IncidentEventText::estimatedResolution(atMs), QStringLiteral("estimated_resolution")};
        return true;
    });
}

std::optional<QString> IncidentDesk::addNote(const QString& incidentId, const QString& text,
                                             IncidentEvent::Visibility visibility)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (text.trimmed().isEmpty())
        return tr("The note is empty.");
    appendEvent(*record, IncidentEvent::Kind::Note, visibility, text.trimmed());
    return std::nullopt;
}

std::optional<QString> IncidentDesk::addStatusReport(const QString& incidentId, const QString& conditions,
                                                     const QString& actions, const QString& needs)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (conditions.trimmed().isEmpty() && actions.trimmed().isEmpty() && needs.trimmed().isEmpty())
        return tr("The status report is empty: say at least what the conditions are.");
    appendEvent(*record, IncidentEvent::Kind::StatusReport, IncidentEvent::Visibility::Internal,
                IncidentEventText::statusReport(conditions, actions, needs));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::markStep(const QString& incidentId, const QString& stepId,
                                              int occurrence, ChecklistMark::State state,
                                              const QString& stepTitle, const QString& comment)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (stepId.isEmpty() || occurrence < 1)
        return tr("No checklist step given.");
    if (record->incident.mark(stepId, occurrence).has_value())
        return tr("“%1” is already marked.").arg(stepTitle.isEmpty() ? stepId : stepTitle);
    ChecklistMark mark;
    mark.stepId = stepId;
    mark.occurrence = occurrence;
    mark.state = state;
    mark.by = author();
    mark.atMs = m_clock.nowMs();
    mark.comment = comment.trimmed();
    record->incident.marks.append(mark);
    storeIncident(*record);
    const QString text = IncidentEventText::stepMark(stepTitle.isEmpty() ? stepId : stepTitle, occurrence,
                                                     state, mark.comment);
    appendEvent(*record,
                state == ChecklistMark::State::Done ? IncidentEvent::Kind::StepDone
                                                    : IncidentEvent::Kind::StepSkipped,
                IncidentEvent::Visibility::Internal, text,
                stepId + QLatin1Char('#') + QString::number(occurrence));
    return std::nullopt;
}

IncidentDesk::DraftResult IncidentDesk::saveDraft(const MessageDraft& input)
{
    DraftResult result;
    const qint64 now = m_clock.nowMs();
    if (input.id.isEmpty()) {
        IncidentRecord* record = find(input.incidentId);
        if (!record) {
            result.error = notFound(input.incidentId);
            return result;
        }
        MessageDraft draft = input;
        draft.id = newId();
        draft.state = MessageDraft::State::Draft;
        draft.author = author();
        draft.createdAtMs = now;
        draft.updatedAtMs = now;
        record->drafts.append(draft);
        Q_EMIT writeDraft(draft);
        Q_EMIT draftChanged(draft);
        appendEvent(*record, IncidentEvent::Kind::MessageDrafted, IncidentEvent::Visibility::Internal,
                    IncidentEventText::drafted(draft), draft.id);
        result.draft = draft;
        return result;
    }
    int index = -1;
    IncidentRecord* record = findByDraft(input.id, &index);
    if (!record) {
        result.error = tr("The message draft no longer exists.");
        return result;
    }
    MessageDraft& draft = record->drafts[index];
    if (draft.state != MessageDraft::State::Draft) {
        result.error = tr("This message is %1 and can no longer change; draft a new one.")
                           .arg(MessageDraft::stateLabel(draft.state).toLower());
        return result;
    }
    draft.subject = input.subject;
    draft.body = input.body;
    draft.language = input.language;
    draft.updatedAtMs = now;
    Q_EMIT writeDraft(draft);
    Q_EMIT draftChanged(draft);
    result.draft = draft;
    return result;
}

std::optional<QString> IncidentDesk::approveDraft(const QString& draftId,
                                                  const QList<MessagePromise>& promises)
{
    int index = -1;
    IncidentRecord* record = findByDraft(draftId, &index);
    if (!record)
        return tr("The message draft no longer exists.");
    Incident& incident = record->incident;
    const QString me = author();
    const bool rolesSet = !incident.commander.isEmpty() || !incident.communicationsLead.isEmpty();
    if (rolesSet && me != incident.commander && me != incident.communicationsLead) {
        return tr("Only the commander (%1) or the communications lead (%2) can approve messages for %3.")
            .arg(incident.commander.isEmpty() ? tr("nobody") : incident.commander,
                 incident.communicationsLead.isEmpty() ? tr("nobody") : incident.communicationsLead,
                 incident.reference);
    }
    MessageDraft& draft = record->drafts[index];
    if (draft.state != MessageDraft::State::Draft)
        return tr("This message is already %1.").arg(MessageDraft::stateLabel(draft.state).toLower());
    if (draft.body.trimmed().isEmpty())
        return tr("An empty message cannot be approved.");
    const qint64 now = m_clock.nowMs();
    draft.state = MessageDraft::State::Approved;
    draft.approvedBy = me;
    draft.approvedAtMs = now;
    draft.updatedAtMs = now;
    const MessageDraft approved = draft;
    Q_EMIT writeDraft(approved);
    Q_EMIT draftChanged(approved);
    appendEvent(*record, IncidentEvent::Kind::MessageApproved, IncidentEvent::Visibility::Public,
                IncidentEventText::approved(approved), approved.id);

    // A new message to the audience keeps the promise of the previous one (it is the update it announced).
    keepPromisesOnMessage(*record, now);
    bool changed = false;
    for (MessagePromise promise : promises) {
        if (promise.dueAtMs <= 0)
            continue;
        promise.id = newId();
        promise.incidentId = incident.id;
        promise.draftId = approved.id;
        promise.madeAtMs = now;
        promise.keptAtMs = 0;
        promise.missed = false;
        record->promises.append(promise);
        Q_EMIT writePromise(promise);
        Q_EMIT promiseChanged(promise);
        const bool nextUpdate = promise.kind == MessagePromise::Kind::NextUpdate;
        if (nextUpdate)
            incident.nextUpdateDueMs = promise.dueAtMs;
        else
            incident.estimatedResolutionMs = promise.dueAtMs;
        changed = true;
        appendEvent(*record, IncidentEvent::Kind::PromiseMade, IncidentEvent::Visibility::Public,
                    IncidentEventText::promiseMade(promise), promise.id);
    }
    if (changed)
        storeIncident(*record);
    return std::nullopt;
}

std::optional<QString> IncidentDesk::discardDraft(const QString& draftId)
{
    int index = -1;
    IncidentRecord* record = findByDraft(draftId, &index);
    if (!record)
        return tr("The message draft no longer exists.");
    MessageDraft& draft = record->drafts[index];
    if (draft.state == MessageDraft::State::Published)
        return tr("A published message cannot be discarded.");
    draft.state = MessageDraft::State::Discarded;
    draft.updatedAtMs = m_clock.nowMs();
    Q_EMIT writeDraft(draft);
    Q_EMIT draftChanged(draft);
    return std::nullopt;
}

std::optional<QString> IncidentDesk::markPublished(const QString& draftId, const QString& channelName)
{
    int index = -1;
    IncidentRecord* record = findByDraft(draftId, &index);
    if (!record)
        return tr("The message draft no longer exists.");
    MessageDraft& draft = record->drafts[index];
    if (draft.state == MessageDraft::State::Draft || draft.state == MessageDraft::State::Discarded)
        return tr("Only an approved message can be published.");
    const qint64 now = m_clock.nowMs();
    draft.state = MessageDraft::State::Published;
    if (draft.publishedAtMs == 0)
        draft.publishedAtMs = now;
    draft.updatedAtMs = now;
    const MessageDraft published = draft;
    Q_EMIT writeDraft(published);
    Q_EMIT draftChanged(published);
    appendEvent(*record, IncidentEvent::Kind::MessagePublished, IncidentEvent::Visibility::Public,
                IncidentEventText::published(channelName), published.id);
    return std::nullopt;
}

std::optional<QString> IncidentDesk::recordDeliveryProblem(const QString& draftId, const QString& channelName,
                                                           const QString& problem)
{
    int index = -1;
    IncidentRecord* record = findByDraft(draftId, &index);
    if (!record)
        return tr("The message draft no longer exists.");
    appendEvent(*record, IncidentEvent::Kind::DeliveryProblem, IncidentEvent::Visibility::Internal,
                IncidentEventText::deliveryProblem(channelName, problem), draftId);
    return std::nullopt;
}

std::optional<QString> IncidentDesk::recordFallbackPage(const QString& incidentId, const QString& channelName,
                                                        const QString& where)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return tr("The incident no longer exists.");
    appendEvent(*record, IncidentEvent::Kind::MessagePublished, IncidentEvent::Visibility::Public,
                IncidentEventText::fallbackPage(channelName, where));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::recordFallbackPageProblem(const QString& incidentId,
                                                               const QString& channelName,
                                                               const QString& problem)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return tr("The incident no longer exists.");
    appendEvent(*record, IncidentEvent::Kind::DeliveryProblem, IncidentEvent::Visibility::Internal,
                IncidentEventText::deliveryProblem(channelName, problem));
    return std::nullopt;
}

const MessageDraft* IncidentDesk::draft(const QString& draftId) const
{
    for (const IncidentRecord& record : m_records) {
        for (const MessageDraft& draft : record.drafts) {
            if (draft.id == draftId)
                return &draft;
        }
    }
    return nullptr;
}

void IncidentDesk::recordServiceStateChange(const StateChange& change, const QString& serviceName)
{
    for (IncidentRecord& record : m_records) {
        if (!record.incident.isOpen() || !record.incident.affects(change.serviceId))
            continue;
        const QString text = IncidentEventText::serviceState(serviceName, change);
        appendEvent(record, IncidentEvent::Kind::ServiceState, IncidentEvent::Visibility::Internal, text,
                    QString::number(change.serviceId), tr("Vigie"));
    }
}

void IncidentDesk::checkPromises()
{
    const qint64 now = m_clock.nowMs();
    for (IncidentRecord& record : m_records) {
        for (MessagePromise& promise : record.promises) {
            if (!promise.isOpen() || promise.dueAtMs > now)
                continue;
            promise.missed = true;
            Q_EMIT writePromise(promise);
            Q_EMIT promiseChanged(promise);
            appendEvent(record, IncidentEvent::Kind::PromiseMissed, IncidentEvent::Visibility::Internal,
                        IncidentEventText::promiseMissed(promise), promise.id, tr("Vigie"));
        }
    }
}

void IncidentDesk::keepPromisesOnMessage(IncidentRecord& record, qint64 atMs)
{
    const bool resolved = !record.incident.isOpen();
    for (MessagePromise& promise : record.promises) {
        if (!promise.isOpen() || promise.dueAtMs < atMs)
            continue;
        // An update keeps an update promise; only the end keeps a resolution estimate.
        if (promise.kind == MessagePromise::Kind::Resolution && !resolved)
            continue;
        promise.keptAtMs = atMs;
        Q_EMIT writePromise(promise);
        Q_EMIT promiseChanged(promise);
        appendEvent(record, IncidentEvent::Kind::PromiseKept, IncidentEvent::Visibility::Internal,
                    IncidentEventText::promiseKept(promise), promise.id, tr("Vigie"));
    }
}

IncidentRecord* IncidentDesk::find(const QString& incidentId)
{
    for (IncidentRecord& record : m_records) {
        if (record.incident.id == incidentId)
            return &record;
    }
    return nullptr;
}

IncidentRecord* IncidentDesk::findByDraft(const QString& draftId, int* index)
{
    for (IncidentRecord& record : m_records) {
        for (int i = 0; i < record.drafts.size(); ++i) {
            if (record.drafts.at(i).id == draftId) {
                *index = i;
                return &record;
            }
        }
    }
    return nullptr;
}

IncidentEvent IncidentDesk::appendEvent(IncidentRecord& record, IncidentEvent::Kind kind,
                                        IncidentEvent::Visibility visibility, const QString& text,
                                        const QString& detail, const QString& by)
{
    IncidentEvent event;
    event.id = newId();
    event.incidentId = record.incident.id;
    event.atMs = m_clock.nowMs();
    event.author = by.isEmpty() ? author() : by;
    event.kind = kind;
    event.visibility = visibility;
    event.text = text;
    event.detail = detail;
    record.events.append(event);
    Q_EMIT writeEvent(event);
    Q_EMIT eventAppended(event);
    return event;
}

void IncidentDesk::storeIncident(IncidentRecord& record)
{
    Q_EMIT writeIncident(record.incident);
    Q_EMIT incidentChanged(record.incident);
}

QString IncidentDesk::nextReference(Incident::Kind kind) const
{
    const QString prefix =
        kind == Incident::Kind::Maintenance ? QStringLiteral("MNT-") : QStringLiteral("INC-");
    int highest = 0;
    for (const IncidentRecord& record : m_records) {
        const QString& reference = record.incident.reference;
        if (reference.startsWith(prefix))
            highest = std::max(highest, reference.mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1);
}

QString IncidentDesk::author() const
{
    return m_userName;
}

QString IncidentDesk::notFound(const QString& incidentId) const
{
    return tr("No incident with id %1.").arg(incidentId);
}
