#include "incident/IncidentDesk.h"

#include "ManualClock.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

// The incident timeline fills itself: one whole incident, walked through the desk, leaves an event for every
// kind of thing that happened, each with its time, author and audience, in the order it happened.
class TestIncidentTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWholeIncidentLeavesEveryKindOfEvent();
};

void TestIncidentTimeline::aWholeIncidentLeavesEveryKindOfEvent()
{
    constexpr qint64 kMin = 60'000;
    ManualClock clock(1'717'243'200'000);
    IncidentDesk desk(clock);
    desk.setUserName(QStringLiteral("Camille"));
    QSignalSpy written(&desk, &IncidentDesk::writeEvent);

    DeclareRequest request;
    request.title = QStringLiteral("Checkout failing");
    request.affected = {AffectedService{1, QStringLiteral("Checkout API"), Impact::MajorOutage}};
    request.communicationsLead = QStringLiteral("Sam");
    const QString id = desk.declare(request);
    auto step = [&clock] { clock.advanceMs(kMin); };

    step();
    desk.recordServiceStateChange(StateChange{0, 1, clock.nowMs(), ServiceState::Down, ServiceState::Up, {}},
                                  QStringLiteral("Checkout API"));
    step();
    QCOMPARE(desk.setStatus(id, IncidentStatus::Identified), std::nullopt);
    step();
    QCOMPARE(desk.setSeverity(id, Severity::Sev1), std::nullopt);
    step();
    QCOMPARE(
        desk.setAffected(id, {AffectedService{1, QStringLiteral("Checkout API"), Impact::PartialOutage}}),
        std::nullopt);
    step();
    QCOMPARE(desk.setKeyMoment(id, KeyMoments::Moment::Detected, clock.nowMs() - 10 * kMin), std::nullopt);
    step();
    QCOMPARE(
        desk.markStep(id, QStringLiteral("internal"), 1, ChecklistMark::State::Done, QStringLiteral("Tell")),
        std::nullopt);
    QCOMPARE(desk.markStep(id, QStringLiteral("fallback-page"), 1, ChecklistMark::State::Skipped,
                           QStringLiteral("Fallback page"), QStringLiteral("main page still up")),
             std::nullopt);
    step();
    QCOMPARE(desk.addNote(id, QStringLiteral("Provider paged"), IncidentEvent::Visibility::Internal),
             std::nullopt);
    QCOMPARE(desk.addStatusReport(id, QStringLiteral("Payments fail"), QStringLiteral("Failover"),
                                  QStringLiteral("DBA")),
             std::nullopt);
    step();
    MessageDraft draft;
    draft.incidentId = id;
    draft.channel = ChannelKind::StatusPage;
    draft.language = QStringLiteral("en");
    draft.body = QStringLiteral("Next update by 13:00.");
    const QString draftId = desk.saveDraft(draft).draft->id;
    step();
    MessagePromise promise;
    promise.kind = MessagePromise::Kind::NextUpdate;
    promise.dueAtMs = clock.nowMs() + 5 * kMin;
    QCOMPARE(desk.approveDraft(draftId, {promise}), std::nullopt);
    step();
    QCOMPARE(desk.markPublished(draftId, QStringLiteral("Status page")), std::nullopt);
    clock.advanceMs(10 * kMin);
    desk.checkPromises(); // the promised update did not come: missed
    MessageDraft second = draft;
    const QString secondId = desk.saveDraft(second).draft->id;
    promise.dueAtMs = clock.nowMs() + 30 * kMin;
    QCOMPARE(desk.approveDraft(secondId, {promise}), std::nullopt);
    step();
    QCOMPARE(desk.setStatus(id, IncidentStatus::Resolved),
             std::nullopt); // keeps nothing: update promise kept
    QCOMPARE(desk.setTitle(id, QStringLiteral("Checkout failing at the provider")), std::nullopt);

    const IncidentRecord* record = desk.record(id);
    QVERIFY(record);
    QSet<IncidentEvent::Kind> kinds;
    for (const IncidentEvent& event : record->events)
        kinds.insert(event.kind);
    const QSet<IncidentEvent::Kind> expected{IncidentEvent::Kind::Declared,
                                             IncidentEvent::Kind::ServiceState,
                                             IncidentEvent::Kind::StatusChanged,
                                             IncidentEvent::Kind::SeverityChanged,
                                             IncidentEvent::Kind::ServiceAffected,
                                             IncidentEvent::Kind::KeyMoment,
                                             IncidentEvent::Kind::StepDone,
                                             IncidentEvent::Kind::StepSkipped,
                                             IncidentEvent::Kind::Note,
                                             IncidentEvent::Kind::StatusReport,
                                             IncidentEvent::Kind::MessageDrafted,
                                             IncidentEvent::Kind::MessageApproved,
                                             IncidentEvent::Kind::MessagePublished,
                                             IncidentEvent::Kind::PromiseMade,
                                             IncidentEvent::Kind::PromiseKept,
                                             IncidentEvent::Kind::PromiseMissed,
                                             IncidentEvent::Kind::FieldChanged};
    QCOMPARE(kinds, expected);

    // Every event was handed to the store, in order, with a time that never goes back and an author.
    QCOMPARE(written.size(), record->events.size());
    qint64 last = 0;
    QSet<QString> ids;
    for (qsizetype i = 0; i < record->events.size(); ++i) {
        const IncidentEvent& event = record->events.at(i);
        QCOMPARE(written.at(i).first().value<IncidentEvent>(), event);
        QVERIFY(event.atMs >= last);
        last = event.atMs;
        QVERIFY(!event.author.isEmpty());
        QVERIFY(!event.text.isEmpty());
        QVERIFY(!ids.contains(event.id));
        ids.insert(event.id);
        QCOMPARE(event.incidentId, id);
    }
    // What customers saw is public; what the team did and said among itself is internal.
    for (const IncidentEvent& event : record->events) {
        switch (event.kind) {
        case IncidentEvent::Kind::StatusChanged:
        case IncidentEvent::Kind::MessageApproved:
        case IncidentEvent::Kind::MessagePublished:
        case IncidentEvent::Kind::PromiseMade:
            QCOMPARE(event.visibility, IncidentEvent::Visibility::Public);
            break;
        case IncidentEvent::Kind::Note:
        case IncidentEvent::Kind::StatusReport:
        case IncidentEvent::Kind::StepDone:
        case IncidentEvent::Kind::StepSkipped:
        case IncidentEvent::Kind::PromiseMissed:
            QCOMPARE(event.visibility, IncidentEvent::Visibility::Internal);
            break;
        default:
            break;
        }
    }
    // The checks' own observations are signed by Vigie; people's acts by the person.
    for (const IncidentEvent& event : record->events) {
        if (event.kind == IncidentEvent::Kind::ServiceState)
            QCOMPARE(event.author, QStringLiteral("Vigie"));
        if (event.kind == IncidentEvent::Kind::Note)
            QCOMPARE(event.author, QStringLiteral("Camille"));
    }
    // The first promised update never came (missed); the resolution came before the second one was due, which
    // keeps it.
    QCOMPARE(record->promises.size(), 2);
    QVERIFY(record->promises.at(0).missed);
    QVERIFY(record->promises.at(1).keptAtMs > 0);
}

QTEST_GUILESS_MAIN(TestIncidentTimeline)
#include "tst_incidenttimeline.moc"
