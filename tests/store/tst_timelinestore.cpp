#include "ManualClock.h"
#include "store/Database.h"
#include "store/RollupTable.h"
#include "store/StateChangeTable.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 T0 = 1'700'000'040'000; // a minute boundary

StateChange change(qint64 serviceId, qint64 atMs, ServiceState to, const QString& reason = {})
{
    StateChange c;
    c.serviceId = serviceId;
    c.atMs = atMs;
    c.to = to;
    c.reason = reason;
    return c;
}

RollupRow rollup(qint64 serviceId, qint64 minuteMs, int count, int failures, double minMs, double avgMs,
                 double maxMs, double p95Ms)
{
    return RollupRow{serviceId, RollupPoint{minuteMs, count, failures, minMs, avgMs, maxMs, p95Ms}};
}

bool insertChanges(Database& db, QList<StateChange> changes)
{
    return db.begin(QStringLiteral("test")).ok() && StateChangeTable(db).insert(&changes).ok() &&
           db.commit(QStringLiteral("test")).ok();
}

QList<qint64> times(const QList<StateChange>& changes)
{
    QList<qint64> out;
    for (const StateChange& c : changes)
        out.append(c.atMs);
    return out;
}

} // namespace

// The store's timeline queries: every service's changes for a range, and rollups in buckets.
class TestTimelineStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{T0};
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("timeline-%1.db").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migratesAVersionTwoFileKeepingItsChanges()
    {
        const QString path = freshPath();
        {
            Database v2;
            const QList<MigrationStep> firstTwo = SchemaMigrations::steps().mid(0, 2);
            QVERIFY(v2.open(path, firstTwo).ok());
            QCOMPARE(v2.schemaVersion().value, 2);
            QVERIFY(insertChanges(v2, {change(3, T0, ServiceState::Down, QStringLiteral("refused")),
                                       change(3, T0 + Hour, ServiceState::Up)}));
        }
        Database db;
        const DbResult<bool> opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(db.schemaVersion().value, 3);
        QSqlQuery index(db.connection());
        QVERIFY(index.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'state_changes_by_time'")));
        QVERIFY(index.next());
        QVERIFY(index.value(0).toString().contains(QStringLiteral("at_ms")));
        const QList<StateChange> kept = StateChangeTable(db).forService(3, 0, T0 + 2 * Hour, false).value;
        QCOMPARE(times(kept), (QList<qint64>{T0, T0 + Hour}));
        QCOMPARE(kept.first().reason, QStringLiteral("refused"));
        // The timeline query reads the migrated rows through the new index.
        QSqlQuery plan(db.connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM state_changes WHERE at_ms >= 0 "
                                         "AND at_ms < 10 ORDER BY at_ms")));
        QString detail;
        while (plan.next())
            detail += plan.value(3).toString();
        QVERIFY2(detail.contains(QStringLiteral("state_changes_by_time")), qPrintable(detail));
    }

    void timelineHasEachServicesPriorChangeThenThoseInRange()
    {
        Store store(m_clock);
        QVERIFY(store.open(freshPath()).ok());
        QSignalSpy ready(&store, &Store::timelineReady);
        QSignalSpy errors(&store, &Store::errorOccurred);
        const qint64 from = T0 + 10 * Hour;
        const qint64 to = T0 + 20 * Hour;
        store.enqueueStateChanges({
            change(1, T0, ServiceState::Up),                // superseded prior change
            change(1, T0 + Hour, ServiceState::Down),       // service 1's prior change
            change(1, from, ServiceState::Up),              // exactly at from: in range
            change(1, to - 1, ServiceState::Down),          // last ms in range
            change(1, to, ServiceState::Up),                // exactly at to: out
            change(2, T0 + 2 * Hour, ServiceState::Paused), // service 2: prior change only
            change(3, from + Hour, ServiceState::Up),       // service 3: in range only
            change(3, from + 2 * Hour, ServiceState::Degraded),
            change(4, to + Hour, ServiceState::Up), // service 4: only after the range
        });
        store.requestTimeline(from, to);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10'000);
        QVERIFY(errors.isEmpty());
        const auto snapshot = ready.first().first().value<TimelineSnapshot>();
        QCOMPARE(snapshot.fromMs, from);
        QCOMPARE(snapshot.toMs, to);
        QCOMPARE(snapshot.changesByService.size(), 3);
        QCOMPARE(times(snapshot.changesByService.value(1)), (QList<qint64>{T0 + Hour, from, to - 1}));
        QCOMPARE(snapshot.changesByService.value(1).first().to, ServiceState::Down);
        QCOMPARE(times(snapshot.changesByService.value(2)), QList<qint64>{T0 + 2 * Hour});
        QCOMPARE(times(snapshot.changesByService.value(3)), (QList<qint64>{from + Hour, from + 2 * Hour}));
        QVERIFY(!snapshot.changesByService.contains(4));
    }

    void rollupsAggregateIntoBuckets()
    {
        const QString path = freshPath();
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QVERIFY(db.begin(QStringLiteral("test")).ok());
            // Bucket of 5 min from T0: minutes 0..4 in bucket 0, 5..9 in bucket 1, 10 out of range.
            const QList<RollupRow> rows{
                rollup(1, T0, 2, 0, 10, 20, 30, 28),
                rollup(1, T0 + 1 * Minute, 4, 1, 5, 40, 90, 80), // 3 successes
                rollup(1, T0 + 3 * Minute, 2, 2, 0, 0, 0, 0),    // all failed: no latency
                rollup(1, T0 + 6 * Minute, 1, 1, 0, 0, 0, 0),    // a bucket with no success at all
                rollup(1, T0 + 10 * Minute, 9, 0, 1, 1, 1, 1),   // at toMs: out
                rollup(2, T0, 5, 0, 1, 1, 1, 1),                 // another service
            };
            QVERIFY(RollupTable(db).write(rows).ok());
            QVERIFY(db.commit(QStringLiteral("test")).ok());
        }
        Store store(m_clock);
        QVERIFY(store.open(path).ok());
        QSignalSpy ready(&store, &Store::rollupsReady);
        store.requestRollupsAt(1, T0, T0 + 10 * Minute, 5 * Minute);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10'000);
        QCOMPARE(ready.first().at(0).toLongLong(), qint64(1));
        const auto points = ready.first().at(1).value<QList<RollupPoint>>();
        QCOMPARE(points.size(), 2);
        // Bucket 0: 8 results, 3 failures; latencies over 2 + 3 successes: avg (2*20 + 3*40) / 5 = 32.
        QCOMPARE(points.at(0), (RollupPoint{T0, 8, 3, 5, 32, 90, 80}));
        QCOMPARE(points.at(1), (RollupPoint{T0 + 5 * Minute, 1, 1, 0, 0, 0, 0}));

        // A bucket narrower than a minute reads as per-minute points.
        ready.clear();
        store.requestRollupsAt(1, T0, T0 + 2 * Minute, 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10'000);
        const auto minutes = ready.first().at(1).value<QList<RollupPoint>>();
        QCOMPARE(minutes.size(), 2);
        QCOMPARE(minutes.at(1), (RollupPoint{T0 + Minute, 4, 1, 5, 40, 90, 80}));
    }
};

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "tst_timelinestore.moc"
