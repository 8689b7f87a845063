#include "playbook/ChecklistSchedule.h"

#include <QMap>
#include <QTest>

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
// 2023-11-14 22:13:20 UTC: every time below is this plus a hand-written offset.
constexpr qint64 t0 = 1'700'000'000'000;

using Anchor = PlaybookStep::Anchor;
using State = StepStatus::State;

PlaybookStep step(const QString& id, Anchor from, qint64 offsetMs,
                  PlaybookStep::Scope scope = PlaybookStep::Scope::Incident)
{
    PlaybookStep s;
    s.id = id;
    s.title = LocalizedText(id);
    s.due = PlaybookStep::Due{from, offsetMs};
    s.appliesTo = scope;
    return s;
}

// The shape of the default playbook, written out here so that the expected times do not depend on it.
Playbook testPlaybook()
{
    Playbook playbook;
    playbook.id = QStringLiteral("test");
    playbook.steps.append(step(QStringLiteral("internal"), Anchor::Declared, 5 * minute));
    PlaybookStep fallback = step(QStringLiteral("fallback-page"), Anchor::Declared, 10 * minute);
    fallback.severities = {Severity::Sev1, Severity::Sev2};
    playbook.steps.append(fallback);
    playbook.steps.append(step(QStringLiteral("announce"), Anchor::Declared, 15 * minute));
    playbook.steps.append(step(QStringLiteral("acknowledge"), Anchor::Declared, 30 * minute));
    PlaybookStep update;
    update.id = QStringLiteral("update");
    update.title = LocalizedText(QStringLiteral("Post an update"));
    update.repeat = PlaybookStep::Repeat{{{Severity::Sev1, 30 * minute},
                                          {Severity::Sev2, 60 * minute},
                                          {Severity::Sev3, 2 * hour},
                                          {Severity::Sev4, 4 * hour}}};
    playbook.steps.append(update);
    playbook.steps.append(step(QStringLiteral("resolved"), Anchor::Resolved, 15 * minute));
    playbook.steps.append(step(QStringLiteral("post-mortem"), Anchor::Resolved, 5 * day));
    playbook.steps.append(step(QStringLiteral("follow-up"), Anchor::PreviousStep, 1 * hour));
    const auto maintenance = PlaybookStep::Scope::Maintenance;
    playbook.steps.append(step(QStringLiteral("notice"), Anchor::WindowStart, -48 * hour, maintenance));
    playbook.steps.append(step(QStringLiteral("start"), Anchor::WindowStart, 0, maintenance));
    playbook.steps.append(step(QStringLiteral("end"), Anchor::WindowEnd, 0, maintenance));
    return playbook;
}

Incident incident(Severity severity = Severity::Sev1)
{
    Incident i;
    i.id = QStringLiteral("inc-1");
    i.severity = severity;
    i.declaredAtMs = t0;
    return i;
}

Incident resolvedAt(Incident i, qint64 atMs)
{
    i.status = IncidentStatus::Resolved;
    i.moments.resolvedMs = atMs;
    return i;
}

Incident maintenance()
{
    Incident i = incident(Severity::Sev3);
    i.kind = Incident::Kind::Maintenance;
    i.status = IncidentStatus::Scheduled;
    i.windowStartMs = t0 + 72 * hour;
    i.windowEndMs = t0 + 74 * hour;
    return i;
}

Incident marked(Incident i, const QString& stepId, qint64 atMs, int occurrence = 1,
                ChecklistMark::State state = ChecklistMark::State::Done)
{
    ChecklistMark mark;
    mark.stepId = stepId;
    mark.occurrence = occurrence;
    mark.state = state;
    mark.by = QStringLiteral("Alice");
    mark.atMs = atMs;
    i.marks.append(mark);
    return i;
}

std::optional<StepStatus> find(const QList<StepStatus>& rows, const QString& stepId, int occurrence = 1)
{
    for (const StepStatus& row : rows) {
        if (row.stepId == stepId && row.occurrence == occurrence)
            return row;
    }
    return std::nullopt;
}

int occurrences(const QList<StepStatus>& rows, const QString& stepId)
{
    int count = 0;
    for (const StepStatus& row : rows)
        count += row.stepId == stepId ? 1 : 0;
    return count;
}

} // namespace

class TestChecklistSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueTimePerAnchor_data();
    void dueTimePerAnchor();
    void stateAtNow_data();
    void stateAtNow();
    void cadenceBySeverity_data();
    void cadenceBySeverity();
    void severityChangeCountsFromTheLastUpdate();
    void promiseOverridesCadence_data();
    void promiseOverridesCadence();
    void repeatingOccurrences();
    void becameDueFiresOncePerOccurrence();
    void becameDueSkipsTickedSteps();
    void resolutionStopsUpdatesAndStartsResolvedSteps();
    void maintenanceNoticeComesBeforeTheWindow();
    void notApplicable_data();
    void notApplicable();
    void nextStep_data();
    void nextStep();
};

void TestChecklistSchedule::dueTimePerAnchor_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<qint64>("due");
    QTest::addColumn<State>("state");

    QTest::newRow("declared + 5m") << incident() << QStringLiteral("internal") << t0 + 300'000
                                   << State::DueSoon;
    QTest::newRow("declared + 15m") << incident() << QStringLiteral("announce") << t0 + 900'000
                                    << State::Pending;
    QTest::newRow("declared + 30m") << incident() << QStringLiteral("acknowledge") << t0 + 1'800'000
                                    << State::Pending;
    QTest::newRow("resolved while open")
        << incident() << QStringLiteral("resolved") << qint64(0) << State::Waiting;
    QTest::newRow("resolved + 15m") << resolvedAt(incident(), t0 + 2 * hour) << QStringLiteral("resolved")
                                    << t0 + 8'100'000 << State::Pending;
    QTest::newRow("resolved + 5 days") << resolvedAt(incident(), t0 + 2 * hour)
                                       << QStringLiteral("post-mortem") << t0 + 439'200'000 << State::Pending;
    QTest::newRow("previous step not ticked") << resolvedAt(incident(), t0 + 2 * hour)
                                              << QStringLiteral("follow-up") << qint64(0) << State::Waiting;
    QTest::newRow("previous step ticked + 1h")
        << marked(resolvedAt(incident(), t0 + 2 * hour), QStringLiteral("post-mortem"), t0 + 3 * day)
        << QStringLiteral("follow-up") << t0 + 262'800'000 << State::Pending;
    QTest::newRow("previous step skipped + 1h")
        << marked(resolvedAt(incident(), t0 + 1 * hour), QStringLiteral("post-mortem"), t0 + 2 * hour, 1,
                  ChecklistMark::State::Skipped)
        << QStringLiteral("follow-up") << t0 + 10'800'000 << State::Pending;
    QTest::newRow("window start - 48h")
        << maintenance() << QStringLiteral("notice") << t0 + 86'400'000 << State::Pending;
    QTest::newRow("window start") << maintenance() << QStringLiteral("start") << t0 + 259'200'000
                                  << State::Pending;
    QTest::newRow("window end") << maintenance() << QStringLiteral("end") << t0 + 266'400'000
                                << State::Pending;
}

void TestChecklistSchedule::dueTimePerAnchor()
{
    QFETCH(Incident, incident);
    QFETCH(QString, stepId);
    QFETCH(qint64, due);
    QFETCH(State, state);

    const ChecklistSchedule schedule(testPlaybook(), incident);
    const std::optional<StepStatus> row = find(schedule.statuses(t0 + 1 * minute), stepId);
    QVERIFY(row);
    QCOMPARE(row->dueAtMs, due);
    QCOMPARE(row->state, state);
}

void TestChecklistSchedule::stateAtNow_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<State>("state");

    // "announce" is due at t0 + 15m.
    QTest::newRow("well before") << incident() << t0 + 5 * minute << State::Pending;
    QTest::newRow("5m01s before") << incident() << t0 + 9 * minute + 59'000 << State::Pending;
    QTest::newRow("5m before") << incident() << t0 + 10 * minute << State::DueSoon;
    QTest::newRow("1ms before") << incident() << t0 + 15 * minute - 1 << State::DueSoon;
    QTest::newRow("at the due time") << incident() << t0 + 15 * minute << State::Overdue;
    QTest::newRow("an hour late") << incident() << t0 + 75 * minute << State::Overdue;
    QTest::newRow("ticked before due") << marked(incident(), QStringLiteral("announce"), t0 + 12 * minute)
                                       << t0 + 75 * minute << State::Done;
    QTest::newRow("ticked late") << marked(incident(), QStringLiteral("announce"), t0 + 40 * minute)
                                 << t0 + 75 * minute << State::Done;
    QTest::newRow("skipped") << marked(incident(), QStringLiteral("announce"), t0, 1,
                                       ChecklistMark::State::Skipped)
                             << t0 + 75 * minute << State::Skipped;
    QTest::newRow("another step ticked") << marked(incident(), QStringLiteral("internal"), t0 + 2 * minute)
                                         << t0 + 20 * minute << State::Overdue;
}

void TestChecklistSchedule::stateAtNow()
{
    QFETCH(Incident, incident);
    QFETCH(qint64, now);
    QFETCH(State, state);

    const std::optional<StepStatus> row =
        find(ChecklistSchedule(testPlaybook(), incident).statuses(now), QStringLiteral("announce"));
    QVERIFY(row);
    QCOMPARE(row->dueAtMs, t0 + 15 * minute);
    QCOMPARE(row->state, state);
    QCOMPARE(row->mark.has_value(), state == State::Done || state == State::Skipped);
}

void TestChecklistSchedule::cadenceBySeverity_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<qint64>("firstUpdate");
    QTest::addColumn<qint64>("secondUpdate"); // when the first is ticked at t0 + 10m

    QTest::newRow("SEV1 every 30m") << Severity::Sev1 << t0 + 1'800'000 << t0 + 2'400'000;
    QTest::newRow("SEV2 every 60m") << Severity::Sev2 << t0 + 3'600'000 << t0 + 4'200'000;
    QTest::newRow("SEV3 every 2h") << Severity::Sev3 << t0 + 7'200'000 << t0 + 7'800'000;
    QTest::newRow("SEV4 every 4h") << Severity::Sev4 << t0 + 14'400'000 << t0 + 15'000'000;
}

void TestChecklistSchedule::cadenceBySeverity()
{
    QFETCH(Severity, severity);
    QFETCH(qint64, firstUpdate);
    QFETCH(qint64, secondUpdate);

    const qint64 now = t0 + 1 * minute;
    const ChecklistSchedule fresh(testPlaybook(), incident(severity));
    QCOMPARE(fresh.nextUpdateDueMs(now), firstUpdate);
    QCOMPARE(find(fresh.statuses(now), QStringLiteral("update"))->dueAtMs, firstUpdate);
    QCOMPARE(occurrences(fresh.statuses(now), QStringLiteral("update")), 1);

    const Incident ticked = marked(incident(severity), QStringLiteral("update"), t0 + 10 * minute);
    const ChecklistSchedule after(testPlaybook(), ticked);
    QCOMPARE(after.nextUpdateDueMs(t0 + 11 * minute), secondUpdate);
    const QList<StepStatus> rows = after.statuses(t0 + 11 * minute);
    QCOMPARE(occurrences(rows, QStringLiteral("update")), 2);
    QCOMPARE(find(rows, QStringLiteral("update"), 1)->state, State::Done);
    QCOMPARE(find(rows, QStringLiteral("update"), 2)->dueAtMs, secondUpdate);
}

void TestChecklistSchedule::severityChangeCountsFromTheLastUpdate()
{
    // Declared SEV1, first update ticked at t0 + 25m; then lowered to SEV3 (every 2h): next at t0 + 2h25m.
    Incident lowered = marked(incident(Severity::Sev1), QStringLiteral("update"), t0 + 25 * minute);
    lowered.severity = Severity::Sev3;
    const ChecklistSchedule schedule(testPlaybook(), lowered);
    QCOMPARE(schedule.nextUpdateDueMs(t0 + 40 * minute), t0 + 8'700'000);
    QCOMPARE(find(schedule.statuses(t0 + 40 * minute), QStringLiteral("update"), 2)->dueAtMs, t0 + 8'700'000);

    // Raised to SEV1 after a SEV4 update at t0 + 1h: next at t0 + 1h30m, already overdue at t0 + 2h.
    Incident raised = marked(incident(Severity::Sev4), QStringLiteral("update"), t0 + 1 * hour);
    raised.severity = Severity::Sev1;
    const ChecklistSchedule urgent(testPlaybook(), raised);
    QCOMPARE(urgent.nextUpdateDueMs(t0 + 2 * hour), t0 + 5'400'000);
    QCOMPARE(find(urgent.statuses(t0 + 2 * hour), QStringLiteral("update"), 2)->state, State::Overdue);
}

void TestChecklistSchedule::promiseOverridesCadence_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<qint64>("next");

    // SEV2: every hour.
    Incident earlier = incident(Severity::Sev2);
    earlier.nextUpdateDueMs = t0 + 20 * minute;
    QTest::newRow("promised earlier than the cadence") << earlier << t0 + 1'200'000;

    Incident later = incident(Severity::Sev2);
    later.nextUpdateDueMs = t0 + 90 * minute;
    QTest::newRow("promised later: the cadence wins") << later << t0 + 3'600'000;

    Incident stale = marked(incident(Severity::Sev2), QStringLiteral("update"), t0 + 15 * minute);
    stale.nextUpdateDueMs = t0 + 10 * minute;
    QTest::newRow("promise kept before the last update") << stale << t0 + 4'500'000;

    Incident afterTick = marked(incident(Severity::Sev2), QStringLiteral("update"), t0 + 15 * minute);
    afterTick.nextUpdateDueMs = t0 + 45 * minute;
    QTest::newRow("promise made with the last update") << afterTick << t0 + 2'700'000;
}

void TestChecklistSchedule::promiseOverridesCadence()
{
    QFETCH(Incident, incident);
    QFETCH(qint64, next);

    const ChecklistSchedule schedule(testPlaybook(), incident);
    QCOMPARE(schedule.nextUpdateDueMs(t0 + 16 * minute), next);
    const QList<StepStatus> rows = schedule.statuses(t0 + 16 * minute);
    const int open = occurrences(rows, QStringLiteral("update"));
    QCOMPARE(find(rows, QStringLiteral("update"), open)->dueAtMs, next);
    QVERIFY(!find(rows, QStringLiteral("update"), open)->mark);
}

void TestChecklistSchedule::repeatingOccurrences()
{
    // SEV1 (30m): #1 ticked at t0 + 28m, then nobody ticks; looked at t0 + 1h40m.
    const Incident i = marked(incident(Severity::Sev1), QStringLiteral("update"), t0 + 28 * minute);
    const ChecklistSchedule schedule(testPlaybook(), i);
    const qint64 now = t0 + 100 * minute;
    const QList<StepStatus> rows = schedule.statuses(now);
    QCOMPARE(occurrences(rows, QStringLiteral("update")), 4);
    const struct
    {
        int occurrence;
        qint64 due;
        State state;
    } expected[] = {
        {1, t0 + 1'800'000, State::Done},    // 30m
        {2, t0 + 3'480'000, State::Overdue}, // 28m + 30m
        {3, t0 + 5'280'000, State::Overdue}, // missed #2's due time + 30m
        {4, t0 + 7'080'000, State::Pending}, // + 30m, 18 minutes ahead
    };
    for (const auto& e : expected) {
        const std::optional<StepStatus> row = find(rows, QStringLiteral("update"), e.occurrence);
        QVERIFY(row);
        QCOMPARE(row->dueAtMs, e.due);
        QCOMPARE(row->state, e.state);
    }
    QCOMPARE(find(rows, QStringLiteral("update"), 1)->mark->by, QStringLiteral("Alice"));
    // The countdown shows the first update not given, late as it is.
    QCOMPARE(schedule.nextUpdateDueMs(now), t0 + 3'480'000);

    // Ticking #2 late (at t0 + 1h35m) and skipping #3 moves the chain on from the last mark.
    Incident caughtUp = marked(i, QStringLiteral("update"), t0 + 95 * minute, 2);
    caughtUp = marked(caughtUp, QStringLiteral("update"), t0 + 96 * minute, 3, ChecklistMark::State::Skipped);
    const QList<StepStatus> later = ChecklistSchedule(testPlaybook(), caughtUp).statuses(now);
    QCOMPARE(find(later, QStringLiteral("update"), 3)->state, State::Skipped);
    QCOMPARE(find(later, QStringLiteral("update"), 3)->dueAtMs, t0 + 7'500'000); // 95m + 30m
    QCOMPARE(find(later, QStringLiteral("update"), 4)->dueAtMs, t0 + 7'560'000); // 96m + 30m
    QCOMPARE(occurrences(later, QStringLiteral("update")), 4);
}

void TestChecklistSchedule::becameDueFiresOncePerOccurrence()
{
    const ChecklistSchedule schedule(testPlaybook(), incident(Severity::Sev1));
    QMap<QString, int> fired; // "step#occurrence" -> times
    QMap<QString, qint64> firedAt;
    qint64 previous = t0;
    // One look every 20 seconds for two hours and a minute; bounded by construction.
    for (qint64 now = t0 + 20'000; now <= t0 + 121 * minute; now += 20'000) {
        for (const StepStatus& row : schedule.becameDue(previous, now)) {
            const QString key = row.stepId + QLatin1Char('#') + QString::number(row.occurrence);
            ++fired[key];
            firedAt[key] = now;
            QVERIFY(row.dueAtMs > previous && row.dueAtMs <= now);
            QCOMPARE(row.state, State::Overdue);
        }
        previous = now;
    }
    const QMap<QString, qint64> expected = {
        {QStringLiteral("internal#1"), t0 + 300'000}, {QStringLiteral("fallback-page#1"), t0 + 600'000},
        {QStringLiteral("announce#1"), t0 + 900'000}, {QStringLiteral("acknowledge#1"), t0 + 1'800'000},
        {QStringLiteral("update#1"), t0 + 1'800'000}, {QStringLiteral("update#2"), t0 + 3'600'000},
        {QStringLiteral("update#3"), t0 + 5'400'000}, {QStringLiteral("update#4"), t0 + 7'200'000},
    };
    QCOMPARE(firedAt, expected);
    for (auto it = fired.cbegin(); it != fired.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
}

void TestChecklistSchedule::becameDueSkipsTickedSteps()
{
    Incident i = marked(incident(Severity::Sev3), QStringLiteral("announce"), t0 + 12 * minute);
    const ChecklistSchedule schedule(testPlaybook(), i);
    const QList<StepStatus> fired = schedule.becameDue(t0 + 14 * minute, t0 + 31 * minute);
    QStringList ids;
    for (const StepStatus& row : fired)
        ids.append(row.stepId);
    QCOMPARE(ids, QStringList({QStringLiteral("acknowledge")})); // SEV3: no fallback page; update at 2h
    QVERIFY(schedule.becameDue(t0 + 31 * minute, t0 + 31 * minute).isEmpty());
}

void TestChecklistSchedule::resolutionStopsUpdatesAndStartsResolvedSteps()
{
    // SEV1: #1 ticked at t0 + 30m, #2 (due t0 + 1h) missed, resolved at t0 + 1h10m.
    Incident i = marked(incident(Severity::Sev1), QStringLiteral("update"), t0 + 30 * minute);
    i = resolvedAt(i, t0 + 70 * minute);
    const ChecklistSchedule schedule(testPlaybook(), i);
    const qint64 now = t0 + 80 * minute;
    const QList<StepStatus> rows = schedule.statuses(now);
    QCOMPARE(occurrences(rows, QStringLiteral("update")), 2); // #3 would be due at t0 + 1h30m, after it
    QCOMPARE(find(rows, QStringLiteral("update"), 2)->state, State::Overdue);
    QCOMPARE(schedule.nextUpdateDueMs(now), 0);

    const std::optional<StepStatus> resolved = find(rows, QStringLiteral("resolved"));
    QCOMPARE(resolved->dueAtMs, t0 + 5'100'000); // 70m + 15m
    QCOMPARE(resolved->state, State::DueSoon);
    QCOMPARE(find(rows, QStringLiteral("post-mortem"))->dueAtMs, t0 + 436'200'000); // 70m + 5 days

    // Nothing more comes due on updates, however long one waits; the resolved step does, once.
    const QList<StepStatus> fired = schedule.becameDue(now, t0 + 10 * hour);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().stepId, QStringLiteral("resolved"));
}

void TestChecklistSchedule::maintenanceNoticeComesBeforeTheWindow()
{
    const ChecklistSchedule schedule(testPlaybook(), maintenance());
    // The window starts at t0 + 72h: the notice is due at t0 + 24h.
    QCOMPARE(find(schedule.statuses(t0 + 23 * hour), QStringLiteral("notice"))->state, State::Pending);
    QCOMPARE(find(schedule.statuses(t0 + 25 * hour), QStringLiteral("notice"))->state, State::Overdue);
    const QList<StepStatus> fired = schedule.becameDue(t0 + 23 * hour, t0 + 25 * hour);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().stepId, QStringLiteral("notice"));
    QCOMPARE(fired.first().dueAtMs, t0 + 86'400'000);
    QCOMPARE(schedule.nextStep(t0)->stepId, QStringLiteral("notice"));
    QCOMPARE(schedule.nextUpdateDueMs(t0), 0); // the updates are for incidents
}

void TestChecklistSchedule::notApplicable_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<bool>("applies");

    QTest::newRow("fallback page on SEV1")
        << incident(Severity::Sev1) << QStringLiteral("fallback-page") << true;
    QTest::newRow("fallback page on SEV2")
        << incident(Severity::Sev2) << QStringLiteral("fallback-page") << true;
    QTest::newRow("fallback page on SEV3")
        << incident(Severity::Sev3) << QStringLiteral("fallback-page") << false;
    QTest::newRow("fallback page on SEV4")
        << incident(Severity::Sev4) << QStringLiteral("fallback-page") << false;
    QTest::newRow("announce on a maintenance") << maintenance() << QStringLiteral("announce") << false;
    QTest::newRow("updates on a maintenance") << maintenance() << QStringLiteral("update") << false;
    QTest::newRow("notice on an incident") << incident() << QStringLiteral("notice") << false;
    QTest::newRow("notice on a maintenance") << maintenance() << QStringLiteral("notice") << true;
}

void TestChecklistSchedule::notApplicable()
{
    QFETCH(Incident, incident);
    QFETCH(QString, stepId);
    QFETCH(bool, applies);

    const ChecklistSchedule schedule(testPlaybook(), incident);
    const QList<StepStatus> rows = schedule.statuses(t0 + 2 * day);
    QCOMPARE(find(rows, stepId)->state == State::NotApplicable, !applies);
    QCOMPARE(occurrences(rows, stepId), 1);
    bool fires = false;
    for (const StepStatus& row : schedule.becameDue(t0, t0 + 4 * day))
        fires = fires || row.stepId == stepId;
    QCOMPARE(fires, applies);
}

void TestChecklistSchedule::nextStep_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("stepId");
    QTest::addColumn<int>("occurrence");

    QTest::newRow("first minute") << incident() << t0 + 1 * minute << QStringLiteral("internal") << 1;
    QTest::newRow("overdue first") << incident() << t0 + 20 * minute << QStringLiteral("internal") << 1;
    Incident started = marked(incident(Severity::Sev3), QStringLiteral("internal"), t0 + 3 * minute);
    QTest::newRow("SEV3 skips the fallback page")
        << started << t0 + 4 * minute << QStringLiteral("announce") << 1;
    started = marked(started, QStringLiteral("announce"), t0 + 14 * minute);
    started = marked(started, QStringLiteral("acknowledge"), t0 + 29 * minute);
    QTest::newRow("the update before waiting steps")
        << started << t0 + 30 * minute << QStringLiteral("update") << 1;
    Incident done = resolvedAt(marked(started, QStringLiteral("update"), t0 + 50 * minute), t0 + 60 * minute);
    QTest::newRow("once resolved") << done << t0 + 61 * minute << QStringLiteral("resolved") << 1;
}

void TestChecklistSchedule::nextStep()
{
    QFETCH(Incident, incident);
    QFETCH(qint64, now);
    QFETCH(QString, stepId);
    QFETCH(int, occurrence);

    const std::optional<StepStatus> next = ChecklistSchedule(testPlaybook(), incident).nextStep(now);
    QVERIFY(next);
    QCOMPARE(next->stepId, stepId);
    QCOMPARE(next->occurrence, occurrence);
}

QTEST_GUILESS_MAIN(TestChecklistSchedule)
#include "tst_checklistschedule.moc"
