#include "window/ResultCoalescer.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QList<CheckResult> results(qint64 serviceId, int count)
{
    QList<CheckResult> list;
    for (int i = 0; i < count; ++i) {
        CheckResult r;
        r.serviceId = serviceId;
        r.startedAtMs = 1000 + i;
        list.append(r);
    }
    return list;
}

} // namespace

// Results reach the window in one hand-over per interval, in arrival order, none lost.
class TestResultCoalescer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesWithinAnIntervalGoTogether()
    {
        ResultCoalescer coalescer(50);
        QSignalSpy ready(&coalescer, &ResultCoalescer::ready);
        coalescer.add(results(1, 3));
        coalescer.add(results(2, 2));
        QCOMPARE(ready.size(), 0);
        QCOMPARE(coalescer.pendingCount(), 5);
        QVERIFY(ready.wait(5'000));
        QCOMPARE(ready.size(), 1);
        const auto handed = ready.first().first().value<QList<CheckResult>>();
        QCOMPARE(handed.size(), 5);
        QCOMPARE(handed.at(0).serviceId, 1);
        QCOMPARE(handed.at(3).serviceId, 2);
        QCOMPARE(coalescer.pendingCount(), 0);
        // Nothing more arrives: nothing more is handed over.
        QVERIFY(!ready.wait(200));
    }

    void flushHandsOverAtOnceAndEmptyAddsNothing()
    {
        ResultCoalescer coalescer(60'000);
        QSignalSpy ready(&coalescer, &ResultCoalescer::ready);
        coalescer.add({});
        coalescer.flush();
        QCOMPARE(ready.size(), 0);
        coalescer.add(results(7, 1));
        coalescer.flush();
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().value<QList<CheckResult>>().first().serviceId, 7);
    }
};

QTEST_GUILESS_MAIN(TestResultCoalescer)
#include "tst_resultcoalescer.moc"
