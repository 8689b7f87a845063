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

QTEST_GUILESS_MAIN(TestCheckScheduler)
#include "tst_checkscheduler.moc"
