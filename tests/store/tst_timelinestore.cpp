#include "ManualClock.h"
#include "store/Database.h"
#include "store/RollupTable.h"
#include "store/StateChangeTable.h"
#include "store/Store.h"

#include <QMap>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 T0 = 1'700'000'040'000; // a minute boundary
constexpr qint64 H0 = 1'699'999'200'000; // an hour boundary (UTC)

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

// Four hours of minutes for service 1 with failures, minutes without any success and varied latencies, and
// a few rows of service 2 that must stay out.
QList<RollupRow> fourHours()
{
    QList<RollupRow> rows;
    for (int m = 0; m < 240; ++m) {
        const int failures = m % 13 == 0 ? 2 : (m % 7 == 0 ? 1 : 0);
        rows.append(
            rollup(1, H0 + m * Minute, 2, failures, 10 + m % 17, 20 + m % 23, 40 + m % 31, 35 + m % 29));
    }
    rows.append(rollup(2, H0, 5, 0, 1, 1, 1000, 1000));
    rows.append(rollup(2, H0 + 2 * Hour, 5, 5, 0, 0, 0, 0));
    return rows;
}

// Buckets computed here from the stored minutes, independently of the store's SQL.
QList<RollupPoint> bucketsOf(const QList<RollupPoint>& minutes, qint64 fromMs, qint64 bucketMs)
{
    QMap<qint64, RollupPoint> buckets;
    QMap<qint64, double> sums;
    QMap<qint64, int> oks;
    for (const RollupPoint& m : minutes) {
        const qint64 start = fromMs + (m.minuteMs - fromMs) / bucketMs * bucketMs;
        RollupPoint& b = buckets[start];
        b.minuteMs = start;
        b.count += m.count;
        b.failures += m.failures;
        const int ok = m.count - m.failures;
        if (ok == 0)
            continue;
        b.minMs = oks.value(start) == 0 ? m.minMs : qMin(b.minMs, m.minMs);
        b.maxMs = qMax(b.maxMs, m.maxMs);
        b.p95Ms = qMax(b.p95Ms, m.p95Ms);
        sums[start] += m.avgMs * ok;
        oks[start] += ok;
        b.avgMs = sums.value(start) / oks.value(start);
    }
    return buckets.values();
}

void compareBuckets(const QList<RollupPoint>& actual, const QList<RollupPoint>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).minuteMs, expected.at(i).minuteMs);
        QCOMPARE(actual.at(i).count, expected.at(i).count);
        QCOMPARE(actual.at(i).failures, expected.at(i).failures);
        QCOMPARE(actual.at(i).minMs, expected.at(i).minMs);
        QCOMPARE(actual.at(i).maxMs, expected.at(i).maxMs);
        QCOMPARE(actual.at(i).p95Ms, expected.at(i).p95Ms);
        QVERIFY2(qAbs(actual.at(i).avgMs - expected.at(i).avgMs) < 1e-6,
                 qPrintable(QStringLiteral("bucket %1: %2 vs %3")
                                .arg(i)
                                .arg(actual.at(i).avgMs)
                                .arg(expected.at(i).avgMs)));
    }
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
        QCOMPARE(db.schemaVersion().value, SchemaMigrations::currentVersion());
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

    void hourBucketsAddUpTheMinutes_data()
    {
        QTest::addColumn<qint64>("fromMs");
        QTest::addColumn<qint64>("toMs");
        QTest::addColumn<qint64>("bucketMs");
        QTest::newRow("two-hour buckets over whole hours") << H0 << H0 + 4 * Hour << 2 * Hour;
        QTest::newRow("range ending inside an hour") << H0 << H0 + 3 * Hour + 10 * Minute << 2 * Hour;
        QTest::newRow("one-hour buckets from a later hour")
            << H0 + Hour << H0 + 3 * Hour + 30 * Minute << Hour;
        QTest::newRow("a range shorter than an hour") << H0 + Hour << H0 + Hour + 20 * Minute << Hour;
    }

    void hourBucketsAddUpTheMinutes()
    {
        QFETCH(qint64, fromMs);
        QFETCH(qint64, toMs);
        QFETCH(qint64, bucketMs);
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        RollupTable table(db);
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(table.write(fourHours()).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        // A minute written again is merged into the stored one; its hour must follow.
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(table.write({rollup(1, H0 + 70 * Minute, 3, 1, 2, 50, 400, 390)}).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());

        const QList<RollupPoint> minutes = table.forService(1, fromMs, toMs).value;
        QVERIFY(!minutes.isEmpty());
        const DbResult<QList<RollupPoint>> actual = table.bucketed(1, fromMs, toMs, bucketMs);
        QVERIFY2(actual.ok(), qPrintable(actual.error));
        compareBuckets(actual.value, bucketsOf(minutes, fromMs, bucketMs));
    }

    void hoursAddedMinuteByMinuteEqualHoursRecomputed()
    {
        // As the store writes them: each closed minute on its own, some written twice (late results).
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        RollupTable table(db);
        QList<RollupRow> rows = fourHours();
        rows.append(rollup(1, H0 + 70 * Minute, 3, 1, 2, 50, 400, 390));
        rows.append(rollup(2, H0 + 2 * Hour, 1, 0, 7, 7, 7, 7)); // successes join an hour that had none
        rows.append(rollup(2, H0 + 2 * Hour + Minute, 2, 2, 0, 0, 0, 0));
        for (const RollupRow& row : std::as_const(rows)) {
            QVERIFY(db.begin(QStringLiteral("test")).ok());
            QVERIFY(table.write({row}).ok());
            QVERIFY(db.commit(QStringLiteral("test")).ok());
        }
        const auto readAll = [&](const QString& sql) {
            QList<QVariantList> all;
            QSqlQuery q(db.connection());
            if (!q.exec(sql))
                return all;
            while (q.next()) {
                QVariantList values;
                for (int i = 0; i < 9; ++i)
                    values.append(q.value(i));
                all.append(values);
            }
            return all;
        };
        const QList<QVariantList> kept = readAll(QStringLiteral(
            "SELECT service_id, hour_at, result_count, failures, ok_count, ok_us_sum, min_us, max_us, p95_us"
            " FROM rollups_hourly ORDER BY service_id, hour_at"));
        const QList<QVariantList> recomputed =
            readAll(RollupTable::hourlySelect() +
                    QStringLiteral(" FROM rollups GROUP BY service_id, minute_at - minute_at % 3600000"
                                   " ORDER BY 1, 2"));
        QCOMPARE(kept.size(), 4 + 2);
        QCOMPARE(kept, recomputed);
    }

    void migrationBuildsHourlyRollupsOfAVersionThreeFile()
    {
        const QString path = freshPath();
        {
            Database v3;
            QVERIFY(v3.open(path, SchemaMigrations::steps().mid(0, 3)).ok());
            QSqlQuery insert(v3.connection());
            QVERIFY(insert.prepare(QStringLiteral("INSERT INTO rollups VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
            for (const RollupRow& row : fourHours()) {
                const RollupPoint& p = row.point;
                for (const QVariant& v :
                     QVariantList{row.serviceId, p.minuteMs, p.count, p.failures, qint64(p.minMs * 1000),
                                  qint64(p.avgMs * 1000), qint64(p.maxMs * 1000), qint64(p.p95Ms * 1000)})
                    insert.addBindValue(v);
                QVERIFY(insert.exec());
            }
        }
        Database db;
        const DbResult<bool> opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        RollupTable table(db);
        const QList<RollupPoint> minutes = table.forService(1, H0, H0 + 4 * Hour).value;
        QCOMPARE(minutes.size(), 240);
        const DbResult<QList<RollupPoint>> actual = table.bucketed(1, H0, H0 + 4 * Hour, Hour);
        QVERIFY2(actual.ok(), qPrintable(actual.error));
        compareBuckets(actual.value, bucketsOf(minutes, H0, Hour));
        QSqlQuery hours(db.connection());
        QVERIFY(hours.exec(QStringLiteral("SELECT COUNT(*) FROM rollups_hourly")));
        QVERIFY(hours.next());
        QCOMPARE(hours.value(0).toInt(), 4 + 2); // service 1's four hours, service 2's two
    }

    void changesOfOneServiceStartWithTheLastOneBeforeTheRange()
    {
        Store store(m_clock);
        QVERIFY(store.open(freshPath()).ok());
        QSignalSpy ready(&store, &Store::changesReady);
        QSignalSpy errors(&store, &Store::errorOccurred);
        const qint64 from = T0 + 10 * Hour;
        const qint64 to = T0 + 20 * Hour;
        store.enqueueStateChanges({
            change(1, T0, ServiceState::Up),
            change(1, T0 + Hour, ServiceState::Down, QStringLiteral("refused")), // the last one before from
            change(2, from + Hour, ServiceState::Down),                          // another service
            change(1, from, ServiceState::Up), change(1, to - 1, ServiceState::Degraded),
            change(1, to, ServiceState::Up), // at to: out
        });
        store.requestChanges(1, from, to);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10'000);
        QVERIFY(errors.isEmpty());
        QCOMPARE(ready.first().at(0).toLongLong(), qint64(1));
        const auto changes = ready.first().at(1).value<QList<StateChange>>();
        QCOMPARE(times(changes), (QList<qint64>{T0 + Hour, from, to - 1}));
        QCOMPARE(changes.first().reason, QStringLiteral("refused"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "tst_timelinestore.moc"
