#include "playbook/ChecklistAdherence.h"
#include "playbook/DrillReport.h"
#include "playbook/PlaybookReader.h"

#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kT0 = 1'717'243'200'000; // declared: 2024-06-01 12:00 UTC

ChecklistMark mark(const QString& step, int occurrence, qint64 atMs,
                   ChecklistMark::State state = ChecklistMark::State::Done)
{
    ChecklistMark m;
    m.stepId = step;
    m.occurrence = occurrence;
    m.atMs = atMs;
    m.state = state;
    m.by = QStringLiteral("Camille");
    return m;
}

Incident sev2()
{
    Incident incident;
    incident.id = QStringLiteral("i");
    incident.severity = Severity::Sev2;
    incident.declaredAtMs = kT0;
    incident.moments.startedMs = kT0 - 5 * kMin;
    return incident;
}

const ChecklistAdherence::Step* find(const ChecklistAdherence::Report& report, const QString& id,
                                     int occurrence = 1)
{
    for (const ChecklistAdherence::Step& step : report.steps) {
        if (step.stepId == id && step.occurrence == occurrence)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestChecklistAdherence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesEachStepAgainstItsDueTime()
    {
        // Default playbook, SEV2: internal +5 min, fallback page +10, announce +15, acknowledge +30, updates
        // every hour from declaring.
        Incident incident = sev2();
        incident.marks = {
            mark(QStringLiteral("internal"), 1, kT0 + 3 * kMin),
            mark(QStringLiteral("fallback-page"), 1, kT0 + 12 * kMin, ChecklistMark::State::Skipped),
            mark(QStringLiteral("announce"), 1, kT0 + 20 * kMin),
            mark(QStringLiteral("acknowledge"), 1, kT0 + 25 * kMin),
            mark(QStringLiteral("update"), 1, kT0 + 70 * kMin)};
        // The second update is due an hour after the first was given (T0 + 130 min); now is 10 min past it.
        const ChecklistAdherence::Report report =
            ChecklistAdherence::compute(PlaybookReader::defaultPlaybook(), incident, kT0 + 140 * kMin);

        const auto* internal = find(report, QStringLiteral("internal"));
        QVERIFY(internal);
        QCOMPARE(internal->dueAtMs, kT0 + 5 * kMin);
        QCOMPARE(internal->sinceDeclaredMs, 3 * kMin);
        QCOMPARE(internal->lateByMs, -2 * kMin); // early
        QCOMPARE(internal->markedBy, QStringLiteral("Camille"));

        const auto* announce = find(report, QStringLiteral("announce"));
        QVERIFY(announce);
        QVERIFY(announce->message);
        QCOMPARE(announce->lateByMs, 5 * kMin);

        const auto* fallback = find(report, QStringLiteral("fallback-page"));
        QVERIFY(fallback && fallback->skipped);

        const auto* update1 = find(report, QStringLiteral("update"), 1);
        QVERIFY(update1 && update1->repeating);
        QCOMPARE(update1->dueAtMs, kT0 + 60 * kMin);
        QCOMPARE(update1->lateByMs, 10 * kMin);
        const auto* update2 = find(report, QStringLiteral("update"), 2);
        QVERIFY(update2);
        QCOMPARE(update2->dueAtMs, kT0 + 130 * kMin);
        QVERIFY(update2->overdue);
        QCOMPARE(update2->lateByMs, 10 * kMin);

        // Resolved-anchored steps never became due, maintenance steps do not apply.
        const auto* resolved = find(report, QStringLiteral("resolved"));
        QVERIFY(resolved);
        QCOMPARE(resolved->dueAtMs, 0);
        QVERIFY(!find(report, QStringLiteral("maintenance-notice")));

        // Due: internal, fallback page, announce, acknowledge, update 1 and 2. Late: announce (5), update 1
        // (10) and update 2 (10, still open); the skipped fallback page is not counted as late.
        QCOMPARE(report.dueCount, 6);
        QCOMPARE(report.lateCount, 3);
        QCOMPARE(report.totalLateMs, 25 * kMin);
        QCOMPARE(report.worstLateMs, 10 * kMin);
        QVERIFY(report.hasFirstMessage);
        QVERIFY(report.firstMessageMarked);
        QVERIFY(!report.firstMessageOnTime);
        QCOMPARE(report.firstMessageAfterMs, 20 * kMin);
        QCOMPARE(report.updatesDue, 2);
        QCOMPARE(report.updatesLate, 2);
        QCOMPARE(report.updatesLateTotalMs, 20 * kMin);
    }

    void anAnnouncementOnTimeAndNothingDueYet()
    {
        Incident incident = sev2();
        incident.marks = {mark(QStringLiteral("announce"), 1, kT0 + 14 * kMin)};
        const ChecklistAdherence::Report report = ChecklistAdherence::compute(
            PlaybookReader::defaultPlaybook(), incident, kT0 + 4 * kMin + 14 * kMin);
        QVERIFY(report.firstMessageOnTime);
        QCOMPARE(report.firstMessageAfterMs, 14 * kMin);
        // At T0 + 18 min: internal (+5) and fallback page (+10) are overdue, announce was on time.
        QCOMPARE(report.dueCount, 3);
        QCOMPARE(report.lateCount, 2);
        QCOMPARE(report.totalLateMs, 13 * kMin + 8 * kMin);
        QCOMPARE(report.updatesDue, 0);
    }

    void drillReportTimesEachStep()
    {
        IncidentRecord record;
        record.incident = sev2();
        record.incident.drill = true;
        record.incident.reference = QStringLiteral("INC-12");
        record.incident.title = QStringLiteral("Checkout | payments down");
        record.incident.affected = {AffectedService{1, QStringLiteral("Checkout API"), Impact::MajorOutage}};
        record.incident.marks = {mark(QStringLiteral("announce"), 1, kT0 + 20 * kMin),
                                 mark(QStringLiteral("acknowledge"), 1, kT0 + 25 * kMin)};
        const qint64 now = kT0 + 40 * kMin;
        const QString text = DrillReport::markdown(
            record, ChecklistAdherence::compute(PlaybookReader::defaultPlaybook(), record.incident, now),
            QStringLiteral("en"), QTimeZone::utc(), now);
        QVERIFY2(text.startsWith(QStringLiteral("# Drill report: INC-12 — Checkout \\| payments down\n")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- Declared: 2024-06-01 12:00 (UTC)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- Services: Checkout API")), qPrintable(text));
        // announce: due 12:15, done 12:20 by Camille, 20 min after declaring, 5 min late.
        QVERIFY2(text.contains(
                     QStringLiteral("| 2024-06-01 12:15 | 2024-06-01 12:20 by Camille | 20 min | 5 min |")),
                 qPrintable(text));
        // acknowledge: due 12:30, done 12:25: on time.
        QVERIFY2(text.contains(
                     QStringLiteral("| 2024-06-01 12:30 | 2024-06-01 12:25 by Camille | 25 min | on time |")),
                 qPrintable(text));
        // internal (due 12:05) is still open at 12:40: 35 min late.
        QVERIFY2(text.contains(QStringLiteral("| 2024-06-01 12:05 | not done (overdue) | — | 35 min |")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("- The first message went out late, 20 min after declaring.")),
                 qPrintable(text));
        QCOMPARE(DrillReport::duration(65 * kMin), QStringLiteral("1 h 05 min"));
        QCOMPARE(DrillReport::duration(-3 * kMin), QStringLiteral("-3 min"));
    }

    void anUnsentAnnouncementIsNotOnTime()
    {
        const ChecklistAdherence::Report report =
            ChecklistAdherence::compute(PlaybookReader::defaultPlaybook(), sev2(), kT0 + 40 * kMin);
        QVERIFY(report.hasFirstMessage);
        QVERIFY(!report.firstMessageMarked);
        QVERIFY(!report.firstMessageOnTime);
        QCOMPARE(report.firstMessageAfterMs, -1);
        QCOMPARE(find(report, QStringLiteral("announce"))->lateByMs, 25 * kMin);
    }
};

QTEST_GUILESS_MAIN(TestChecklistAdherence)
#include "tst_checklistadherence.moc"
