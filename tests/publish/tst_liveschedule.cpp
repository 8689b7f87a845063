#include "publish/live/LiveSchedule.h"

#include <QTest>

// The backoff of "Verify live": soon, then less often, capped, and an end both in time and in checks.
class TestLiveSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultDelays_data();
    void defaultDelays();
    void givesUp_data();
    void givesUp();
    void shortenedForTests();
    void repairsNonsenseOptions();
    void theDefaultLoopIsBounded();
};

void TestLiveSchedule::defaultDelays_data()
{
    QTest::addColumn<int>("checks");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("after the first") << 1 << qint64(5'000);
    QTest::newRow("second") << 2 << qint64(10'000);
    QTest::newRow("third") << 3 << qint64(20'000);
    QTest::newRow("fourth") << 4 << qint64(40'000);
    QTest::newRow("fifth") << 5 << qint64(80'000);
    QTest::newRow("capped") << 6 << qint64(120'000);
    QTest::newRow("stays capped") << 30 << qint64(120'000);
    QTest::newRow("no overflow") << 100'000 << qint64(120'000);
    QTest::newRow("before any") << 0 << qint64(5'000);
}

void TestLiveSchedule::defaultDelays()
{
    QFETCH(int, checks);
    QFETCH(qint64, delayMs);
    QCOMPARE(LiveSchedule().delayAfter(checks), delayMs);
}

void TestLiveSchedule::givesUp_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("checks");
    QTest::addColumn<bool>("givesUp");
    QTest::newRow("just sent") << qint64(0) << 1 << false;
    QTest::newRow("29 min") << qint64(29 * 60'000) << 12 << false;
    QTest::newRow("30 min") << qint64(30 * 60'000) << 12 << true;
    QTest::newRow("a day") << qint64(86'400'000) << 1 << true;
    QTest::newRow("39 checks") << qint64(60'000) << 39 << false;
    QTest::newRow("40 checks, whatever the clock") << qint64(60'000) << 40 << true;
    QTest::newRow("clock gone backwards") << qint64(-3'600'000) << 3 << false;
}

void TestLiveSchedule::givesUp()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(int, checks);
    QFETCH(bool, givesUp);
    const qint64 sent = 1'700'000'000'000;
    QCOMPARE(LiveSchedule().givesUp(sent, sent + elapsedMs, checks), givesUp);
}

void TestLiveSchedule::shortenedForTests()
{
    LiveSchedule::Options options;
    options.firstDelayMs = 10;
    options.factor = 3.0;
    options.maxDelayMs = 50;
    options.giveUpAfterMs = 1'000;
    options.maxChecks = 5;
    const LiveSchedule schedule(options);
    QCOMPARE(schedule.delayAfter(1), qint64(10));
    QCOMPARE(schedule.delayAfter(2), qint64(30));
    QCOMPARE(schedule.delayAfter(3), qint64(50));
    QVERIFY(!schedule.givesUp(0, 999, 4));
    QVERIFY(schedule.givesUp(0, 1'000, 1));
    QVERIFY(schedule.givesUp(0, 10, 5));
}

void TestLiveSchedule::repairsNonsenseOptions()
{
    LiveSchedule::Options options;
    options.firstDelayMs = -5;
    options.factor = 0.5; // would shrink the waits into a busy loop
    options.maxDelayMs = 0;
    options.maxChecks = 0;
    const LiveSchedule schedule(options);
    QCOMPARE(schedule.delayAfter(1), qint64(1));
    QVERIFY(schedule.delayAfter(10) >= schedule.delayAfter(1));
    QCOMPARE(schedule.options().factor, 1.0);
    QVERIFY(schedule.givesUp(0, 0, 1)); // at least one check, never an endless loop
}

void TestLiveSchedule::theDefaultLoopIsBounded()
{
    // Walking the default schedule on its own clock ends before 30 minutes and 40 checks.
    const LiveSchedule schedule;
    qint64 now = 0;
    int checks = 1;
    while (!schedule.givesUp(0, now, checks)) {
        now += schedule.delayAfter(checks);
        ++checks;
        QVERIFY(checks <= 40);
    }
    QVERIFY2(checks >= 15 && checks <= 40, qPrintable(QString::number(checks)));
    QVERIFY(now >= 30 * 60'000);
}

QTEST_GUILESS_MAIN(TestLiveSchedule)
#include "tst_liveschedule.moc"
