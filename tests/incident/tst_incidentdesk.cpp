#include "incident/IncidentDesk.h"

#include "ManualClock.h"

#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kStartMs = 1'700'000'000'000;

AffectedService affected(qint64 id, const QString& name, Impact impact = Impact::MajorOutage)
{
    AffectedService service;
    service.serviceId = id;
    service.serviceName = name;
    service.impact = impact;
    return service;
}

DeclareRequest incidentOn(qint64 serviceId, const QString& name)
{
    DeclareRequest request;
    request.title = name + QStringLiteral(" down");
    request.affected = {affected(serviceId, name)};
    return request;
}

IncidentEvent lastEvent(const IncidentDesk& desk, const QString& id)
{
    const IncidentRecord* record = desk.record(id);
    return record && !record->events.isEmpty() ? record->events.last() : IncidentEvent();
}

MessageDraft draftFor(const QString& incidentId, const QString& body)
{
    MessageDraft draft;
    draft.incidentId = incidentId;
    draft.channel = ChannelKind::StatusPage;
    draft.language = QStringLiteral("en");
    draft.body = body;
    return draft;
}

MessagePromise nextUpdateBy(qint64 dueMs)
{
    MessagePromise promise;
    promise.kind = MessagePromise::Kind::NextUpdate;
    promise.dueAtMs = dueMs;
    return promise;
}

} // namespace

class TestIncidentDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void declareDefaults();
    void autoDeclareAcknowledgesNothing();
    void referencesCountPerKind();
    void statusSetsMoments_data();
    void statusSetsMoments();
    void reopenClearsResolved();
    void maintenanceStatusIsRefusedOnIncident();
    void severityChangeIsAnEvent();
    void noteAndStatusReportWording();
    void stepIsMarkedOnce();
    void draftLifecycle();
    void approvalIsForTheCommanderOrLead();
    void promiseKeptByNextApprovedMessage();
    void promiseMissedWhenTimePasses();
    void maintenanceCoverage_data();
    void maintenanceCoverage();
    void serviceStateChangeGoesToOpenIncidentsOfThatService();

private:
    ManualClock m_clock{kStartMs};
};

void TestIncidentDesk::init()
{
    m_clock.setNowMs(kStartMs);
}

void TestIncidentDesk::declareDefaults()
{
    IncidentDesk desk(m_clock);
    desk.setUserName(QStringLiteral("alice"));
    QSignalSpy writes(&desk, &IncidentDesk::writeIncident);
    QSignalSpy events(&desk, &IncidentDesk::writeEvent);
    QSignalSpy added(&desk, &IncidentDesk::incidentAdded);

    const QString id = desk.declare(DeclareRequest());

    QCOMPARE(added.count(), 1);
    QCOMPARE(writes.count(), 1);
    QCOMPARE(events.count(), 1);
    const Incident incident = *desk.incident(id);
    QCOMPARE(incident.reference, QStringLiteral("INC-1"));
    QCOMPARE(incident.title, QStringLiteral("Untitled incident"));
    QCOMPARE(incident.status, IncidentStatus::Investigating);
    QCOMPARE(incident.commander, QStringLiteral("alice"));
    QCOMPARE(incident.declaredAtMs, kStartMs);
    QCOMPARE(incident.moments.startedMs, kStartMs);
    QCOMPARE(incident.moments.detectedMs, kStartMs);
    QCOMPARE(incident.moments.acknowledgedMs, kStartMs); // declaring by hand acknowledges
    QVERIFY(incident.isOpen());
    const auto event = events.first().first().value<IncidentEvent>();
    QCOMPARE(event.kind, IncidentEvent::Kind::Declared);
    QCOMPARE(event.author, QStringLiteral("alice"));
    QVERIFY(event.text.contains(QStringLiteral("INC-1")));
    QVERIFY(event.text.contains(QStringLiteral("SEV2")));
}

void TestIncidentDesk::autoDeclareAcknowledgesNothing()
{
    IncidentDesk desk(m_clock);
    DeclareRequest request = incidentOn(3, QStringLiteral("Search"));
    request.declaredBy = QStringLiteral("Vigie");
    request.startedAtMs = kStartMs - 5 * kMinuteMs;
    request.detectedAtMs = kStartMs - 2 * kMinuteMs;
    const QString id = desk.declare(request);
    const Incident incident = *desk.incident(id);
    QCOMPARE(incident.moments.startedMs, kStartMs - 5 * kMinuteMs);
    QCOMPARE(incident.moments.detectedMs, kStartMs - 2 * kMinuteMs);
    QCOMPARE(incident.moments.acknowledgedMs, 0);
    QCOMPARE(lastEvent(desk, id).author, QStringLiteral("Vigie"));
    QCOMPARE(*incident.moments.timeToDetectMs(), 3 * kMinuteMs);
}

void TestIncidentDesk::referencesCountPerKind()
{
    IncidentDesk desk(m_clock);
    DeclareRequest maintenance;
    maintenance.kind = Incident::Kind::Maintenance;
    const QString first = desk.declare(DeclareRequest());
    const QString planned = desk.declare(maintenance);
    const QString second = desk.declare(DeclareRequest());
    QCOMPARE(desk.incident(first)->reference, QStringLiteral("INC-1"));
    QCOMPARE(desk.incident(second)->reference, QStringLiteral("INC-2"));
    QCOMPARE(desk.incident(planned)->reference, QStringLiteral("MNT-1"));
    QCOMPARE(desk.incident(planned)->status, IncidentStatus::Scheduled);
    // Most recent first.
    QCOMPARE(desk.incidentIds(), (QList<QString>{second, planned, first}));
}

void TestIncidentDesk::statusSetsMoments_data()
{
    QTest::addColumn<IncidentStatus>("status");
    QTest::addColumn<bool>("mitigated");
    QTest::addColumn<bool>("resolved");
    QTest::addColumn<bool>("open");
    QTest::newRow("identified sets nothing") << IncidentStatus::Identified << false << false << true;
    QTest::newRow("monitoring means mitigated") << IncidentStatus::Monitoring << true << false << true;
    QTest::newRow("resolved sets both") << IncidentStatus::Resolved << true << true << false;
}

void TestIncidentDesk::statusSetsMoments()
{
    QFETCH(IncidentStatus, status);
    QFETCH(bool, mitigated);
    QFETCH(bool, resolved);
    QFETCH(bool, open);
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    m_clock.advanceMs(20 * kMinuteMs);
    QSignalSpy changed(&desk, &IncidentDesk::incidentChanged);
    QVERIFY(!desk.setStatus(id, status).has_value());
    QCOMPARE(changed.count(), 1);
    const Incident incident = *desk.incident(id);
    QCOMPARE(incident.status, status);
    QCOMPARE(incident.isOpen(), open);
    QCOMPARE(incident.moments.mitigatedMs, mitigated ? kStartMs + 20 * kMinuteMs : 0);
    QCOMPARE(incident.moments.resolvedMs, resolved ? kStartMs + 20 * kMinuteMs : 0);
    const IncidentEvent event = lastEvent(desk, id);
    QCOMPARE(event.kind, IncidentEvent::Kind::StatusChanged);
    QCOMPARE(event.visibility, IncidentEvent::Visibility::Public);
    QCOMPARE(event.text, QStringLiteral("Status: Investigating → %1").arg(incidentStatusLabel(status)));
    // Setting the same status again changes nothing.
    QVERIFY(!desk.setStatus(id, status).has_value());
    QCOMPARE(changed.count(), 1);
}

void TestIncidentDesk::reopenClearsResolved()
{
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    m_clock.advanceMs(10 * kMinuteMs);
    QVERIFY(!desk.setStatus(id, IncidentStatus::Resolved).has_value());
    QCOMPARE(desk.incident(id)->moments.resolvedMs, kStartMs + 10 * kMinuteMs);
    QVERIFY(desk.openIncidents().isEmpty());
    m_clock.advanceMs(5 * kMinuteMs);
    QVERIFY(!desk.setStatus(id, IncidentStatus::Identified).has_value());
    const Incident reopened = *desk.incident(id);
    QCOMPARE(reopened.moments.resolvedMs, 0);
    QCOMPARE(reopened.moments.mitigatedMs, kStartMs + 10 * kMinuteMs); // mitigation stays
    QVERIFY(reopened.isOpen());
    QCOMPARE(desk.openIncidents().size(), 1);
}

void TestIncidentDesk::maintenanceStatusIsRefusedOnIncident()
{
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    QSignalSpy writes(&desk, &IncidentDesk::writeIncident);
    const std::optional<QString> error = desk.setStatus(id, IncidentStatus::InProgress);
    QVERIFY(error.has_value());
    QVERIFY(error->contains(QStringLiteral("INC-1")));
    QCOMPARE(writes.count(), 0);
    QCOMPARE(desk.incident(id)->status, IncidentStatus::Investigating);
    QVERIFY(desk.setStatus(QStringLiteral("nope"), IncidentStatus::Identified).has_value());
}

void TestIncidentDesk::severityChangeIsAnEvent()
{
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    QSignalSpy events(&desk, &IncidentDesk::writeEvent);
    QVERIFY(!desk.setSeverity(id, Severity::Sev1).has_value());
    QVERIFY(!desk.setSeverity(id, Severity::Sev1).has_value()); // unchanged: no event
    QCOMPARE(events.count(), 1);
    const auto event = events.first().first().value<IncidentEvent>();
    QCOMPARE(event.kind, IncidentEvent::Kind::SeverityChanged);
    QCOMPARE(event.text, QStringLiteral("Severity: SEV2 → SEV1"));
    QCOMPARE(event.detail, QStringLiteral("sev1"));
    QCOMPARE(event.visibility, IncidentEvent::Visibility::Internal);
    QCOMPARE(desk.incident(id)->severity, Severity::Sev1);
}

void TestIncidentDesk::noteAndStatusReportWording()
{
    IncidentDesk desk(m_clock);
    desk.setUserName(QStringLiteral("bob"));
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    QVERIFY(desk.addNote(id, QStringLiteral("   "), IncidentEvent::Visibility::Internal).has_value());
    QVERIFY(!desk.addNote(id, QStringLiteral("  Rolled back 4.2  "), IncidentEvent::Visibility::Public)
                 .has_value());
    IncidentEvent note = lastEvent(desk, id);
    QCOMPARE(note.kind, IncidentEvent::Kind::Note);
    QCOMPARE(note.text, QStringLiteral("Rolled back 4.2"));
    QCOMPARE(note.visibility, IncidentEvent::Visibility::Public);
    QCOMPARE(note.author, QStringLiteral("bob"));

    QVERIFY(desk.addStatusReport(id, QString(), QStringLiteral(" "), QString()).has_value());
    QVERIFY(!desk.addStatusReport(id, QStringLiteral("Checkout fails for 30 %"), QString(),
                                  QStringLiteral("A DBA"))
                 .has_value());
    const IncidentEvent report = lastEvent(desk, id);
    QCOMPARE(report.kind, IncidentEvent::Kind::StatusReport);
    QCOMPARE(report.visibility, IncidentEvent::Visibility::Internal);
    QCOMPARE(report.text, QStringLiteral("Conditions: Checkout fails for 30 %\nActions: none\nNeeds: A DBA"));
}

void TestIncidentDesk::stepIsMarkedOnce()
{
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    const QString step = QStringLiteral("first-message");
    QVERIFY(
        !desk.markStep(id, step, 1, ChecklistMark::State::Done, QStringLiteral("First message")).has_value());
    const std::optional<QString> again =
        desk.markStep(id, step, 1, ChecklistMark::State::Skipped, QStringLiteral("First message"));
    QVERIFY(again.has_value());
    QVERIFY(again->contains(QStringLiteral("First message")));
    QVERIFY(!desk.markStep(id, QStringLiteral("update"), 2, ChecklistMark::State::Skipped,
                           QStringLiteral("Update"), QStringLiteral("nothing new"))
                 .has_value());
    const Incident incident = *desk.incident(id);
    QCOMPARE(incident.marks.size(), 2);
    QCOMPARE(incident.mark(step)->state, ChecklistMark::State::Done);
    QCOMPARE(incident.markCount(QStringLiteral("update")), 2);
    const IncidentEvent skipped = lastEvent(desk, id);
    QCOMPARE(skipped.kind, IncidentEvent::Kind::StepSkipped);
    QCOMPARE(skipped.text, QStringLiteral("Skipped: Update (#2) — nothing new"));
    QCOMPARE(skipped.detail, QStringLiteral("update#2"));
}

void TestIncidentDesk::draftLifecycle()
{
    IncidentDesk desk(m_clock);
    desk.setUserName(QStringLiteral("alice"));
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    QSignalSpy writes(&desk, &IncidentDesk::writeDraft);

    const IncidentDesk::DraftResult created = desk.saveDraft(draftFor(id, QStringLiteral("We are looking")));
    QVERIFY(created.draft.has_value());
    QVERIFY(!created.draft->id.isEmpty());
    QCOMPARE(created.draft->author, QStringLiteral("alice"));
    QCOMPARE(lastEvent(desk, id).kind, IncidentEvent::Kind::MessageDrafted);

    MessageDraft edited = *created.draft;
    edited.body = QStringLiteral("We are looking into checkout errors.");
    m_clock.advanceMs(kMinuteMs);
    const IncidentDesk::DraftResult updated = desk.saveDraft(edited);
    QVERIFY(updated.error.isEmpty());
    QCOMPARE(desk.draft(edited.id)->body, edited.body);
    QCOMPARE(desk.draft(edited.id)->updatedAtMs, kStartMs + kMinuteMs);

    // Not approved yet: it cannot be published.
    QVERIFY(desk.markPublished(edited.id, QStringLiteral("Status page")).has_value());
    QVERIFY(!desk.approveDraft(edited.id).has_value());
    QCOMPARE(desk.draft(edited.id)->state, MessageDraft::State::Approved);
    QCOMPARE(desk.draft(edited.id)->approvedBy, QStringLiteral("alice"));

    // Approved text is frozen; approving twice is refused.
    edited.body = QStringLiteral("changed after approval");
    const IncidentDesk::DraftResult refused = desk.saveDraft(edited);
    QVERIFY(!refused.draft.has_value());
    QVERIFY(!refused.error.isEmpty());
    QVERIFY(desk.approveDraft(edited.id).has_value());
    QCOMPARE(desk.draft(edited.id)->body, QStringLiteral("We are looking into checkout errors."));

    QVERIFY(!desk.markPublished(edited.id, QStringLiteral("Status page")).has_value());
    QCOMPARE(desk.draft(edited.id)->state, MessageDraft::State::Published);
    const IncidentEvent published = lastEvent(desk, id);
    QCOMPARE(published.kind, IncidentEvent::Kind::MessagePublished);
    QCOMPARE(published.text, QStringLiteral("Published on Status page"));
    QCOMPARE(writes.count(), 4); // created, updated, approved, published
}

void TestIncidentDesk::approvalIsForTheCommanderOrLead()
{
    IncidentDesk desk(m_clock);
    desk.setUserName(QStringLiteral("alice"));
    DeclareRequest request = incidentOn(1, QStringLiteral("Checkout"));
    request.communicationsLead = QStringLiteral("carol");
    const QString id = desk.declare(request);
    desk.setUserName(QStringLiteral("mallory"));
    const QString draftId = desk.saveDraft(draftFor(id, QStringLiteral("Text"))).draft->id;
    const std::optional<QString> error = desk.approveDraft(draftId);
    QVERIFY(error.has_value());
    QVERIFY(error->contains(QStringLiteral("alice")));
    QVERIFY(error->contains(QStringLiteral("carol")));
    QCOMPARE(desk.draft(draftId)->state, MessageDraft::State::Draft);
    desk.setUserName(QStringLiteral("carol"));
    QVERIFY(!desk.approveDraft(draftId).has_value());
    QCOMPARE(desk.draft(draftId)->approvedBy, QStringLiteral("carol"));
}

void TestIncidentDesk::promiseKeptByNextApprovedMessage()
{
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    QSignalSpy promises(&desk, &IncidentDesk::writePromise);
    const QString first = desk.saveDraft(draftFor(id, QStringLiteral("Next update by 30 min"))).draft->id;
    QVERIFY(!desk.approveDraft(first, {nextUpdateBy(kStartMs + 30 * kMinuteMs)}).has_value());
    QCOMPARE(desk.incident(id)->nextUpdateDueMs, kStartMs + 30 * kMinuteMs);
    QCOMPARE(lastEvent(desk, id).kind, IncidentEvent::Kind::PromiseMade);
    QCOMPARE(promises.count(), 1);

    m_clock.advanceMs(25 * kMinuteMs);
    const QString second = desk.saveDraft(draftFor(id, QStringLiteral("Update"))).draft->id;
    QVERIFY(!desk.approveDraft(second).has_value());
    const MessagePromise kept = desk.record(id)->promises.first();
    QCOMPARE(kept.keptAtMs, kStartMs + 25 * kMinuteMs);
    QVERIFY(!kept.missed);
    QCOMPARE(lastEvent(desk, id).kind, IncidentEvent::Kind::PromiseKept);
    QCOMPARE(promises.count(), 2);

    // A kept promise is never reported missed afterwards.
    m_clock.advanceMs(60 * kMinuteMs);
    desk.checkPromises();
    QCOMPARE(promises.count(), 2);
}

void TestIncidentDesk::promiseMissedWhenTimePasses()
{
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    const QString draftId = desk.saveDraft(draftFor(id, QStringLiteral("Next update in 10 min"))).draft->id;
    QVERIFY(!desk.approveDraft(draftId, {nextUpdateBy(kStartMs + 10 * kMinuteMs)}).has_value());
    QSignalSpy changed(&desk, &IncidentDesk::promiseChanged);

    m_clock.advanceMs(9 * kMinuteMs);
    desk.checkPromises();
    QCOMPARE(changed.count(), 0);

    m_clock.advanceMs(2 * kMinuteMs);
    desk.checkPromises();
    QCOMPARE(changed.count(), 1);
    const auto promise = changed.first().first().value<MessagePromise>();
    QVERIFY(promise.missed);
    QCOMPARE(promise.keptAtMs, 0);
    const IncidentEvent event = lastEvent(desk, id);
    QCOMPARE(event.kind, IncidentEvent::Kind::PromiseMissed);
    QCOMPARE(event.author, QStringLiteral("Vigie"));
    desk.checkPromises(); // reported once
    QCOMPARE(changed.count(), 1);
}

void TestIncidentDesk::maintenanceCoverage_data()
{
    QTest::addColumn<qint64>("serviceId");
    QTest::addColumn<qint64>("offsetMin");
    QTest::addColumn<bool>("completed");
    QTest::addColumn<bool>("covered");
    QTest::newRow("before the window") << qint64(5) << qint64(30) << false << false;
    QTest::newRow("at the window start") << qint64(5) << qint64(60) << false << true;
    QTest::newRow("inside the window") << qint64(5) << qint64(90) << false << true;
    QTest::newRow("at the window end") << qint64(5) << qint64(120) << false << false;
    QTest::newRow("another service") << qint64(6) << qint64(90) << false << false;
    QTest::newRow("completed early") << qint64(5) << qint64(90) << true << false;
}

void TestIncidentDesk::maintenanceCoverage()
{
    QFETCH(qint64, serviceId);
    QFETCH(qint64, offsetMin);
    QFETCH(bool, completed);
    QFETCH(bool, covered);
    IncidentDesk desk(m_clock);
    DeclareRequest request;
    request.kind = Incident::Kind::Maintenance;
    request.affected = {affected(5, QStringLiteral("Payments DB"), Impact::PartialOutage)};
    request.windowStartMs = kStartMs + 60 * kMinuteMs;
    request.windowEndMs = kStartMs + 120 * kMinuteMs;
    request.windowTimeZoneId = QStringLiteral("Europe/Paris");
    const QString id = desk.declare(request);
    const Incident planned = *desk.incident(id);
    QCOMPARE(planned.affected.first().impact, Impact::UnderMaintenance);
    QCOMPARE(planned.moments.startedMs, 0);
    QVERIFY(!desk.openIncidentFor(5).has_value()); // a maintenance is not an incident on the service
    if (completed) {
        QVERIFY(desk.setStatus(id, IncidentStatus::Investigating).has_value());
        QVERIFY(!desk.setStatus(id, IncidentStatus::Completed).has_value());
    }
    QCOMPARE(desk.isUnderMaintenance(serviceId, kStartMs + offsetMin * kMinuteMs), covered);
}

void TestIncidentDesk::serviceStateChangeGoesToOpenIncidentsOfThatService()
{
    IncidentDesk desk(m_clock);
    const QString closed = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    QVERIFY(!desk.setStatus(closed, IncidentStatus::Resolved).has_value());
    const QString open = desk.declare(incidentOn(1, QStringLiteral("Checkout")));
    const QString other = desk.declare(incidentOn(2, QStringLiteral("Search")));
    QSignalSpy appended(&desk, &IncidentDesk::eventAppended);

    StateChange change;
    change.serviceId = 1;
    change.atMs = kStartMs;
    change.from = ServiceState::Up;
    change.to = ServiceState::Down;
    change.reason = QStringLiteral("HTTP 503");
    desk.recordServiceStateChange(change, QStringLiteral("Checkout"));

    QCOMPARE(appended.count(), 1);
    const auto event = appended.first().first().value<IncidentEvent>();
    QCOMPARE(event.incidentId, open);
    QCOMPARE(event.kind, IncidentEvent::Kind::ServiceState);
    QCOMPARE(event.author, QStringLiteral("Vigie"));
    QCOMPARE(event.detail, QStringLiteral("1"));
    QCOMPARE(event.text,
             QStringLiteral("Checkout: %1 → %2 — HTTP 503")
                 .arg(serviceStateLabel(ServiceState::Up), serviceStateLabel(ServiceState::Down)));
    QCOMPARE(desk.record(other)->events.size(), 1); // only its declaration
    QCOMPARE(desk.openIncidentFor(1)->id, open);
}

QTEST_GUILESS_MAIN(TestIncidentDesk)
#include "tst_incidentdesk.moc"
