#include "store/RollupAccumulator.h"

#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 M0 = 1'700'000'040'000; // a minute boundary (divisible by 60000)

CheckResult result(qint64 serviceId, qint64 startedAtMs, qint32 totalUs,
                   CheckResult::Outcome outcome = CheckResult::Outcome::Up)
{
    CheckResult r;
    r.serviceId = serviceId;
    r.startedAtMs = startedAtMs;
    r.totalUs = totalUs;
    r.outcome = outcome;
    return r;
}

} // namespace

class TestRollupAccumulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minuteOf_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<qint64>("minute");
        QTest::newRow("on the boundary") << M0 << M0;
        QTest::newRow("last ms of the minute") << M0 + Minute - 1 << M0;
        QTest::newRow("first ms of the next") << M0 + Minute << M0 + Minute;
        QTest::newRow("negative time") << qint64(-1) << -Minute;
    }

    void minuteOf()
    {
        QFETCH(qint64, ms);
        QFETCH(qint64, minute);
        QCOMPARE(RollupAccumulator::minuteOf(ms), minute);
    }

    void aggregate_data()
    {
        QTest::addColumn<QList<qint32>>("latenciesUs");
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("avg");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("p95");

        QTest::newRow("one result") << QList<qint32>{12'500} << 0 << 12.5 << 12.5 << 12.5 << 12.5;
        QList<qint32> twenty;
        for (int ms = 20; ms >= 1; --ms)
            twenty.append(ms * 1000); // unsorted on purpose
        // nearest rank: ceil(0.95 * 20) = 19th smallest
        QTest::newRow("twenty results") << twenty << 0 << 1.0 << 10.5 << 20.0 << 19.0;
        QList<qint32> hundred;
        for (int ms = 1; ms <= 100; ++ms)
            hundred.append(ms * 1000);
        QTest::newRow("hundred results") << hundred << 0 << 1.0 << 50.5 << 100.0 << 95.0;
        QTest::newRow("all failed") << QList<qint32>{} << 3 << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("failures excluded from latency")
            << QList<qint32>{2000, 4000} << 5 << 2.0 << 3.0 << 4.0 << 4.0;
    }

    void aggregate()
    {
        QFETCH(QList<qint32>, latenciesUs);
        QFETCH(int, failures);
        const RollupPoint p =
            RollupAccumulator::aggregate(M0, int(latenciesUs.size()) + failures, failures, latenciesUs);
        QCOMPARE(p.minuteMs, M0);
        QCOMPARE(p.count, int(latenciesUs.size()) + failures);
        QCOMPARE(p.failures, failures);
        QTEST(p.minMs, "min");
        QTEST(p.avgMs, "avg");
        QTEST(p.maxMs, "max");
        QTEST(p.p95Ms, "p95");
    }

    void closesAMinuteWhenTheNextStarts()
    {
        RollupAccumulator acc;
        QVERIFY(acc.add(result(1, M0 + 10, 1000)).isEmpty());
        QVERIFY(acc.add(result(1, M0 + 20, 3000, CheckResult::Outcome::Down)).isEmpty());
        QVERIFY(acc.add(result(2, M0 + 30, 5000)).isEmpty());
        QCOMPARE(acc.oldestOpenMinute(), M0);
        const QList<RollupRow> closed = acc.add(result(1, M0 + Minute, 2000));
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().serviceId, qint64(1));
        QCOMPARE(closed.first().point.minuteMs, M0);
        QCOMPARE(closed.first().point.count, 2);
        QCOMPARE(closed.first().point.failures, 1);
        QCOMPARE(closed.first().point.maxMs, 1.0);
        QCOMPARE(acc.oldestOpenMinute(), M0); // service 2 still open in M0

        const QList<RollupRow> rest = acc.closeAll();
        QCOMPARE(rest.size(), 2);
        QCOMPARE(rest.at(0).serviceId, qint64(2));
        QCOMPARE(rest.at(1).point.minuteMs, M0 + Minute);
        QVERIFY(acc.isEmpty());
        QCOMPARE(acc.oldestOpenMinute(), qint64(-1));
    }

    void lateResultIsClosedAtOnce()
    {
        RollupAccumulator acc;
        acc.add(result(1, M0 + Minute, 1000));
        const QList<RollupRow> late = acc.add(result(1, M0 + 5, 7000));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().point.minuteMs, M0);
        QCOMPARE(late.first().point.count, 1);
        QCOMPARE(acc.oldestOpenMinute(), M0 + Minute);
    }

    void closeBeforeReleasesSilentServices()
    {
        RollupAccumulator acc;
        acc.add(result(1, M0, 1000));
        acc.add(result(2, M0 + 2 * Minute, 2000));
        const QList<RollupRow> closed = acc.closeBefore(M0 + Minute);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.first().serviceId, qint64(1));
        QCOMPARE(acc.oldestOpenMinute(), M0 + 2 * Minute);
        // A result for the closed minute, or an older one, is a late row: never reopened.
        const QList<RollupRow> late = acc.add(result(1, M0 + 30, 5000));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().point.count, 1);
        QCOMPARE(acc.add(result(1, M0 - Minute, 5000)).size(), 1);
        QCOMPARE(acc.oldestOpenMinute(), M0 + 2 * Minute);
        // A newer minute opens normally.
        QVERIFY(acc.add(result(1, M0 + Minute, 5000)).isEmpty());
        QCOMPARE(acc.oldestOpenMinute(), M0 + Minute);
    }

    void rollbackRestoresTheStateBeforeTheBatch_data()
    {
        QTest::addColumn<bool>("closeSilent");
        QTest::newRow("results only") << false;
        QTest::newRow("results and closing silent services") << true;
    }

    // A batch that could not be stored is rolled back and retried: the accumulator must then behave as if
    // the batch had never been added, which a twin fed only the earlier results shows.
    void rollbackRestoresTheStateBeforeTheBatch()
    {
        QFETCH(bool, closeSilent);
        RollupAccumulator acc;
        RollupAccumulator twin;
        for (RollupAccumulator* a : {&acc, &twin}) {
            a->add(result(1, M0 + 10, 1000));
            a->add(result(2, M0 + 20, 2000));
            a->add(result(3, M0 + Minute, 3000));
        }
        acc.beginChanges();
        acc.add(result(1, M0 + 30, 9000, CheckResult::Outcome::Down)); // same minute
        QCOMPARE(acc.add(result(2, M0 + Minute + 5, 4000)).size(), 1); // closes a minute
        acc.add(result(4, M0 + Minute + 6, 5000));                     // a new service
        if (closeSilent)
            QCOMPARE(acc.closeBefore(M0 + Minute).size(), 1);
        acc.rollbackChanges();

        QCOMPARE(acc.oldestOpenMinute(), twin.oldestOpenMinute());
        // Later results must close and merge the same way in both.
        const QList<CheckResult> later{result(1, M0 + 2 * Minute, 100), result(2, M0 + 2 * Minute, 200),
                                       result(2, M0 + 5, 300)};
        for (const CheckResult& r : later)
            QCOMPARE(acc.add(r), twin.add(r));
        QCOMPARE(acc.closeAll(), twin.closeAll());
    }

    void changesKeptAfterCommit()
    {
        RollupAccumulator acc;
        acc.beginChanges();
        acc.add(result(1, M0 + 10, 1000));
        acc.commitChanges();
        acc.rollbackChanges(); // nothing journaled any more
        const QList<RollupRow> rows = acc.closeAll();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().point.count, 1);
    }

    void mergeIsExactExceptP95()
    {
        const RollupPoint a = RollupAccumulator::aggregate(M0, 3, 1, {1000, 3000});
        const RollupPoint b = RollupAccumulator::aggregate(M0, 2, 0, {8000, 2000});
        const RollupPoint m = mergeRollups(a, b);
        QCOMPARE(m.count, 5);
        QCOMPARE(m.failures, 1);
        QCOMPARE(m.minMs, 1.0);
        QCOMPARE(m.maxMs, 8.0);
        QCOMPARE(m.avgMs, 3.5); // (1 + 3 + 8 + 2) / 4
        QCOMPARE(m.p95Ms, 8.0);
        const RollupPoint onlyFailures = RollupAccumulator::aggregate(M0, 2, 2, {});
        const RollupPoint keep = mergeRollups(onlyFailures, b);
        QCOMPARE(keep.count, 4);
        QCOMPARE(keep.failures, 2);
        QCOMPARE(keep.avgMs, 5.0);
    }
};

QTEST_GUILESS_MAIN(TestRollupAccumulator)
#include "tst_rollupaccumulator.moc"
