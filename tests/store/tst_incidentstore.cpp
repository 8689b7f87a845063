#include "IncidentFixtures.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "store/IncidentTable.h"
#include "store/ResultTable.h"
#include "store/SchemaMigrations.h"
#include "store/ServiceTable.h"
#include "store/StateChangeTable.h"
#include "store/Store.h"
#include "time/Clock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

namespace {

constexpr qint64 T0 = IncidentFixtures::T0;
constexpr qint64 Minute = IncidentFixtures::Minute;

// The Store and IncidentStore pair the application runs, on one file.
struct Stores
{
    Store store{SystemClock::instance()};
    IncidentStore incidents{store};
    DbResult<bool> opened;

    explicit Stores(const QString& path)
    {
        opened = store.open(path);
        if (opened.ok())
            opened = incidents.open(path);
    }
};

QList<IncidentRecord> loadAll(IncidentStore& incidents)
{
    QSignalSpy loaded(&incidents, &IncidentStore::loaded);
    QSignalSpy failed(&incidents, &IncidentStore::loadFailed);
    incidents.loadAll();
    if (!loaded.wait(10'000) || !failed.isEmpty())
        return {};
    return loaded.first().first().value<QList<IncidentRecord>>();
}

int committedSum(const QSignalSpy& spy)
{
    int sum = 0;
    for (const QList<QVariant>& args : spy)
        sum += args.first().toInt();
    return sum;
}

// A second connection, outside Qt and outside the store, as another process holding the file would be.
class ForeignLock
{
public:
    explicit ForeignLock(const QString& path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
    }
    ~ForeignLock() { sqlite3_close(m_db); }
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3* m_db = nullptr;
};

} // namespace

class TestIncidentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("incidents-%1.db").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsAFullRecord_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("drill");
        QTest::newRow("incident") << int(Incident::Kind::Incident) << false;
        QTest::newRow("incident drill") << int(Incident::Kind::Incident) << true;
        QTest::newRow("maintenance with window") << int(Incident::Kind::Maintenance) << false;
    }

    void roundTripsAFullRecord()
    {
        QFETCH(int, kind);
        QFETCH(bool, drill);
        const IncidentRecord expected = IncidentFixtures::fullRecord(Incident::Kind(kind), drill);
        const QString path = freshPath();
        {
            Stores stores(path);
            QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
            QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
            QSignalSpy failed(&stores.incidents, &IncidentStore::writeFailed);
            stores.incidents.saveIncident(expected.incident);
            // Events asked for out of time order come back in time order.
            for (int i : {2, 0, 3, 1})
                stores.incidents.appendEvent(expected.events.at(i));
            for (const MessageDraft& d : expected.drafts)
                stores.incidents.saveDraft(d);
            for (const MessagePromise& p : expected.promises)
                stores.incidents.savePromise(p);
            QCOMPARE(stores.incidents.pendingWrites(), 9);
            QTRY_VERIFY2_WITH_TIMEOUT(
                committedSum(committed) == 9,
                qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()), 10'000);
            QCOMPARE(stores.incidents.pendingWrites(), 0);
            QVERIFY(failed.isEmpty());
            stores.incidents.close();
            stores.store.close();
        }
        Stores reopened(path);
        QVERIFY2(reopened.opened.ok(), qPrintable(reopened.opened.error));
        const QList<IncidentRecord> records = loadAll(reopened.incidents);
        QCOMPARE(records.size(), 1);
        const IncidentRecord& got = records.first();
        QCOMPARE(got.incident.affected, expected.incident.affected);
        QCOMPARE(got.incident.marks, expected.incident.marks);
        QCOMPARE(got.incident.moments, expected.incident.moments);
        QCOMPARE(got.incident.title, expected.incident.title);
        QCOMPARE(got.incident, expected.incident);
        QCOMPARE(got.events.size(), expected.events.size());
        for (qsizetype i = 0; i < expected.events.size(); ++i)
            QCOMPARE(got.events.at(i), expected.events.at(i));
        QCOMPARE(got.drafts, expected.drafts);
        QCOMPARE(got.promises, expected.promises);
        QVERIFY(got == expected);
    }

    void fileStoresStableKeys()
    {
        const QString path = freshPath();
        Stores stores(path);
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        const IncidentRecord record = IncidentFixtures::fullRecord(Incident::Kind::Incident, false);
        QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
        stores.incidents.saveIncident(record.incident);
        stores.incidents.appendEvent(record.events.at(1));
        stores.incidents.saveDraft(record.drafts.at(0));
        stores.incidents.savePromise(record.promises.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 4, 10'000);

        Database db;
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, severity, status, resolved_ms IS NULL FROM incidents")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("incident"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("sev1"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("identified"));
        QCOMPARE(q.value(3).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT impact FROM incident_services ORDER BY position")));
        QStringList impacts;
        while (q.next())
            impacts.append(q.value(0).toString());
        QCOMPARE(impacts, QStringList({QStringLiteral("major_outage"), QStringLiteral("degraded_performance"),
                                       QStringLiteral("partial_outage")}));
        QVERIFY(q.exec(QStringLiteral("SELECT state FROM incident_marks WHERE step_id = 'fallback-page'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("skipped"));
        QVERIFY(q.exec(QStringLiteral("SELECT kind, visibility FROM incident_events")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("step_done"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("public"));
        QVERIFY(q.exec(QStringLiteral("SELECT channel, state FROM message_drafts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("email"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("approved"));
        QVERIFY(q.exec(QStringLiteral("SELECT kind, missed FROM message_promises")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("resolution"));
        QCOMPARE(q.value(1).toInt(), 1);
    }

    void savingAnIncidentReplacesItsServicesAndMarks()
    {
        Stores stores(freshPath());
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
        stores.incidents.saveIncident(incident);
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 1, 10'000);
        incident.affected = {AffectedService{3, QStringLiteral("Connexion (SSO)"), Impact::PartialOutage}};
        incident.marks.removeLast();
        incident.status = IncidentStatus::Resolved;
        incident.moments.resolvedMs = T0 + 95 * Minute;
        stores.incidents.saveIncident(incident);
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 2, 10'000);
        const QList<IncidentRecord> records = loadAll(stores.incidents);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().incident, incident);
    }

    void appendingAnEventTwiceKeepsTheFirst()
    {
        const QString path = freshPath();
        Stores stores(path);
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        const Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        const IncidentEvent first =
            IncidentFixtures::timelineEvent(incident.id, 1, T0, IncidentEvent::Kind::Note);
        IncidentEvent again = first;
        again.text = QStringLiteral("a retried write must not change the line");
        QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
        QSignalSpy failed(&stores.incidents, &IncidentStore::writeFailed);
        stores.incidents.saveIncident(incident);
        stores.incidents.appendEvent(first);
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 2, 10'000);
        stores.incidents.appendEvent(again);
        stores.incidents.appendEvent(first);
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 4, 10'000);
        QVERIFY(failed.isEmpty());
        const QList<IncidentRecord> records = loadAll(stores.incidents);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().events, QList<IncidentEvent>{first});
    }

    void draftSavesKeepTheLatestText()
    {
        const QString path = freshPath();
        const Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        MessageDraft d =
            IncidentFixtures::draft(incident.id, QStringLiteral("draft-1"), ChannelKind::Chat, QString());
        QString typed;
        {
            Stores stores(path);
            QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
            QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
            stores.incidents.saveIncident(incident);
            const QString words = QStringLiteral("Nous rétablissons le service — merci de votre patience 🙏");
            for (const QChar c : words) {
                typed.append(c);
                d.body = typed;
                d.updatedAtMs += 250;
                stores.incidents.saveDraft(d);
                if (typed.size() % 10 == 0) // let some saves commit alone, others together
                    QTest::qWait(5);
            }
            QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), int(words.size()) + 1, 10'000);
            QCOMPARE(stores.incidents.pendingWrites(), 0);
            const QList<IncidentRecord> records = loadAll(stores.incidents);
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().drafts, QList<MessageDraft>{d});
        }
        Stores reopened(path);
        QVERIFY2(reopened.opened.ok(), qPrintable(reopened.opened.error));
        const QList<IncidentRecord> records = loadAll(reopened.incidents);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().drafts.size(), 1);
        QCOMPARE(records.first().drafts.first().body, typed);
        QCOMPARE(records.first().drafts.first(), d);
    }

    void eventsLoadInTimeOrderPerIncident()
    {
        Stores stores(freshPath());
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        const Incident a = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        const Incident b = IncidentFixtures::fullIncident(Incident::Kind::Maintenance, false);
        // Times out of order, two at the same time (kept in the order appended), two incidents interleaved.
        const QList<IncidentEvent> asked{
            IncidentFixtures::timelineEvent(a.id, 1, T0 + 30, IncidentEvent::Kind::Note),
            IncidentFixtures::timelineEvent(b.id, 2, T0 + 5, IncidentEvent::Kind::Note),
            IncidentFixtures::timelineEvent(a.id, 3, T0 + 10, IncidentEvent::Kind::Note),
            IncidentFixtures::timelineEvent(a.id, 4, T0 + 20, IncidentEvent::Kind::Note),
            IncidentFixtures::timelineEvent(a.id, 5, T0 + 10, IncidentEvent::Kind::Note),
            IncidentFixtures::timelineEvent(b.id, 6, T0 + 1, IncidentEvent::Kind::Note)};
        QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
        stores.incidents.saveIncident(a);
        stores.incidents.saveIncident(b);
        for (const IncidentEvent& e : asked) {
            stores.incidents.appendEvent(e);
            QTest::qWait(1); // separate commits, so that the order is the file's, not the queue's
        }
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 8, 10'000);
        const QList<IncidentRecord> records = loadAll(stores.incidents);
        QCOMPARE(records.size(), 2);
        auto ids = [&records](const QString& incidentId) {
            QStringList list;
            for (const IncidentRecord& r : records) {
                if (r.incident.id == incidentId) {
                    for (const IncidentEvent& e : r.events)
                        list.append(e.id.section(QLatin1Char('-'), -1));
                }
            }
            return list;
        };
        QCOMPARE(ids(a.id), QStringList({QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("4"),
                                         QStringLiteral("1")}));
        QCOMPARE(ids(b.id), QStringList({QStringLiteral("6"), QStringLiteral("2")}));
    }

    void writesRefusedByALockedFileLandInOrderOnceReleased()
    {
        const QString path = freshPath();
        Stores stores(path);
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        const Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
        QSignalSpy failed(&stores.incidents, &IncidentStore::writeFailed);
        stores.incidents.saveIncident(incident);
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 1, 10'000);

        ForeignLock other(path);
        QVERIFY2(other.exec("BEGIN EXCLUSIVE"), qPrintable(other.error()));
        MessageDraft d = IncidentFixtures::draft(incident.id, QStringLiteral("draft-1"),
                                                 ChannelKind::StatusPage, QStringLiteral("Premier jet"));
        const IncidentEvent note =
            IncidentFixtures::timelineEvent(incident.id, 1, T0 + Minute, IncidentEvent::Kind::Note);
        IncidentEvent sameIdLater = note;
        sameIdLater.text = QStringLiteral("asked for after the first: must not replace it");
        Incident resolved = incident;
        resolved.status = IncidentStatus::Resolved;
        stores.incidents.saveDraft(d);
        stores.incidents.appendEvent(note);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10'000);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("locked")), qPrintable(message));
        // More writes while the file is refused: they queue behind the first ones.
        d.body = QStringLiteral("Version finale, relue ✅");
        stores.incidents.saveDraft(d);
        stores.incidents.appendEvent(sameIdLater);
        stores.incidents.saveIncident(resolved);
        QCOMPARE(stores.incidents.pendingWrites(), 5);
        QTest::qWait(3 * 250); // retries happen meanwhile and fail
        QCOMPARE(committedSum(committed), 1);
        QCOMPARE(stores.incidents.pendingWrites(), 5);

        QVERIFY2(other.exec("COMMIT"), qPrintable(other.error()));
        QTRY_COMPARE_WITH_TIMEOUT(stores.incidents.pendingWrites(), 0, 15'000);
        QCOMPARE(committedSum(committed), 6);
        const QList<IncidentRecord> records = loadAll(stores.incidents);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().incident.status, IncidentStatus::Resolved);
        QCOMPARE(records.first().drafts, QList<MessageDraft>{d});
        QCOMPARE(records.first().events, QList<IncidentEvent>{note});
    }

    void closingTheStoreFirstStillCommitsQueuedWrites()
    {
        const QString path = freshPath();
        const Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        {
            Stores stores(path);
            QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
            stores.incidents.saveIncident(incident);
            stores.store.close();
        }
        Stores reopened(path);
        QVERIFY2(reopened.opened.ok(), qPrintable(reopened.opened.error));
        const QList<IncidentRecord> records = loadAll(reopened.incidents);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().incident, incident);
    }

    void anUnknownKeyInTheFileIsReportedWithItsPlace()
    {
        const QString path = freshPath();
        Stores stores(path);
        QVERIFY2(stores.opened.ok(), qPrintable(stores.opened.error));
        const Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        QSignalSpy committed(&stores.incidents, &IncidentStore::writesCommitted);
        stores.incidents.saveIncident(incident);
        QTRY_COMPARE_WITH_TIMEOUT(committedSum(committed), 1, 10'000);
        ForeignLock other(path);
        QVERIFY(other.exec("UPDATE incidents SET severity = 'sev9'"));

        QSignalSpy failed(&stores.incidents, &IncidentStore::loadFailed);
        stores.incidents.loadAll();
        QVERIFY(failed.wait(10'000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("sev9")), qPrintable(message));
        QVERIFY2(message.contains(incident.id), qPrintable(message));
    }

    void refusesToWorkWithoutAnOpenStore()
    {
        Store store(SystemClock::instance());
        IncidentStore incidents(store);
        const QString path = freshPath();
        const DbResult<bool> opened = incidents.open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
        QSignalSpy failed(&incidents, &IncidentStore::writeFailed);
        incidents.saveDraft(IncidentFixtures::draft(QStringLiteral("i"), QStringLiteral("d"),
                                                    ChannelKind::Chat, QStringLiteral("x")));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(incidents.pendingWrites(), 0);
    }

    void migratesAVersionFourFileKeepingItsData()
    {
        const QString path = freshPath();
        const QList<MigrationStep> upToFour = SchemaMigrations::steps().mid(0, 4);
        QCOMPARE(upToFour.last().version, 4);
        ServiceDefinition service;
        service.name = QStringLiteral("api");
        service.group = QStringLiteral("core");
        service.target = QStringLiteral("https://127.0.0.1/health");
        qint64 serviceId = 0;
        {
            Database v4;
            const DbResult<bool> opened = v4.open(path, upToFour);
            QVERIFY2(opened.ok(), qPrintable(opened.error));
            QCOMPARE(v4.schemaVersion().value, 4);
            QVERIFY(!v4.connection().tables().contains(QStringLiteral("incidents")));
            serviceId = ServiceTable(v4).save(service).value;
            QVERIFY(serviceId > 0);
            QVERIFY(v4.begin(QStringLiteral("test")).ok());
            CheckResult r;
            r.serviceId = serviceId;
            r.startedAtMs = T0;
            r.totalUs = 12'000;
            QCOMPARE(ResultTable(v4).insert({r}).value, 1);
            QList<StateChange> changes{StateChange{0, serviceId, T0, ServiceState::Up, ServiceState::Down,
                                                   QStringLiteral("refused")}};
            QVERIFY(StateChangeTable(v4).insert(&changes).ok());
            QVERIFY(v4.commit(QStringLiteral("test")).ok());
        }

        Database db;
        const DbResult<bool> opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QVERIFY(SchemaMigrations::currentVersion() >= 5);
        QCOMPARE(db.schemaVersion().value, SchemaMigrations::currentVersion());
        for (const char* table : {"incidents", "incident_services", "incident_marks", "incident_events",
                                  "message_drafts", "message_promises"})
            QVERIFY2(db.connection().tables().contains(QLatin1String(table)), table);
        const QList<ServiceDefinition> services = ServiceTable(db).all().value;
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first().name, QStringLiteral("api"));
        QCOMPARE(ResultTable(db).count().value, qint64(1));
        const QList<StateChange> changes = StateChangeTable(db).forService(serviceId, 0, T0 + 1, false).value;
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().reason, QStringLiteral("refused"));

        // And the new tables work in the migrated file.
        const Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, true);
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        const DbResult<bool> saved = IncidentTable(db).save(incident);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        const DbResult<QList<IncidentRecord>> records = IncidentTable(db).loadAll();
        QVERIFY2(records.ok(), qPrintable(records.error));
        QCOMPARE(records.value.size(), 1);
        QCOMPARE(records.value.first().incident, incident);
    }
};

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
