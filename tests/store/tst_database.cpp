#include "store/Database.h"
#include "store/HistoryReader.h"
#include "store/ResultTable.h"
#include "store/RollupTable.h"
#include "store/ServiceTable.h"
#include "store/StateChangeTable.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 24 * 3600 * 1000;
constexpr qint64 T0 = 1'700'000'040'000; // a minute boundary

CheckResult result(qint64 serviceId, qint64 startedAtMs, qint32 totalUs = 20'000,
                   CheckResult::Outcome outcome = CheckResult::Outcome::Up)
{
    CheckResult r;
    r.serviceId = serviceId;
    r.startedAtMs = startedAtMs;
    r.outcome = outcome;
    r.totalUs = totalUs;
    r.httpCode = 200;
    r.dnsUs = 1200;
    r.connectUs = 3400;
    r.tlsUs = 5600;
    r.firstByteUs = totalUs - 10'200;
    if (outcome == CheckResult::Outcome::Down)
        r.reason = QStringLiteral("Timed out after 5 s");
    return r;
}

StateChange change(qint64 serviceId, qint64 atMs, ServiceState from, ServiceState to,
                   const QString& reason = {})
{
    StateChange c;
    c.serviceId = serviceId;
    c.atMs = atMs;
    c.from = from;
    c.to = to;
    c.reason = reason;
    return c;
}

// The version-1 schema exactly as the first release wrote it, kept here so the test does not depend on the
// code it checks.
const char* const VersionOneDdl[] = {
    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL,"
    " description TEXT NOT NULL)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE services (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, group_name TEXT NOT NULL,"
    " kind TEXT NOT NULL, target TEXT NOT NULL, interval_sec INTEGER NOT NULL, timeout_ms INTEGER NOT NULL,"
    " failures_before_down INTEGER NOT NULL, successes_before_up INTEGER NOT NULL,"
    " cert_expiry_warn_days INTEGER NOT NULL, inverted INTEGER NOT NULL, paused INTEGER NOT NULL,"
    " sla_target_percent REAL NOT NULL, http_settings TEXT NOT NULL)",
    "CREATE TABLE results (started_at INTEGER NOT NULL, service_id INTEGER NOT NULL, outcome INTEGER NOT "
    "NULL,"
    " has_cert INTEGER NOT NULL, total_us INTEGER NOT NULL, phases BLOB, reason TEXT,"
    " PRIMARY KEY (started_at, service_id)) WITHOUT ROWID",
    "CREATE TABLE certificate_expiry (service_id INTEGER NOT NULL, seen_at INTEGER NOT NULL,"
    " expires_at INTEGER NOT NULL, PRIMARY KEY (service_id, seen_at)) WITHOUT ROWID",
    "CREATE TABLE state_changes (id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL, at_ms INTEGER NOT NULL,"
    " from_state INTEGER NOT NULL, to_state INTEGER NOT NULL, reason TEXT)",
    "CREATE INDEX state_changes_by_service ON state_changes (service_id, at_ms)",
    "INSERT INTO schema_version VALUES (1, 0, 'first release')",
    "INSERT INTO services VALUES (7, 'api', 'core', 'http', 'https://127.0.0.1/health', 30, 2000, 3, 1, 14, "
    "0, 0,"
    " 99.5, '{\"method\":\"HEAD\"}')",
    // results of service 7: two in the first minute (one failed), one in the next
    "INSERT INTO results VALUES (1700000040000, 7, 0, 0, 10000, NULL, NULL)",
    "INSERT INTO results VALUES (1700000070000, 7, 2, 0, 30000, NULL, 'refused')",
    "INSERT INTO results VALUES (1700000100000, 7, 0, 0, 20000, NULL, NULL)",
    "INSERT INTO state_changes VALUES (1, 7, 1700000070000, 1, 3, 'refused')",
};

QStringList tables(const Database& db)
{
    return db.connection().tables();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void freshFileHasTheCurrentSchema()
    {
        Database db;
        const DbResult<bool> opened = db.open(freshPath());
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(db.schemaVersion().value, SchemaMigrations::currentVersion());
        for (const char* table : {"schema_version", "settings", "services", "results", "certificate_expiry",
                                  "state_changes", "rollups"})
            QVERIFY2(tables(db).contains(QLatin1String(table)), table);
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(db.integrityCheck().value, QStringLiteral("ok"));
    }

    void migratesAVersionOneFile()
    {
        const QString path = freshPath();
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1-writer"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const char* sql : VersionOneDdl)
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            q = QSqlQuery();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1-writer"));

        Database db;
        const DbResult<bool> opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(db.schemaVersion().value, SchemaMigrations::currentVersion());
        QVERIFY(tables(db).contains(QStringLiteral("rollups")));

        const QList<ServiceDefinition> services = ServiceTable(db).all().value;
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first().id, qint64(7));
        QCOMPARE(services.first().name, QStringLiteral("api"));
        QCOMPARE(services.first().http.method, QStringLiteral("HEAD"));
        QCOMPARE(services.first().slaTargetPercent, 99.5);
        ResultTable results(db);
        QCOMPARE(results.count().value, qint64(3));
        const QList<StateChange> changes = StateChangeTable(db).forService(7, 0, T0 + Day, false).value;
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().reason, QStringLiteral("refused"));

        // The raw results a version-1 file holds get their rollups on the first open.
        QCOMPARE(RollupTable(db).recover(results).value, 2);
        const QList<RollupPoint> rollups = RollupTable(db).forService(7, 0, T0 + Day).value;
        QCOMPARE(rollups.size(), 2);
        QCOMPARE(rollups.at(0).minuteMs, T0);
        QCOMPARE(rollups.at(0).count, 2);
        QCOMPARE(rollups.at(0).failures, 1);
        QCOMPARE(rollups.at(0).avgMs, 10.0);
        QCOMPARE(rollups.at(1).minuteMs, T0 + Minute);
        QCOMPARE(rollups.at(1).maxMs, 20.0);
        QCOMPARE(RollupTable(db).recover(results).value, 0); // nothing left to rebuild
    }

    void recoveryCountsEveryResultOnce()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        ResultTable results(db);
        RollupTable rollups(db);
        // Three hours of one result a minute for two services, then a crash: only minute 0 of service 1 was
        // written, and the watermark still says minute 0.
        QList<CheckResult> all;
        for (int minute = 0; minute < 180; ++minute) {
            all.append(result(1, T0 + minute * Minute + 10));
            all.append(result(2, T0 + minute * Minute + 20, 30'000, CheckResult::Outcome::Down));
        }
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(results.insert(all).ok());
        QVERIFY(rollups.write({RollupRow{1, RollupAccumulator::aggregate(T0, 1, 0, {20'000})}}).ok());
        QVERIFY(rollups.setWatermark(T0).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());

        QCOMPARE(rollups.recover(results).value, 2 * 180 - 1);
        for (qint64 service : {1, 2}) {
            const QList<RollupPoint> points = rollups.forService(service, T0, T0 + 180 * Minute).value;
            QCOMPARE(points.size(), 180);
            for (const RollupPoint& p : points) {
                QCOMPARE(p.count, 1);
                QCOMPARE(p.failures, service == 2 ? 1 : 0);
            }
        }
        QVERIFY(rollups.watermark().value > T0 + 179 * Minute);
        QCOMPARE(rollups.recover(results).value, 0);
    }

    void failedMigrationStepRollsBack()
    {
        const QString path = freshPath();
        QList<MigrationStep> steps{SchemaMigrations::steps().first()};
        steps.append(MigrationStep{
            2,
            QStringLiteral("broken"),
            {QStringLiteral("CREATE TABLE half_done (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
        {
            Database db;
            const DbResult<bool> opened = db.open(path, steps);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
            QVERIFY2(opened.error.contains(QStringLiteral("version 2")), qPrintable(opened.error));
            QVERIFY(!db.isOpen());
        }
        Database db;
        QVERIFY(db.open(path, {SchemaMigrations::steps().first()}).ok());
        QCOMPARE(db.schemaVersion().value, 1);
        QVERIFY(!tables(db).contains(QStringLiteral("half_done")));
        db.close();
        QVERIFY(db.open(path).ok()); // the real step 2 still applies afterwards
        QCOMPARE(db.schemaVersion().value, SchemaMigrations::currentVersion());
    }

    void refusesAFileFromANewerVersion()
    {
        const QString path = freshPath();
        {
            Database db;
            QVERIFY(db.open(path).ok());
        }
        Database db;
        const DbResult<bool> opened = db.open(path, {SchemaMigrations::steps().first()});
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
    }

    void openNamesTheFileOnFailure()
    {
        Database db;
        const QString path = m_dir.filePath(QStringLiteral("no-such-dir/store.db"));
        const DbResult<bool> opened = db.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
    }

    void serviceRoundTrip_data()
    {
        QTest::addColumn<ServiceDefinition>("service");

        ServiceDefinition defaults;
        defaults.name = QStringLiteral("defaults");
        QTest::newRow("defaults") << defaults;

        ServiceDefinition http;
        http.name = QStringLiteral("checkout API");
        http.group = QStringLiteral("payments");
        http.target = QStringLiteral("https://127.0.0.1:8443/health?deep=1");
        http.intervalSec = 15;
        http.timeoutMs = 2500;
        http.failuresBeforeDown = 5;
        http.successesBeforeUp = 2;
        http.certExpiryWarnDays = 30;
        http.slaTargetPercent = 99.95;
        http.http.method = QStringLiteral("POST");
        http.http.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer abc")},
                             {QStringLiteral("X-Trace"), QStringLiteral("1")}};
        http.http.body = QByteArray("{\"q\":1}\x00\xff", 9);
        http.http.acceptedStatus = StatusCodeSet({{200, 204}, {301, 301}});
        http.http.keyword = QStringLiteral("error");
        http.http.keywordMustBeAbsent = true;
        http.http.json =
            JsonCondition{QStringLiteral("/status"), JsonCondition::Op::NotEqual, QStringLiteral("DOWN")};
        http.http.degradedAboveMs = 800;
        http.http.followRedirects = false;
        http.http.maxRedirects = 0;
        http.http.verifyTls = false;
        QTest::newRow("http with every setting") << http;

        ServiceDefinition tcp;
        tcp.name = QStringLiteral("database port");
        tcp.kind = CheckKind::Tcp;
        tcp.target = QStringLiteral("127.0.0.1:5432");
        tcp.inverted = true;
        tcp.paused = true;
        QTest::newRow("tcp inverted and paused") << tcp;

        ServiceDefinition dns;
        dns.name = QStringLiteral("résolveur « interne »");
        dns.kind = CheckKind::Dns;
        dns.target = QStringLiteral("localhost");
        QTest::newRow("dns with a non-ASCII name") << dns;

        ServiceDefinition tls;
        tls.name = QStringLiteral("certificate");
        tls.kind = CheckKind::TlsCertificate;
        tls.target = QStringLiteral("https://127.0.0.1:9443");
        tls.certExpiryWarnDays = 7;
        QTest::newRow("tls certificate") << tls;
    }

    void serviceRoundTrip()
    {
        QFETCH(ServiceDefinition, service);
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        ServiceTable table(db);
        const DbResult<qint64> id = table.save(service);
        QVERIFY2(id.ok(), qPrintable(id.error));
        QVERIFY(id.value > 0);
        service.id = id.value;
        QCOMPARE(table.all().value, QList<ServiceDefinition>{service});

        // Saving again by name (id unknown) updates the same row.
        ServiceDefinition byName = service;
        byName.id = 0;
        byName.target = QStringLiteral("127.0.0.1:1");
        QCOMPARE(table.save(byName).value, id.value);
        byName.id = id.value;
        QCOMPARE(table.all().value, QList<ServiceDefinition>{byName});

        // Saving by id renames it.
        byName.name = service.name + QStringLiteral(" (renamed)");
        QCOMPARE(table.save(byName).value, id.value);
        QCOMPARE(table.all().value.first().name, byName.name);

        QVERIFY(table.setPaused(id.value, !byName.paused).value);
        QCOMPARE(table.all().value.first().paused, !byName.paused);
        QVERIFY(table.remove(id.value).value);
        QVERIFY(table.all().value.isEmpty());
    }

    void serviceNamesAreUnique()
    {
        Database db;
        const QString path = freshPath();
        QVERIFY(db.open(path).ok());
        ServiceTable table(db);
        ServiceDefinition a;
        a.name = QStringLiteral("a");
        ServiceDefinition b;
        b.name = QStringLiteral("b");
        a.id = table.save(a).value;
        b.id = table.save(b).value;
        QVERIFY(a.id != b.id);
        b.name = QStringLiteral("a");
        const DbResult<qint64> clash = table.save(b);
        QVERIFY(!clash.ok());
        QVERIFY2(clash.error.contains(path) && clash.error.contains(QStringLiteral("\"a\"")),
                 qPrintable(clash.error));
    }

    void resultsRoundTripAcrossRangeEdges()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        ResultTable table(db);
        const qint64 from = T0;
        const qint64 to = T0 + 10 * Minute;
        QList<CheckResult> inRange{result(1, from),
                                   result(1, from + Minute, 45'000, CheckResult::Outcome::Down),
                                   result(1, from + 2 * Minute), result(1, to - 1)};
        inRange[0].certExpiresAtMs = T0 + 30 * Day;
        inRange[1].httpCode = 0;
        inRange[1].tlsUs = 0;
        inRange[1].firstByteUs = 0;
        inRange[2].certExpiresAtMs = T0 + 90 * Day; // renewed certificate
        inRange[3].certExpiresAtMs = T0 + 90 * Day;
        inRange[3].outcome = CheckResult::Outcome::Degraded;
        inRange[3].reason = QStringLiteral("Slow: 1.2 s");
        QList<CheckResult> all = inRange;
        all.append({result(1, from - 1), result(1, to), result(2, from), result(2, to - 1)});
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        const DbResult<int> inserted = table.insert(all);
        QVERIFY2(inserted.ok(), qPrintable(inserted.error));
        QCOMPARE(inserted.value, int(all.size()));
        QCOMPARE(table.insert({result(1, from)}).value, 0); // duplicates are ignored
        QVERIFY(db.commit(QStringLiteral("test")).ok());

        QCOMPARE(table.forService(1, from, to).value, inRange);
        QCOMPARE(table.forService(2, from, to).value.size(), 2);
        QCOMPARE(table.count().value, qint64(all.size()));
        QCOMPARE(table.latestLatencies(from).value.value(1), all[5].totalUs);
    }

    void insertsRollBackAndFailuresNameTheFile()
    {
        const QString path = freshPath();
        Database db;
        QVERIFY(db.open(path).ok());
        ResultTable table(db);
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QCOMPARE(table.insert({result(1, T0), result(2, T0)}).value, 2);
        db.rollback();
        QCOMPARE(table.count().value, qint64(0));
        QCOMPARE(table.insert({result(1, T0)}).value, 1); // outside a transaction: committed on its own
        QCOMPARE(table.count().value, qint64(1));

        QVERIFY(db.run(QStringLiteral("DROP TABLE results"), {}, QStringLiteral("test")).ok());
        const DbResult<int> failed = table.insert({result(1, T0 + Minute)});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error.contains(path), qPrintable(failed.error));
        QVERIFY2(failed.error.contains(QStringLiteral("results")), qPrintable(failed.error));
    }

    void rollupsAcrossRangeEdges()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        RollupTable table(db);
        QList<RollupRow> rows;
        for (int i = -1; i <= 3; ++i)
            rows.append(RollupRow{1, RollupPoint{T0 + i * Minute, 4, 1, 1.5, 2.25, 3.0, 3.0}});
        rows.append(RollupRow{2, RollupPoint{T0, 1, 0, 9, 9, 9, 9}});
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(table.write(rows).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        const QList<RollupPoint> got = table.forService(1, T0, T0 + 3 * Minute).value;
        QCOMPARE(got, (QList<RollupPoint>{rows[1].point, rows[2].point, rows[3].point}));

        // A late row for a stored minute merges instead of replacing.
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(table.write({RollupRow{2, RollupPoint{T0, 1, 0, 1, 1, 1, 1}}}).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        const RollupPoint merged = table.forService(2, T0, T0 + 1).value.first();
        QCOMPARE(merged.count, 2);
        QCOMPARE(merged.minMs, 1.0);
        QCOMPARE(merged.avgMs, 5.0);
    }

    void stateChangesAcrossRangeEdges()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        StateChangeTable table(db);
        const qint64 from = T0;
        const qint64 to = T0 + Day;
        QList<StateChange> changes{
            change(1, from - 5000, ServiceState::Unknown, ServiceState::Up),
            change(1, from - 10, ServiceState::Up, ServiceState::Down, QStringLiteral("x")),
            change(1, from, ServiceState::Down, ServiceState::Up),
            change(1, to - 1, ServiceState::Up, ServiceState::Paused),
            change(1, to, ServiceState::Paused, ServiceState::Up),
            change(2, from + 1, ServiceState::Unknown, ServiceState::Down)};
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QCOMPARE(table.insert(&changes).value, 6);
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        for (const StateChange& c : changes)
            QVERIFY(c.id > 0);
        QCOMPARE(table.forService(1, from, to, true).value,
                 (QList<StateChange>{changes[1], changes[2], changes[3]}));
        QCOMPARE(table.forService(1, from, to, false).value, (QList<StateChange>{changes[2], changes[3]}));
        QCOMPARE(table.forService(1, from - 20'000, from - 6000, true).value.size(), 0);
    }

    void retentionPrunesOldResults()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        ResultTable table(db);
        QCOMPARE(table.retentionDays().value, 30);
        QVERIFY(table.setRetentionDays(7).ok());
        QCOMPARE(table.retentionDays().value, 7);
        const qint64 now = T0 + 100 * Day;
        const qint64 cutoff = now - 7 * Day;
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(table
                    .insert({result(1, cutoff - Day), result(1, cutoff - 1), result(1, cutoff),
                             result(2, now - 1)})
                    .ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        QCOMPARE(table.prune(now).value, 2);
        const QList<CheckResult> left = table.forService(1, 0, now).value;
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().startedAtMs, cutoff);
        QCOMPARE(table.count().value, qint64(2));
    }

    void rawResultsComeOnlyWithShortPeriods_data()
    {
        QTest::addColumn<qint64>("spanMs");
        QTest::addColumn<int>("expected");
        // Results sit 30 s after the period's start and 30 s before its end.
        QTest::newRow("one hour") << qint64(3600'000) << 2;
        QTest::newRow("exactly six hours") << qint64(6 * 3600'000) << 2;
        QTest::newRow("six hours and a minute") << qint64(6 * 3600'000 + Minute) << 0;
        QTest::newRow("one day") << Day << 0;
    }

    void rawResultsComeOnlyWithShortPeriods()
    {
        QFETCH(qint64, spanMs);
        QFETCH(int, expected);
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        ServiceDefinition s;
        s.name = QStringLiteral("web");
        const qint64 id = ServiceTable(db).save(s).value;
        const CheckResult first = result(id, T0 + 30'000, 12'000);
        const CheckResult last = result(id, T0 + spanMs - 30'000, 0, CheckResult::Outcome::Down);
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(ResultTable(db).insert({first, last, result(id, T0 - 1), result(id, T0 + spanMs)}).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());

        const DbResult<ServiceHistory> history = HistoryReader(db).history(id, T0, T0 + spanMs);
        QVERIFY2(history.ok(), qPrintable(history.error));
        QCOMPARE(history.value.results.size(), expected);
        if (expected > 0) {
            QCOMPARE(history.value.results.first(), first);
            QCOMPARE(history.value.results.last(), last);
        }
    }

    void resultReadsHonourALimit()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        ResultTable table(db);
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(table.insert({result(1, T0), result(1, T0 + 1000), result(1, T0 + 2000)}).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        const QList<CheckResult> limited = table.forService(1, T0, T0 + Minute, 2).value;
        QCOMPARE(limited.size(), 2);
        QCOMPARE(limited.last().startedAtMs, T0 + 1000); // the oldest are kept
        QCOMPARE(table.forService(1, T0, T0 + Minute).value.size(), 3);
    }

    void historyAndSummaries()
    {
        Database db;
        QVERIFY(db.open(freshPath()).ok());
        ServiceDefinition s;
        s.name = QStringLiteral("web");
        const qint64 id = ServiceTable(db).save(s).value;
        ServiceDefinition quiet;
        quiet.name = QStringLiteral("never checked");
        const qint64 quietId = ServiceTable(db).save(quiet).value;
        ServiceDefinition steady;
        steady.name = QStringLiteral("steady");
        const qint64 steadyId = ServiceTable(db).save(steady).value;
        const qint64 now = T0 + 2 * Day;
        const qint64 dayAgo = now - Day;
        // Up since long before the window, down for the last 6 hours of it.
        QList<StateChange> changes{change(id, T0, ServiceState::Unknown, ServiceState::Up),
                                   change(id, now - 6 * 3600 * 1000, ServiceState::Up, ServiceState::Down,
                                          QStringLiteral("HTTP 503"))};
        // Up since before the window, and no change inside it: known from the change before alone.
        QList<StateChange> steadyChanges{
            change(steadyId, T0 - Day, ServiceState::Unknown, ServiceState::Down, QStringLiteral("refused")),
            change(steadyId, T0 + 1000, ServiceState::Down, ServiceState::Up)};
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        QVERIFY(StateChangeTable(db).insert(&changes).ok());
        QVERIFY(StateChangeTable(db).insert(&steadyChanges).ok());
        QVERIFY(ResultTable(db)
                    .insert({result(id, now - 120'000, 31'400), result(id, now - 60'000, 42'600)})
                    .ok());
        QVERIFY(RollupTable(db).write({RollupRow{id, RollupPoint{dayAgo, 2, 0, 1, 2, 3, 3}}}).ok());
        QVERIFY(db.commit(QStringLiteral("test")).ok());

        const ServiceHistory history = HistoryReader(db).history(id, dayAgo, now).value;
        QCOMPARE(history.serviceId, id);
        QCOMPARE(history.rollups.size(), 1);
        QCOMPARE(history.changes, changes); // the one before the range, then the one inside

        const QList<ServiceSummary> summaries = HistoryReader(db).summaries(now).value;
        QCOMPARE(summaries.size(), 3);
        QCOMPARE(summaries[0].serviceId, id);
        QCOMPARE(summaries[0].state, ServiceState::Down);
        QCOMPARE(summaries[0].sinceMs, changes[1].atMs);
        QCOMPARE(summaries[0].reason, QStringLiteral("HTTP 503"));
        QCOMPARE(summaries[0].uptime24hPercent, 75.0);
        QCOMPARE(summaries[0].lastLatencyMs, 43);
        QCOMPARE(summaries[1].serviceId, quietId);
        QCOMPARE(summaries[1].state, ServiceState::Unknown);
        QCOMPARE(summaries[1].uptime24hPercent, -1.0);
        QCOMPARE(summaries[1].lastLatencyMs, -1);
        QCOMPARE(summaries[2].serviceId, steadyId);
        QCOMPARE(summaries[2].state, ServiceState::Up);
        QCOMPARE(summaries[2].sinceMs, T0 + 1000);
        QCOMPARE(summaries[2].reason, QString());
        QCOMPARE(summaries[2].uptime24hPercent, 100.0);

        // Asked again (the window does every minute), the kept statements answer the same.
        const QList<ServiceSummary> again = HistoryReader(db).summaries(now).value;
        QCOMPARE(again.size(), 3);
        QCOMPARE(again[0].state, ServiceState::Down);
        QCOMPARE(again[2].sinceMs, T0 + 1000);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
