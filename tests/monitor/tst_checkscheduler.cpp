#include "monitor/CheckScheduler.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <vector>

class TestCheckScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spreadsServicesOverTheInterval_data();
    void spreadsServicesOverTheInterval();
    void firstRoundIsSpreadOverTheStartupWindow();
    void boundsChecksInFlight();
    void neverRunsAServiceTwiceAtOnce();
    void runNowAndRemove();
    void slackFollowsTheShortestInterval_data();
    void slackFollowsTheShortestInterval();
    void slackKeepsChecksOnTheirSlots();
};

namespace {

// Runs every due check at once (finishing it immediately) while stepping time 1 ms at a time up to endMs;
// returns the start times per service.
std::vector<std::vector<qint64>> simulate(CheckScheduler& scheduler, int services, qint64 endMs)
{
    std::vector<std::vector<qint64>> starts(size_t(services) + 1);
    for (qint64 t = 0; t <= endMs; ++t) {
        while (const std::optional<qint64> id = scheduler.takeDue(t)) {
            starts[size_t(*id)].push_back(t);
            scheduler.finished(*id);
        }
    }
    return starts;
}

} // namespace

void TestCheckScheduler::spreadsServicesOverTheInterval_data()
{
    QTest::addColumn<int>("services");
    QTest::addColumn<qint64>("intervalMs");
    QTest::newRow("10 services every 10 s") << 10 << qint64(10'000);
    QTest::newRow("100 services every 10 s") << 100 << qint64(10'000);
    QTest::newRow("50 services every 60 s") << 50 << qint64(60'000);
}

void TestCheckScheduler::spreadsServicesOverTheInterval()
{
    QFETCH(int, services);
    QFETCH(qint64, intervalMs);
    CheckScheduler scheduler(services, 1'000);
    for (int id = 1; id <= services; ++id)
        scheduler.upsert(id, intervalMs, 0);
    const auto starts = simulate(scheduler, services, 3 * intervalMs);

    // In steady state (third run) each service keeps its own offset within the interval.
    QSet<qint64> offsets;
    std::vector<qint64> sorted;
    for (int id = 1; id <= services; ++id) {
        QVERIFY2(starts[size_t(id)].size() >= 3, qPrintable(QString::number(id)));
        const qint64 second = starts[size_t(id)][1];
        const qint64 third = starts[size_t(id)][2];
        QCOMPARE(third - second, intervalMs);
        offsets.insert(third % intervalMs);
        sorted.push_back(third % intervalMs);
    }
    QCOMPARE(offsets.size(), services);
    // No crowding: the largest gap between neighbouring offsets stays well under what firing together
    // would give, i.e. the services really cover the interval.
    std::sort(sorted.begin(), sorted.end());
    qint64 largestGap = sorted.front() + intervalMs - sorted.back();
    for (size_t i = 1; i < sorted.size(); ++i)
        largestGap = std::max(largestGap, sorted[i] - sorted[i - 1]);
    QVERIFY2(largestGap <= 3 * intervalMs / services, qPrintable(QString::number(largestGap)));
}

void TestCheckScheduler::firstRoundIsSpreadOverTheStartupWindow()
{
    CheckScheduler scheduler(100, 2'000);
    QSet<qint64> firstDue;
    for (int id = 1; id <= 20; ++id) {
        scheduler.upsert(id, 60'000, 1'000);
        const qint64 due = *scheduler.dueMsOf(id);
        QVERIFY(due >= 1'000 && due < 3'000);
        firstDue.insert(due);
    }
    QCOMPARE(firstDue.size(), 20);
    scheduler.upsert(99, 60'000, 1'000, true);
    QCOMPARE(*scheduler.dueMsOf(99), 1'000);
}

void TestCheckScheduler::boundsChecksInFlight()
{
    CheckScheduler scheduler(3, 0);
    for (int id = 1; id <= 5; ++id)
        scheduler.upsert(id, 10'000, 0, true);
    QList<qint64> started;
    while (const std::optional<qint64> id = scheduler.takeDue(0))
        started.append(*id);
    QCOMPARE(started.size(), 3);
    QCOMPARE(scheduler.inFlight(), 3);
    QVERIFY(!scheduler.hasFreeSlot());
    scheduler.finished(started.first());
    const std::optional<qint64> next = scheduler.takeDue(1);
    QVERIFY(next.has_value());
    QVERIFY(!started.contains(*next));
}

void TestCheckScheduler::neverRunsAServiceTwiceAtOnce()
{
    CheckScheduler scheduler(10, 0);
    scheduler.upsert(1, 1'000, 0, true);
    QCOMPARE(scheduler.takeDue(0), std::optional<qint64>(1));
    // Still running through several intervals: the runs that fall due meanwhile are skipped.
    QCOMPARE(scheduler.takeDue(5'000), std::nullopt);
    scheduler.runNow(1, 5'000);
    QCOMPARE(scheduler.takeDue(5'000), std::nullopt);
    scheduler.finished(1);
    const qint64 next = *scheduler.nextDueMs();
    QVERIFY(next > 5'000 && next <= 6'000);
    QCOMPARE(scheduler.takeDue(next), std::optional<qint64>(1));
}

void TestCheckScheduler::runNowAndRemove()
{
    CheckScheduler scheduler(10, 0);
    scheduler.upsert(7, 60'000, 0);
    scheduler.upsert(8, 60'000, 0);
    while (scheduler.takeDue(0)) {
    }
    scheduler.finished(7);
    scheduler.finished(8);
    scheduler.runNow(7, 100);
    QCOMPARE(scheduler.takeDue(100), std::optional<qint64>(7));
    scheduler.remove(7);
    QCOMPARE(scheduler.inFlight(), 0);
    QCOMPARE(scheduler.size(), 1);
    QVERIFY(*scheduler.nextDueMs() > 100);
}

void TestCheckScheduler::slackFollowsTheShortestInterval_data()
{
    QTest::addColumn<QList<qint64>>("intervals"); // service i + 1 at intervals[i]
    QTest::addColumn<qint64>("capMs");
    QTest::addColumn<qint64>("slackMs");
    QTest::newRow("nothing scheduled") << QList<qint64>{} << qint64(2000) << qint64(0);
    QTest::newRow("10 s: capped at 2 s") << QList<qint64>{10'000, 10'000} << qint64(2000) << qint64(2000);
    QTest::newRow("a 3 s service: 600 ms")
        << QList<qint64>{10'000, 3'000, 60'000} << qint64(2000) << qint64(600);
    QTest::newRow("1 s: 200 ms") << QList<qint64>{1'000} << qint64(2000) << qint64(200);
    QTest::newRow("a smaller cap wins") << QList<qint64>{60'000} << qint64(500) << qint64(500);
}

void TestCheckScheduler::slackFollowsTheShortestInterval()
{
    QFETCH(QList<qint64>, intervals);
    QFETCH(qint64, capMs);
    QFETCH(qint64, slackMs);
    CheckScheduler scheduler(8, 1'000);
    for (qsizetype i = 0; i < intervals.size(); ++i)
        scheduler.upsert(i + 1, intervals.at(i), 0);
    QCOMPARE(scheduler.slackMs(capMs), slackMs);
}

void TestCheckScheduler::slackKeepsChecksOnTheirSlots()
{
    CheckScheduler scheduler(64, 1'000);
    for (qint64 id = 1; id <= 20; ++id)
        scheduler.upsert(id, 10'000, 0);
    scheduler.upsert(99, 2'000, 0);
    QCOMPARE(scheduler.slackMs(2000), 400);
    scheduler.upsert(99, 30'000, 0); // its interval changed: the 2 s one is forgotten
    QCOMPARE(scheduler.slackMs(2000), 2000);
    scheduler.remove(99);

    // Wake up every 700 ms and start what is due within the slack, as the engine does.
    const qint64 slack = scheduler.slackMs(2000);
    std::vector<std::vector<qint64>> starts(21);
    std::vector<std::vector<qint64>> slots(21);
    for (qint64 t = 0; t <= 200'000; t += 700) {
        while (true) {
            const std::optional<qint64> next = scheduler.nextDueMs();
            const std::optional<qint64> id = scheduler.takeDue(t + slack);
            if (!id)
                break;
            starts[size_t(*id)].push_back(t);
            slots[size_t(*id)].push_back(*next);
            scheduler.finished(*id);
        }
    }
    for (qint64 id = 1; id <= 20; ++id) {
        const auto& s = starts[size_t(id)];
        // About 20 runs in 200 s: the slack never adds or drops a run.
        QVERIFY2(s.size() >= 19 && s.size() <= 21, qPrintable(QString::number(s.size())));
        // From the second run on (the first round is spread over the start-up window, then runs join their
        // slot).
        for (size_t k = 2; k < s.size(); ++k) {
            const qint64 gap = s[k] - s[k - 1];
            QVERIFY2(gap >= 10'000 - slack - 700 && gap <= 10'000 + slack + 700,
                     qPrintable(QString::number(gap)));
        }
        // Never later than one wake-up after its slot, never earlier than the slack before it.
        for (size_t k = 1; k < s.size(); ++k) {
            const qint64 slot = slots[size_t(id)][k];
            QVERIFY(s[k] >= slot - slack);
            QVERIFY(s[k] <= slot + 700);
        }
    }
}

QTEST_GUILESS_MAIN(TestCheckScheduler)
#include "tst_checkscheduler.moc"
