#include "StatusPageFixtures.h"

QStringList StatusPageFixtures::hostileTexts()
{
    return {
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("\"><img src=x onerror=alert(1)>"),
        QStringLiteral("'><svg onload=alert(1)>"),
        QStringLiteral("]]><!-- <![CDATA[ x ]]>"),
        QStringLiteral("&amp; &lt; &#x3c; & <"),
        QStringLiteral("tab\tbell\u0007escape\u001bnull-free\u007fc1\u0085end"),
        QStringLiteral("خدمة الدفع \u202Eevil\u202C مقطوعة"),
        QStringLiteral("Paiement 🔥💥 en panne 👩‍💻"),
        QStringLiteral("{{title}} %1 %2 $(rm) `x`"),
        QStringLiteral("javascript:alert(1)"),
    };
}

ServiceDefinition StatusPageFixtures::service(qint64 id, const QString& name, const QString& group)
{
    ServiceDefinition definition;
    definition.id = id;
    definition.name = name;
    definition.group = group;
    definition.target = QStringLiteral("http://127.0.0.1:9/") + QString::number(id);
    return definition;
}

ServiceSummary StatusPageFixtures::state(qint64 serviceId, ServiceState state, qint64 sinceMs)
{
    ServiceSummary summary;
    summary.serviceId = serviceId;
    summary.state = state;
    summary.sinceMs = sinceMs;
    return summary;
}

IncidentRecord StatusPageFixtures::incident(const QString& id, const QString& reference, const QString& title,
                                            IncidentStatus status, qint64 declaredAtMs,
                                            const QList<AffectedService>& affected)
{
    IncidentRecord record;
    record.incident.id = id;
    record.incident.reference = reference;
    record.incident.title = title;
    record.incident.status = status;
    record.incident.kind =
        isMaintenanceStatus(status) ? Incident::Kind::Maintenance : Incident::Kind::Incident;
    record.incident.declaredAtMs = declaredAtMs;
    record.incident.affected = affected;
    record.incident.commander = QStringLiteral("Commander Camille");
    record.incident.internalNotes = QStringLiteral("INTERNAL-NOTE: the database password is in the wiki");
    record.incident.customerSummary = QStringLiteral("Payments fail for some customers.");
    return record;
}

AffectedService StatusPageFixtures::affected(qint64 serviceId, const QString& name, Impact impact)
{
    return AffectedService{serviceId, name, impact};
}

MessageDraft StatusPageFixtures::message(const QString& incidentId, const QString& draftId,
                                         const QString& language, const QString& body, qint64 atMs,
                                         bool published, const QString& stepId, int occurrence)
{
    MessageDraft draft;
    draft.id = draftId;
    draft.incidentId = incidentId;
    draft.stepId = stepId;
    draft.occurrence = occurrence;
    draft.channel = ChannelKind::StatusPage;
    draft.language = language;
    draft.body = body;
    draft.state = published ? MessageDraft::State::Published : MessageDraft::State::Approved;
    draft.author = QStringLiteral("Camille");
    draft.createdAtMs = atMs - Minute;
    draft.updatedAtMs = atMs;
    draft.approvedBy = QStringLiteral("Camille");
    draft.approvedAtMs = atMs;
    draft.publishedAtMs = published ? atMs : 0;
    return draft;
}

IncidentEvent StatusPageFixtures::statusChanged(const QString& incidentId, IncidentStatus status, qint64 atMs)
{
    IncidentEvent event;
    event.id = incidentId + QStringLiteral("-status-") + QString::number(atMs);
    event.incidentId = incidentId;
    event.atMs = atMs;
    event.author = QStringLiteral("Camille");
    event.kind = IncidentEvent::Kind::StatusChanged;
    event.visibility = IncidentEvent::Visibility::Public;
    event.text = QStringLiteral("Status changed");
    event.detail = incidentStatusKey(status);
    return event;
}

StatusSnapshot StatusPageFixtures::snapshotWithTexts(const QStringList& texts)
{
    StatusSnapshot snapshot;
    snapshot.pageId = QStringLiteral("example");
    snapshot.title = texts.value(0);
    snapshot.generatedAtMs = T0 + 90 * Minute;
    snapshot.baseUrl = QStringLiteral("https://status.example.org/");
    for (int i = 0; i < texts.size(); ++i) {
        StatusComponent component;
        component.id = QStringLiteral("svc-%1").arg(i + 1);
        component.name = texts.at(i);
        component.group = texts.at((i + 1) % texts.size());
        component.status = ComponentStatus(i % 5);
        component.updatedAtMs = T0 + i * Minute;
        snapshot.components.append(component);

        StatusIncident incident;
        incident.id = QStringLiteral("incident-%1").arg(i + 1);
        incident.reference = texts.at(i);
        incident.title = texts.at(i);
        incident.status = i == 0 ? IncidentStatus::Resolved : IncidentStatus::Identified;
        incident.startedAtMs = T0 + i * Minute;
        incident.resolvedAtMs = i == 0 ? T0 + 80 * Minute : 0;
        incident.updatedAtMs = T0 + (i + 10) * Minute;
        incident.componentNames = {texts.at(i)};
        StatusUpdate update;
        update.id = QStringLiteral("update-%1").arg(i + 1);
        update.status = incident.status;
        update.atMs = incident.updatedAtMs;
        update.textByLanguage.insert(QStringLiteral("en"), texts.at(i));
        update.textByLanguage.insert(QStringLiteral("fr"), texts.at(i));
        incident.updates.append(update);
        snapshot.incidents.append(incident);
    }
    return snapshot;
}

StatusSnapshot StatusPageFixtures::typicalSnapshot()
{
    StatusSnapshot snapshot;
    snapshot.pageId = QStringLiteral("example");
    snapshot.title = QStringLiteral("Example status");
    snapshot.generatedAtMs = T0 + 95 * Minute;
    snapshot.baseUrl = QStringLiteral("https://status.example.org/");
    const auto component = [](const QString& id, const QString& name, const QString& group,
                              ComponentStatus status) {
        return StatusComponent{id, name, group, status, T0};
    };
    snapshot.components = {
        component(QStringLiteral("svc-1"), QStringLiteral("API"), QStringLiteral("Platform"),
                  ComponentStatus::PartialOutage),
        component(QStringLiteral("svc-2"), QStringLiteral("Website"), QStringLiteral("Platform"),
                  ComponentStatus::Operational),
        component(QStringLiteral("svc-3"), QStringLiteral("Login"), QString(), ComponentStatus::Operational),
        component(QStringLiteral("svc-4"), QStringLiteral("Reports"), QStringLiteral("Tools"),
                  ComponentStatus::UnderMaintenance),
    };

    StatusIncident open;
    open.id = QStringLiteral("3f1c2a9e-0000-4000-8000-000000000042");
    open.reference = QStringLiteral("INC-42");
    open.title = QStringLiteral("Payments failing");
    open.status = IncidentStatus::Identified;
    open.impact = PageIndicator::Major;
    open.startedAtMs = T0 + 10 * Minute;
    open.updatedAtMs = T0 + 40 * Minute;
    open.componentNames = {QStringLiteral("API")};
    StatusUpdate second{QStringLiteral("draft-2"), IncidentStatus::Identified, T0 + 40 * Minute, {}};
    second.textByLanguage.insert(QStringLiteral("en"), QStringLiteral("We found the cause."));
    second.textByLanguage.insert(QStringLiteral("fr"), QStringLiteral("Nous avons trouvé la cause."));
    StatusUpdate first{QStringLiteral("draft-1"), IncidentStatus::Investigating, T0 + 15 * Minute, {}};
    first.textByLanguage.insert(QStringLiteral("en"), QStringLiteral("We are looking into failed payments."));
    first.textByLanguage.insert(QStringLiteral("fr"),
                                QStringLiteral("Nous analysons les paiements en échec."));
    open.updates = {second, first};

    StatusIncident maintenance;
    maintenance.id = QStringLiteral("3f1c2a9e-0000-4000-8000-000000000007");
    maintenance.reference = QStringLiteral("MNT-7");
    maintenance.title = QStringLiteral("Reports database upgrade");
    maintenance.maintenance = true;
    maintenance.status = IncidentStatus::InProgress;
    maintenance.impact = PageIndicator::Maintenance;
    maintenance.startedAtMs = T0;
    maintenance.updatedAtMs = T0;
    maintenance.scheduledForMs = T0;
    maintenance.scheduledUntilMs = T0 + 120 * Minute;
    maintenance.componentNames = {QStringLiteral("Reports")};

    StatusIncident resolved;
    resolved.id = QStringLiteral("3f1c2a9e-0000-4000-8000-000000000041");
    resolved.reference = QStringLiteral("INC-41");
    resolved.title = QStringLiteral("Slow logins");
    resolved.status = IncidentStatus::Resolved;
    resolved.impact = PageIndicator::Minor;
    resolved.startedAtMs = T0 - 600 * Minute;
    resolved.resolvedAtMs = T0 - 500 * Minute;
    resolved.updatedAtMs = T0 - 500 * Minute;
    resolved.componentNames = {QStringLiteral("Login")};
    StatusUpdate done{QStringLiteral("draft-0"), IncidentStatus::Resolved, T0 - 500 * Minute, {}};
    done.textByLanguage.insert(QStringLiteral("en"), QStringLiteral("Logins are fast again."));
    resolved.updates = {done};

    snapshot.incidents = {open, maintenance, resolved};
    return snapshot;
}
