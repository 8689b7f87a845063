#include "incident/IncidentDesk.h"

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

QString localTime(qint64 atMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

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
    QString text;
    if (incident.isMaintenance())
        text = tr("Maintenance %1 planned: %2").arg(incident.reference, incident.title);
    else
        text = tr("Incident %1 declared (%2): %3")
                   .arg(incident.reference, severityLabel(incident.severity), incident.title);
    if (incident.drill)
        text = tr("[Drill] %1").arg(text);

    m_records.prepend(record);
    IncidentRecord& stored = m_records.first();
    Q_EMIT writeIncident(stored.incident);
    appendEvent(stored, IncidentEvent::Kind::Declared, IncidentEvent::Visibility::Internal, text, QString(),
                by);
    // A drill's scenario: the chosen services count as failing for the exercise, whatever the checks say.
    if (stored.incident.drill && !stored.incident.isMaintenance()) {
        for (const AffectedService& service : stored.incident.affected)
            appendEvent(stored, IncidentEvent::Kind::ServiceState, IncidentEvent::Visibility::Internal,
                        tr("[Drill] %1 is treated as failing (%2) for the exercise")
                            .arg(service.serviceName, impactLabel(service.impact)),
                        QString::number(service.serviceId), by);
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
                tr("Status: %1 → %2").arg(incidentStatusLabel(before), incidentStatusLabel(status)),
                incidentStatusKey(status));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setSeverity(const QString& incidentId, Severity severity)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    const Severity before = record->incident.severity;
    if (before == severity)
        return std::nullopt;
    record->incident.severity = severity;
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::SeverityChanged, IncidentEvent::Visibility::Internal,
                tr("Severity: %1 → %2").arg(severityLabel(before), severityLabel(severity)),
                severityKey(severity));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setTitle(const QString& incidentId, const QString& title)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return tr("An incident needs a title.");
    if (record->incident.title == trimmed)
        return std::nullopt;
    record->incident.title = trimmed;
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                tr("Title: %1").arg(trimmed), QStringLiteral("title"));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setPeople(const QString& incidentId, const QString& commander,
                                               const QString& communicationsLead)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    Incident& incident = record->incident;
    if (incident.commander == commander.trimmed() &&
        incident.communicationsLead == communicationsLead.trimmed())
        return std::nullopt;
    incident.commander = commander.trimmed();
    incident.communicationsLead = communicationsLead.trimmed();
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                tr("Commander: %1; communications lead: %2")
                    .arg(incident.commander.isEmpty() ? tr("nobody") : incident.commander,
                         incident.communicationsLead.isEmpty() ? tr("nobody") : incident.communicationsLead),
                QStringLiteral("people"));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setCustomerSummary(const QString& incidentId, const QString& summary)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (record->incident.customerSummary == summary)
        return std::nullopt;
    record->incident.customerSummary = summary;
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                tr("Customer-facing summary changed"), QStringLiteral("summary"));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setInternalNotes(const QString& incidentId, const QString& notes)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (record->incident.internalNotes == notes)
        return std::nullopt;
    // The scratch pad is saved as typed; its edits are not timeline events (notes are).
    record->incident.internalNotes = notes;
    storeIncident(*record);
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setAffected(const QString& incidentId,
                                                 const QList<AffectedService>& affected)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (record->incident.affected == affected)
        return std::nullopt;
    QStringList parts;
    for (const AffectedService& service : affected)
        parts.append(tr("%1 (%2)").arg(service.serviceName, impactLabel(service.impact)));
    record->incident.affected = affected;
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::ServiceAffected, IncidentEvent::Visibility::Public,
                parts.isEmpty() ? tr("No affected services")
                                : tr("Affected: %1").arg(parts.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setKeyMoment(const QString& incidentId, KeyMoments::Moment moment,
                                                  qint64 atMs)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (atMs < 0)
        return tr("A key moment needs a valid time.");
    if (record->incident.moments.at(moment) == atMs)
        return std::nullopt;
    record->incident.moments.set(moment, atMs);
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::KeyMoment, IncidentEvent::Visibility::Internal,
                atMs == 0 ? tr("%1: cleared").arg(KeyMoments::label(moment))
                          : tr("%1: %2").arg(KeyMoments::label(moment), localTime(atMs)),
                KeyMoments::key(moment));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setNextUpdateDue(const QString& incidentId, qint64 atMs)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (record->incident.nextUpdateDueMs == atMs)
        return std::nullopt;
    record->incident.nextUpdateDueMs = atMs;
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                atMs == 0 ? tr("Next update: not set") : tr("Next update due at %1").arg(localTime(atMs)),
                QStringLiteral("next_update"));
    return std::nullopt;
}

std::optional<QString> IncidentDesk::setEstimatedResolution(const QString& incidentId, qint64 atMs)
{
    IncidentRecord* record = find(incidentId);
    if (!record)
        return notFound(incidentId);
    if (record->incident.estimatedResolutionMs == atMs)
        return std::nullopt;
    record->incident.estimatedResolutionMs = atMs;
    storeIncident(*record);
    appendEvent(*record, IncidentEvent::Kind::FieldChanged, IncidentEvent::Visibility::Internal,
                atMs == 0 ? tr("Estimated resolution: not set")
                          : tr("Estimated resolution: %1").arg(localTime(atMs)),
                QStringLiteral("estimated_resolution"));
    return std::nullopt;
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
    const QString none = tr("none");
    auto orNone = [&none](const QString& text) { return text.trimmed().isEmpty() ? none : text.trimmed(); };
    const QString text =
        tr("Conditions: %1\nActions: %2\nNeeds: %3").arg(orNone(conditions), orNone(actions), orNone(needs));
    appendEvent(*record, IncidentEvent::Kind::StatusReport, IncidentEvent::Visibility::Internal, text);
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
    const QString title = stepTitle.isEmpty() ? stepId : stepTitle;
    const QString label = occurrence > 1 ? tr("%1 (#%2)").arg(title).arg(occurrence) : title;
    QString text =
        state == ChecklistMark::State::Done ? tr("Done: %1").arg(label) : tr("Skipped: %1").arg(label);
    if (!mark.comment.isEmpty())
        text += QStringLiteral(" — ") + mark.comment;
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
                    tr("%1 message drafted (%2)").arg(channelKindLabel(draft.channel), draft.language),
                    draft.id);
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
                tr("%1 message approved (%2)").arg(channelKindLabel(approved.channel), approved.language),
                approved.id);

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
                    nextUpdate ? tr("Promised the next update by %1").arg(localTime(promise.dueAtMs))
                               : tr("Promised resolution by %1").arg(localTime(promise.dueAtMs)),
                    promise.id);
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
                tr("Published on %1").arg(channelName), published.id);
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
        QString text =
            tr("%1: %2 → %3").arg(serviceName, serviceStateLabel(change.from), serviceStateLabel(change.to));
        if (!change.reason.isEmpty())
            text += QStringLiteral(" — ") + change.reason;
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
                        promise.kind == MessagePromise::Kind::NextUpdate
                            ? tr("Missed: the update promised for %1").arg(localTime(promise.dueAtMs))
                            : tr("Missed: the resolution estimated for %1").arg(localTime(promise.dueAtMs)),
                        promise.id, tr("Vigie"));
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
                    promise.kind == MessagePromise::Kind::NextUpdate
                        ? tr("Kept: the update promised for %1").arg(localTime(promise.dueAtMs))
                        : tr("Kept: the resolution estimated for %1").arg(localTime(promise.dueAtMs)),
                    promise.id, tr("Vigie"));
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
