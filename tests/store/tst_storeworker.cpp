#include "ManualClock.h"
#include "store/Database.h"
#include "store/HistoryReader.h"
#include "store/ResultTable.h"
#include "store/RollupTable.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 T0 = 1'700'000'040'000; // a minute boundary

CheckResult result(qint64 serviceId, qint64 startedAtMs, qint32 totalUs = 10'000)
{
    CheckResult r;
    r.serviceId = serviceId;
    r.startedAtMs = startedAtMs;
    r.outcome = CheckResult::Outcome::Up;
    r.totalUs = totalUs;
    return r;
}

int sumOfFirstArgs(const QSignalSpy& spy)
{
    int sum = 0;
    for (const QList<QVariant>& args : spy)
        sum += args.first().toInt();
    return sum;
}

} // namespace

// The store through its thread: writes are batched, and every answer comes back as a signal.
class TestStoreWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{T0};
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("worker-%1.db").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void batchesManySmallEnqueuesIntoFewCommits()
    {
        const QString path = freshPath();
        Store store(m_clock);
        const DbResult<bool> opened = store.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QSignalSpy stored(&store, &Store::resultsStored);
        QSignalSpy errors(&store, &Store::errorOccurred);
        constexpr int Calls = 300;
        constexpr int PerCall = 10;
        for (int call = 0; call < Calls; ++call) {
            QList<CheckResult> batch;
            for (int i = 0; i < PerCall; ++i)
                batch.append(result(i + 1, T0 + call * 1000));
            store.enqueueResults(batch);
        }
        QTRY_COMPARE_WITH_TIMEOUT(sumOfFirstArgs(stored), Calls * PerCall, 20'000);
        QVERIFY2(stored.size() < Calls, qPrintable(QString::number(stored.size())));
        QVERIFY(errors.isEmpty());
        store.close();

        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(ResultTable(db).count().value, qint64(Calls * PerCall));
        // close() wrote the minutes still open: every result is in a rollup, nothing is left to rebuild.
        RollupTable rollups(db);
        QCOMPARE(rollups.recover(ResultTable(db)).value, 0);
        int inRollups = 0;
        for (int service = 1; service <= PerCall; ++service) {
            const QList<RollupPoint> points = rollups.forService(service, T0, T0 + 10 * Minute).value;
            QCOMPARE(points.size(), 5); // 300 s of results
            for (const RollupPoint& p : points)
                inRollups += p.count;
        }
        QCOMPARE(inRollups, Calls * PerCall);
    }

    void anIdleRunKeepsTheWatermark()
    {
        const QString path = freshPath();
        {
            Store store(m_clock);
            QVERIFY(store.open(path).ok());
            QSignalSpy stored(&store, &Store::resultsStored);
            store.enqueueResults({result(1, T0 + 5), result(1, T0 + Minute + 5)});
            QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10'000);
        }
        qint64 afterFirstRun = 0;
        {
            Database db;
            QVERIFY(db.open(path).ok());
            afterFirstRun = RollupTable(db).watermark().value;
            QCOMPARE(afterFirstRun, T0 + Minute + 6); // both minutes written at close
        }
        {
            Store idle(m_clock);
            QVERIFY(idle.open(path).ok());
        }
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(RollupTable(db).watermark().value, afterFirstRun);
    }

    void stateChangesComeBackWithIds()
    {
        Store store(m_clock);
        QVERIFY(store.open(freshPath()).ok());
        QSignalSpy stored(&store, &Store::stateChangesStored);
        StateChange c;
        c.serviceId = 3;
        c.atMs = T0;
        c.from = ServiceState::Up;
        c.to = ServiceState::Down;
        c.reason = QStringLiteral("refused");
        store.enqueueStateChanges({c, c});
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10'000);
        const auto changes = stored.first().first().value<QList<StateChange>>();
        QCOMPARE(changes.size(), 2);
        QVERIFY(changes[0].id > 0 && changes[1].id > changes[0].id);
        QCOMPARE(changes[1].reason, c.reason);
    }

    void readsAndServiceCrudGoThroughSignals()
    {
        Store store(m_clock);
        QVERIFY(store.open(freshPath()).ok());
        QSignalSpy saved(&store, &Store::serviceSaved);
        QSignalSpy loaded(&store, &Store::servicesLoaded);
        QSignalSpy history(&store, &Store::historyReady);
        QSignalSpy summaries(&store, &Store::summariesReady);
        QSignalSpy paused(&store, &Store::pausedChanged);
        QSignalSpy removed(&store, &Store::serviceRemoved);

        ServiceDefinition s;
        s.name = QStringLiteral("api");
        store.saveService(s);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10'000);
        const qint64 id = saved.first().first().value<ServiceDefinition>().id;
        QVERIFY(id > 0);

        QList<CheckResult> results{result(id, T0 + 1000, 10'000), result(id, T0 + 2000, 30'000),
                                   result(id, T0 + Minute + 5, 20'000), result(id, T0 + 2 * Minute, 40'000)};
        store.enqueueResults(results);
        StateChange down;
        down.serviceId = id;
        down.atMs = T0 + Minute;
        down.from = ServiceState::Up;
        down.to = ServiceState::Down;
        down.reason = QStringLiteral("HTTP 500");
        store.enqueueStateChanges({down});
        store.requestHistory(id, T0, T0 + 3 * Minute);
        QTRY_COMPARE_WITH_TIMEOUT(history.size(), 1, 10'000);
        const auto h = history.first().first().value<ServiceHistory>();
        QCOMPARE(h.serviceId, id);
        QCOMPARE(h.rollups.size(), 2); // the third minute is still open
        QCOMPARE(h.rollups[0].count, 2);
        QCOMPARE(h.rollups[0].avgMs, 20.0);
        QCOMPARE(h.rollups[1].maxMs, 20.0);
        QCOMPARE(h.changes.size(), 1);
        QCOMPARE(h.changes.first().reason, down.reason);
        QCOMPARE(h.results, results); // a short period brings its raw results

        store.requestSummaries(T0 + 3 * Minute);
        QTRY_COMPARE_WITH_TIMEOUT(summaries.size(), 1, 10'000);
        const auto list = summaries.first().first().value<QList<ServiceSummary>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().state, ServiceState::Down);
        QCOMPARE(list.first().sinceMs, down.atMs);
        QCOMPARE(list.first().uptime24hPercent, 0.0); // Unknown before the change, Down after
        QCOMPARE(list.first().lastLatencyMs, 40);

        store.setPaused(id, true);
        QTRY_COMPARE_WITH_TIMEOUT(paused.size(), 1, 10'000);
        store.loadServices();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10'000);
        QVERIFY(loaded.first().first().value<QList<ServiceDefinition>>().first().paused);

        store.removeService(id);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10'000);
        store.requestHistory(id, 0, T0 + 3 * Minute);
        QTRY_COMPARE_WITH_TIMEOUT(history.size(), 2, 10'000);
        const auto gone = history.last().first().value<ServiceHistory>();
        QVERIFY(gone.rollups.isEmpty());
        QVERIFY(gone.changes.isEmpty());
        store.loadServices();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10'000);
        QVERIFY(loaded.last().first().value<QList<ServiceDefinition>>().isEmpty());
    }

    void summariesKeepTheLatestLatencyAcrossRuns()
    {
        const QString path = freshPath();
        qint64 first = 0;
        qint64 second = 0;
        {
            // An earlier run stores a result for each service.
            Store store(m_clock);
            QVERIFY(store.open(path).ok());
            QSignalSpy saved(&store, &Store::serviceSaved);
            QSignalSpy stored(&store, &Store::resultsStored);
            for (const QString& name : {QStringLiteral("first"), QStringLiteral("second")}) {
                ServiceDefinition s;
                s.name = name;
                store.saveService(s);
            }
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10'000);
            first = saved.at(0).first().value<ServiceDefinition>().id;
            second = saved.at(1).first().value<ServiceDefinition>().id;
            store.enqueueResults({result(first, T0 + 1000, 10'000), result(second, T0 + 2000, 20'000)});
            QTRY_COMPARE_WITH_TIMEOUT(sumOfFirstArgs(stored), 2, 10'000);
            store.close();
        }
        Store store(m_clock);
        QVERIFY(store.open(path).ok());
        QSignalSpy stored(&store, &Store::resultsStored);
        QSignalSpy summaries(&store, &Store::summariesReady);
        const auto latencies = [&](qint64 nowMs) {
            store.requestSummaries(nowMs);
            const qsizetype before = summaries.size();
            QHash<qint64, int> byService;
            if (!QTest::qWaitFor([&] { return summaries.size() > before; }, 10'000))
                return byService;
            for (const ServiceSummary& s : summaries.last().first().value<QList<ServiceSummary>>())
                byService.insert(s.serviceId, s.lastLatencyMs);
            return byService;
        };
        const qint64 now = T0 + 10 * Minute;
        // What the earlier run stored is read from the file.
        QCOMPARE(latencies(now), (QHash<qint64, int>{{first, 10}, {second, 20}}));

        // A newer result replaces it; a late one, older than what is known, does not.
        store.enqueueResults({result(first, T0 + 5 * Minute, 55'000), result(second, T0 + 1500, 99'000)});
        QTRY_COMPARE_WITH_TIMEOUT(sumOfFirstArgs(stored), 2, 10'000);
        const QHash<qint64, int> known = latencies(now);
        QCOMPARE(known, (QHash<qint64, int>{{first, 55}, {second, 20}}));

        // The same as reading every recent result from the file.
        store.close();
        Database db;
        QVERIFY(db.open(path).ok());
        const DbResult<QList<ServiceSummary>> fromFile = HistoryReader(db).summaries(now);
        QVERIFY(fromFile.ok());
        QCOMPARE(fromFile.value.size(), 2);
        for (const ServiceSummary& s : fromFile.value)
            QCOMPARE(s.lastLatencyMs, known.value(s.serviceId));
    }

    void pruneFollowsTheClockAndTheRetention()
    {
        const QString path = freshPath();
        Store store(m_clock);
        QVERIFY(store.open(path).ok());
        QSignalSpy stored(&store, &Store::resultsStored);
        QSignalSpy pruned(&store, &Store::pruned);
        store.enqueueResults({result(1, T0), result(1, T0 + 3 * 86'400'000LL)});
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10'000);
        store.setRetentionDays(2);
        m_clock.setNowMs(T0 + 4 * 86'400'000LL);
        store.pruneNow();
        QTRY_COMPARE_WITH_TIMEOUT(pruned.size(), 1, 10'000);
        QCOMPARE(pruned.first().first().toInt(), 1);
        m_clock.setNowMs(T0);
    }

    void errorsNameTheFile()
    {
        Store store(m_clock);
        const QString path = m_dir.filePath(QStringLiteral("missing-dir/store.db"));
        const DbResult<bool> opened = store.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
        QVERIFY(!store.isOpen());
        QSignalSpy errors(&store, &Store::errorOccurred);
        store.requestSummaries(T0);
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_storeworker.moc"
