#include "LoopbackHttpServer.h"
#include "ManualClock.h"

#include "config/Workspace.h"
#include "playbook/ChecklistSchedule.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Incidents next to the monitoring, on a real SQLite file and real checks against a loopback server.
class TestIncidentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void declaredIncidentsSurviveARestart();
    void autoDeclaresForListedGroupsAndOffersOtherwise();
    void remindsOnceWhenAStepFallsDue();
    void aBrokenPlaybookKeepsTheOneInForce();
    void maintenanceWindowsOpenAndClose();
    void aDrillIsTaggedEverywhere();

private:
    ServiceDefinition httpService(const QString& name, const QString& group, const QString& path) const;
    QString db(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestIncidentSession::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setReply("/ok", LoopbackHttpServer::Reply{200, "OK", {}, 0, 0, 0});
    m_server->setReply("/broken", LoopbackHttpServer::Reply{503, "Service Unavailable", {}, 0, 0, 0});
}

ServiceDefinition TestIncidentSession::httpService(const QString& name, const QString& group,
                                                   const QString& path) const
{
    ServiceDefinition def;
    def.name = name;
    def.group = group;
    def.target = m_server->url(path);
    def.intervalSec = 1;
    def.timeoutMs = 900;
    def.failuresBeforeDown = 1;
    return def;
}

void TestIncidentSession::declaredIncidentsSurviveARestart()
{
    const QString path = db("restart.sqlite");
    QString id;
    {
        MonitoringSession monitoring(SystemClock::instance());
        QCOMPARE(monitoring.open(path), std::nullopt);
        IncidentSession incidents(monitoring, SystemClock::instance());
        QCOMPARE(incidents.open(path), std::nullopt);
        DeclareRequest request;
        request.title = QStringLiteral("Paiements indisponibles");
        request.severity = Severity::Sev1;
        request.affected = {AffectedService{7, QStringLiteral("Payments"), Impact::MajorOutage}};
        id = incidents.desk().declare(request);
        QCOMPARE(incidents.desk().addNote(id, QStringLiteral("Provider paged"),
                                          IncidentEvent::Visibility::Internal),
                 std::nullopt);
        MessageDraft draft;
        draft.incidentId = id;
        draft.channel = ChannelKind::Email;
        draft.language = QStringLiteral("fr");
        draft.subject = QStringLiteral("Incident en cours");
        draft.body = QStringLiteral("Nous enquêtons.");
        QVERIFY(incidents.desk().saveDraft(draft).draft.has_value());
        QTRY_COMPARE_WITH_TIMEOUT(incidents.pendingWrites(), 0, 10'000);
        incidents.close();
    }
    MonitoringSession monitoring(SystemClock::instance());
    QCOMPARE(monitoring.open(path), std::nullopt);
    IncidentSession incidents(monitoring, SystemClock::instance());
    QCOMPARE(incidents.open(path), std::nullopt);
    const IncidentRecord* record = incidents.desk().record(id);
    QVERIFY(record);
    QCOMPARE(record->incident.reference, QStringLiteral("INC-1"));
    QCOMPARE(record->incident.severity, Severity::Sev1);
    QCOMPARE(record->incident.affected.size(), 1);
    QCOMPARE(record->events.size(), 3); // declared, note, message drafted
    QCOMPARE(record->events.at(1).text, QStringLiteral("Provider paged"));
    QCOMPARE(record->drafts.size(), 1);
    QCOMPARE(record->drafts.first().body, QStringLiteral("Nous enquêtons."));
    QCOMPARE(incidents.incidentReferences().value(7), QStringLiteral("INC-1"));
}

void TestIncidentSession::autoDeclaresForListedGroupsAndOffersOtherwise()
{
    const QString path = db("auto.sqlite");
    MonitoringSession monitoring(SystemClock::instance());
    QCOMPARE(monitoring.open(path), std::nullopt);
    IncidentSession incidents(monitoring, SystemClock::instance());
    QCOMPARE(incidents.open(path), std::nullopt);
    QSignalSpy declared(&incidents, &IncidentSession::autoDeclared);
    QSignalSpy offered(&incidents, &IncidentSession::declareOffered);

    Workspace workspace;
    workspace.incidents.autoDeclareGroups = {QStringLiteral("Shop")};
    workspace.services = {
        httpService(QStringLiteral("Storefront"), QStringLiteral("Shop"), QStringLiteral("/ok")),
        httpService(QStringLiteral("Payments"), QStringLiteral("Shop"), QStringLiteral("/broken")),
        httpService(QStringLiteral("Blog"), QStringLiteral("Website"), QStringLiteral("/broken"))};
    monitoring.applyWorkspace(workspace, false);
    QVERIFY(monitoring.waitForPendingWrites(10'000));
    QCOMPARE(incidents.settings().autoDeclareGroups, QStringList{QStringLiteral("Shop")});
    monitoring.start();

    QTRY_COMPARE_WITH_TIMEOUT(declared.size(), 1, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 1, 20'000);
    const Incident incident = declared.first().first().value<Incident>();
    QCOMPARE(incident.title, QStringLiteral("Shop: Payments is down"));
    QCOMPARE(incident.affected.size(), 1);
    QCOMPARE(incident.affected.first().serviceName, QStringLiteral("Payments"));
    // The auto-declare rule acknowledges nothing: a person still has to.
    QCOMPARE(incident.moments.acknowledgedMs, 0);
    const IncidentRecord* record = incidents.desk().record(incident.id);
    bool sawEvidence = false;
    for (const IncidentEvent& event : record->events)
        sawEvidence |= event.kind == IncidentEvent::Kind::Note && event.text.contains(QStringLiteral("503"));
    QVERIFY(sawEvidence);
    // Blog is in a group the workspace does not auto-declare: Vigie offers instead.
    const qint64 blogId = offered.first().at(0).toLongLong();
    QCOMPARE(monitoring.service(blogId)->name, QStringLiteral("Blog"));
    monitoring.stop();
    QCOMPARE(declared.size(), 1); // further failures of Payments are part of the same incident
}

void TestIncidentSession::remindsOnceWhenAStepFallsDue()
{
    const QString path = db("reminders.sqlite");
    ManualClock clock(1'717'243'200'000);
    MonitoringSession monitoring(clock);
    QCOMPARE(monitoring.open(path), std::nullopt);
    IncidentSession incidents(monitoring, clock);
    QCOMPARE(incidents.open(path), std::nullopt);
    QSignalSpy due(&incidents, &IncidentSession::stepFellDue);

    DeclareRequest request;
    request.title = QStringLiteral("Checkout failing");
    request.severity = Severity::Sev3; // the fallback page step is for SEV1-SEV2 only
    const QString id = incidents.desk().declare(request);
    incidents.tick();
    QCOMPARE(due.size(), 0);
    clock.advanceMs(4 * 60'000);
    incidents.tick();
    QCOMPARE(due.size(), 0);
    // The default playbook tells the internal teams 5 minutes after declaring.
    clock.advanceMs(2 * 60'000);
    incidents.tick();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.first().at(0).value<Incident>().id, id);
    QCOMPARE(due.first().at(1).value<StepStatus>().stepId, QStringLiteral("internal"));
    incidents.tick();
    QCOMPARE(due.size(), 1);
    // Announce (15 min) and acknowledge (30 min) both fall due by 31 minutes, once each.
    clock.advanceMs(25 * 60'000);
    incidents.tick();
    QCOMPARE(due.size(), 3);
    QCOMPARE(due.at(1).at(1).value<StepStatus>().stepId, QStringLiteral("announce"));
    QCOMPARE(due.at(2).at(1).value<StepStatus>().stepId, QStringLiteral("acknowledge"));
}

void TestIncidentSession::aBrokenPlaybookKeepsTheOneInForce()
{
    const QString path = db("playbook.sqlite");
    MonitoringSession monitoring(SystemClock::instance());
    QCOMPARE(monitoring.open(path), std::nullopt);
    IncidentSession incidents(monitoring, SystemClock::instance());
    QCOMPARE(incidents.open(path), std::nullopt);
    const Playbook before = incidents.playbook();
    QVERIFY(!before.steps.isEmpty());

    const QString file = m_dir.filePath(QStringLiteral("broken-playbook.yaml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("id: ours\nsteps:\n  - id: announce\n    title: Announce\n    action: shout\n");
    out.close();
    QSignalSpy errors(&incidents, &IncidentSession::errorOccurred);
    IncidentSettings settings;
    settings.playbookFile = file;
    incidents.applySettings(settings);
    QVERIFY(errors.wait(10'000));
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("broken-playbook.yaml:5:")), qPrintable(message));
    QCOMPARE(incidents.playbook(), before);

    // A good extension replaces it off the UI thread and is announced.
    QFile good(file);
    QVERIFY(good.open(QIODevice::WriteOnly | QIODevice::Truncate));
    good.write("extends: default\nsteps:\n  - id: post-mortem\n    remove: true\n");
    good.close();
    QSignalSpy changed(&incidents, &IncidentSession::playbookChanged);
    incidents.applySettings(settings);
    QVERIFY(changed.wait(10'000));
    QCOMPARE(incidents.playbook().steps.size(), before.steps.size() - 1);
    QCOMPARE(incidents.playbook().indexOf(QStringLiteral("post-mortem")), -1);
}

void TestIncidentSession::maintenanceWindowsOpenAndClose()
{
    const QString path = db("maintenance.sqlite");
    ManualClock clock(1'717'243'200'000);
    MonitoringSession monitoring(clock);
    QCOMPARE(monitoring.open(path), std::nullopt);
    IncidentSession incidents(monitoring, clock);
    QCOMPARE(incidents.open(path), std::nullopt);

    DeclareRequest request;
    request.kind = Incident::Kind::Maintenance;
    request.title = QStringLiteral("Database upgrade");
    request.affected = {AffectedService{3, QStringLiteral("Orders DB"), Impact::UnderMaintenance}};
    request.windowStartMs = clock.nowMs() + 10 * 60'000;
    request.windowEndMs = clock.nowMs() + 40 * 60'000;
    request.windowTimeZoneId = QStringLiteral("Europe/Paris");
    incidents.desk().declare(request);
    QSignalSpy coverage(&incidents, &IncidentSession::coverageChanged);
    incidents.tick();
    QVERIFY(incidents.servicesUnderMaintenance().isEmpty());
    QCOMPARE(coverage.size(), 0);
    clock.advanceMs(11 * 60'000);
    incidents.tick();
    QCOMPARE(incidents.servicesUnderMaintenance(), QSet<qint64>{3});
    QVERIFY(coverage.size() >= 1);
    // The window opened: the maintenance is in progress, said on its timeline.
    const Incident started = incidents.desk().incidents().first();
    QCOMPARE(started.status, IncidentStatus::InProgress);
    QCOMPARE(incidents.desk().record(started.id)->events.last().kind, IncidentEvent::Kind::StatusChanged);
    coverage.clear();
    QCOMPARE(incidents.incidentReferences().value(3), QStringLiteral("MNT-1"));
    clock.advanceMs(30 * 60'000);
    incidents.tick();
    QVERIFY(incidents.servicesUnderMaintenance().isEmpty());
    QCOMPARE(coverage.size(), 1);
}

void TestIncidentSession::aDrillIsTaggedEverywhere()
{
    const QString path = db("drill.sqlite");
    MonitoringSession monitoring(SystemClock::instance());
    QCOMPARE(monitoring.open(path), std::nullopt);
    IncidentSession incidents(monitoring, SystemClock::instance());
    QCOMPARE(incidents.open(path), std::nullopt);
    DeclareRequest request;
    request.drill = true;
    request.title = QStringLiteral("Drill: payments provider gone");
    request.affected = {AffectedService{4, QStringLiteral("Payments"), Impact::MajorOutage},
                        AffectedService{5, QStringLiteral("Checkout API"), Impact::PartialOutage}};
    const QString id = incidents.desk().declare(request);
    const IncidentRecord* record = incidents.desk().record(id);
    QVERIFY(record->incident.drill);
    QVERIFY2(record->events.first().text.startsWith(QStringLiteral("[Drill]")),
             qPrintable(record->events.first().text));
    // The scenario's failing services are on the drill's timeline, marked as such.
    QCOMPARE(record->events.size(), 3);
    QCOMPARE(record->events.at(1).kind, IncidentEvent::Kind::ServiceState);
    QCOMPARE(record->events.at(1).text,
             QStringLiteral("[Drill] Payments is treated as failing (Major outage) for the exercise"));
    QCOMPARE(record->events.at(2).detail, QStringLiteral("5"));
    QCOMPARE(incidents.incidentReferences().value(4), QStringLiteral("INC-1 (drill)"));
}

QTEST_MAIN(TestIncidentSession)
#include "tst_incidentsession.moc"
