#include "IncidentFixtures.h"

Incident IncidentFixtures::fullIncident(Incident::Kind kind, bool drill)
{
    Incident i;
    const bool maintenance = kind == Incident::Kind::Maintenance;
    i.id = maintenance ? QStringLiteral("7d1c2a9e-0000-4000-8000-000000000002")
                       : QStringLiteral("7d1c2a9e-0000-4000-8000-000000000001");
    i.reference = maintenance ? QStringLiteral("MNT-3") : QStringLiteral("INC-42");
    i.kind = kind;
    i.drill = drill;
    i.title = QStringLiteral("Paiements indisponibles — « carte refusée » ✋🏽 支付");
    i.severity = Severity::Sev1;
    i.status = maintenance ? IncidentStatus::InProgress : IncidentStatus::Identified;
    i.affected = {AffectedService{12, QStringLiteral("Payments API"), Impact::MajorOutage},
                  AffectedService{3, QStringLiteral("Connexion (SSO)"), Impact::DegradedPerformance},
                  AffectedService{44, QStringLiteral("Webhooks"), Impact::PartialOutage}};
    i.commander = QStringLiteral("Zoë Ångström");
    i.communicationsLead = QStringLiteral("Łukasz");
    i.customerSummary = QStringLiteral("Card payments fail for some customers.\nWe are on it.");
    i.internalNotes = QStringLiteral("PSP returns 503; failover to the backup acquirer 🚑");
    i.moments.startedMs = T0;
    i.moments.detectedMs = T0 + 2 * Minute;
    i.moments.acknowledgedMs = T0 + 3 * Minute;
    i.moments.mitigatedMs = T0 + 20 * Minute;
    i.moments.resolvedMs = 0; // not reached yet: stays 0 through NULL
    i.declaredAtMs = T0 + 4 * Minute;
    i.timeZoneId = QStringLiteral("Europe/Paris");
    i.nextUpdateDueMs = T0 + 34 * Minute;
    i.estimatedResolutionMs = T0 + 90 * Minute;
    i.playbookId = QStringLiteral("default");
    i.marks = {ChecklistMark{QStringLiteral("announce"), 1, ChecklistMark::State::Done, QStringLiteral("Zoë"),
                             T0 + 6 * Minute, QStringLiteral("posted on the status page")},
               ChecklistMark{QStringLiteral("update"), 1, ChecklistMark::State::Done,
                             QStringLiteral("Łukasz"), T0 + 30 * Minute, QString()},
               ChecklistMark{QStringLiteral("fallback-page"), 1, ChecklistMark::State::Skipped,
                             QStringLiteral("Zoë"), T0 + 7 * Minute, QStringLiteral("main page is up")},
               ChecklistMark{QStringLiteral("update"), 2, ChecklistMark::State::Done,
                             QStringLiteral("Łukasz"), T0 + 60 * Minute, QStringLiteral("ETA given")}};
    if (maintenance) {
        i.windowStartMs = T0 + 120 * Minute;
        i.windowEndMs = T0 + 180 * Minute;
        i.windowTimeZoneId = QStringLiteral("America/Montreal");
    }
    return i;
}

IncidentEvent IncidentFixtures::timelineEvent(const QString& incidentId, int n, qint64 atMs,
                                              IncidentEvent::Kind kind, IncidentEvent::Visibility visibility)
{
    IncidentEvent e;
    e.id = incidentId.left(30) + QStringLiteral("-event-%1").arg(n);
    e.incidentId = incidentId;
    e.atMs = atMs;
    e.author = QStringLiteral("Zoë");
    e.kind = kind;
    e.visibility = visibility;
    e.text = QStringLiteral("Événement %1 — ça progresse 👍").arg(n);
    e.detail = n % 2 ? QStringLiteral("{\"step\":\"announce\"}") : QString();
    return e;
}

MessageDraft IncidentFixtures::draft(const QString& incidentId, const QString& id, ChannelKind channel,
                                     const QString& body)
{
    MessageDraft d;
    d.id = id;
    d.incidentId = incidentId;
    d.stepId = QStringLiteral("announce");
    d.occurrence = 2;
    d.channel = channel;
    d.language = QStringLiteral("fr");
    d.subject = channel == ChannelKind::Email ? QStringLiteral("[INC-42] Paiements perturbés") : QString();
    d.body = body;
    d.state = MessageDraft::State::Approved;
    d.author = QStringLiteral("Support — Maëlle");
    d.createdAtMs = T0 + 5 * Minute;
    d.updatedAtMs = T0 + 9 * Minute;
    d.approvedBy = QStringLiteral("Łukasz");
    d.approvedAtMs = T0 + 10 * Minute;
    d.publishedAtMs = 0;
    return d;
}

MessagePromise IncidentFixtures::promise(const QString& incidentId, const QString& id,
                                         MessagePromise::Kind kind, bool kept)
{
    MessagePromise p;
    p.id = id;
    p.incidentId = incidentId;
    p.draftId = incidentId + QStringLiteral("-d1");
    p.kind = kind;
    p.madeAtMs = T0 + 10 * Minute;
    p.dueAtMs = T0 + 40 * Minute;
    p.keptAtMs = kept ? T0 + 38 * Minute : 0;
    p.missed = !kept && kind == MessagePromise::Kind::Resolution;
    return p;
}

IncidentRecord IncidentFixtures::fullRecord(Incident::Kind kind, bool drill)
{
    IncidentRecord r;
    r.incident = fullIncident(kind, drill);
    const QString id = r.incident.id;
    r.events = {timelineEvent(id, 1, T0 + 4 * Minute, IncidentEvent::Kind::Declared),
                timelineEvent(id, 2, T0 + 6 * Minute, IncidentEvent::Kind::StepDone,
                              IncidentEvent::Visibility::Public),
                timelineEvent(id, 3, T0 + 8 * Minute, IncidentEvent::Kind::Note),
                timelineEvent(id, 4, T0 + 10 * Minute, IncidentEvent::Kind::MessageApproved,
                              IncidentEvent::Visibility::Public)};
    r.drafts = {draft(id, id + QStringLiteral("-d1"), ChannelKind::Email,
                      QStringLiteral("Bonjour,\nles paiements par carte échouent depuis 14 h 02. 💳")),
                draft(id, id + QStringLiteral("-d2"), ChannelKind::Social,
                      QStringLiteral("Paiements perturbés, prochain point à 14 h 30. #status"))};
    r.drafts[1].createdAtMs += Minute;
    r.drafts[1].state = MessageDraft::State::Published;
    r.drafts[1].publishedAtMs = T0 + 11 * Minute;
    r.promises = {promise(id, id + QStringLiteral("-p1"), MessagePromise::Kind::NextUpdate, true),
                  promise(id, id + QStringLiteral("-p2"), MessagePromise::Kind::Resolution, false)};
    r.promises[1].madeAtMs += Minute;
    return r;
}
