#include "LoopbackHttpServer.h"

#include "config/Workspace.h"
#include "config/WorkspaceReader.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The store and the check engine wired together, against real loopback servers and a real SQLite file.
class TestMonitoringSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void watchesAndRemembersAcrossRestart();
    void refusesBrokenWorkspaceFileWithoutChangingAnything_data();
    void refusesBrokenWorkspaceFileWithoutChangingAnything();
    void exportsWhatItWatches();
    void importsGatusWithReport();
    void pausesAndRemoves();
    void keepsChannelsAndIncidentSettingsAcrossRestart();

private:
    ServiceDefinition httpService(const QString& name, const QString& url) const;
    Workspace twoServices() const;
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestMonitoringSession::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setReply("/ok", LoopbackHttpServer::Reply{200, "OK", {}, 0, 0, 0});
    m_server->setReply("/broken", LoopbackHttpServer::Reply{503, "Service Unavailable", {}, 0, 0, 0});
}

ServiceDefinition TestMonitoringSession::httpService(const QString& name, const QString& url) const
{
    ServiceDefinition def;
    def.name = name;
    def.group = QStringLiteral("Shop");
    def.target = url;
    def.intervalSec = 1;
    def.timeoutMs = 900;
    def.failuresBeforeDown = 2;
    return def;
}

Workspace TestMonitoringSession::twoServices() const
{
    Workspace ws;
    ws.services = {httpService(QStringLiteral("Storefront"), m_server->url(QStringLiteral("/ok"))),
                   httpService(QStringLiteral("Payments"), m_server->url(QStringLiteral("/broken")))};
    return ws;
}

QString TestMonitoringSession::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

void TestMonitoringSession::watchesAndRemembersAcrossRestart()
{
    const QString db = m_dir.filePath(QStringLiteral("restart.sqlite"));
    qint64 paymentsId = 0;
    {
        MonitoringSession session(SystemClock::instance());
        QCOMPARE(session.open(db), std::nullopt);
        QSignalSpy changes(&session, &MonitoringSession::stateChanged);
        QSignalSpy stored(&session, &MonitoringSession::resultsStored);
        const auto report = session.applyWorkspace(twoServices(), false);
        QCOMPARE(report.added, 2);
        QVERIFY(session.waitForPendingWrites(10'000));
        QCOMPARE(session.services().size(), 2);
        for (const auto& def : session.services()) {
            QVERIFY(def.id > 0);
            if (def.name == QLatin1String("Payments"))
                paymentsId = def.id;
        }
        session.start();
        // Payments needs two failures in a row before it is DOWN: one lost check is no outage.
        auto downOf = [&](qint64 id) {
            for (const auto& args : changes) {
                const auto c = args.at(0).value<StateChange>();
                if (c.serviceId == id && c.to == ServiceState::Down)
                    return c;
            }
            return StateChange{};
        };
        QTRY_VERIFY_WITH_TIMEOUT(downOf(paymentsId).serviceId == paymentsId, 20'000);
        QVERIFY2(downOf(paymentsId).reason.contains(QStringLiteral("503")),
                 qPrintable(downOf(paymentsId).reason));
        QTRY_VERIFY_WITH_TIMEOUT(session.storedResultCount() >= 4, 20'000);
        QVERIFY(!stored.isEmpty());
        session.stop();
    }
    // A new run on the same file finds the services and the last confirmed states.
    MonitoringSession again(SystemClock::instance());
    QCOMPARE(again.open(db), std::nullopt);
    QCOMPARE(again.services().size(), 2);
    QSignalSpy summaries(&again, &MonitoringSession::summariesReady);
    again.requestSummaries();
    QVERIFY(summaries.wait(10'000));
    const auto list = summaries.first().first().value<QList<ServiceSummary>>();
    bool sawPaymentsDown = false;
    for (const auto& s : list)
        sawPaymentsDown |= s.serviceId == paymentsId && s.state == ServiceState::Down;
    QVERIFY(sawPaymentsDown);
}

void TestMonitoringSession::refusesBrokenWorkspaceFileWithoutChangingAnything_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("where");
    QTest::newRow("syntax error") << QByteArray("services:\n  - name: [unclosed\n")
                                  << QStringLiteral("broken.yaml:");
    QTest::newRow("bad interval") << QByteArray(
                                         "version: 1\nservices:\n  - name: A\n    kind: http\n    target: "
                                         "http://127.0.0.1:1/\n    interval: fast\n")
                                  << QStringLiteral("broken.yaml:6:");
}

void TestMonitoringSession::refusesBrokenWorkspaceFileWithoutChangingAnything()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, where);
    MonitoringSession session(SystemClock::instance());
    QCOMPARE(session.open(m_dir.filePath(QLatin1String(QTest::currentDataTag()) + QStringLiteral(".sqlite"))),
             std::nullopt);
    session.applyWorkspace(twoServices(), false);
    QVERIFY(session.waitForPendingWrites(10'000));
    const auto before = session.services();

    QSignalSpy errors(&session, &MonitoringSession::errorOccurred);
    QSignalSpy applied(&session, &MonitoringSession::workspaceApplied);
    session.importWorkspaceFile(writeFile(QStringLiteral("broken.yaml"), yaml), true);
    QVERIFY(errors.wait(10'000));
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(where), qPrintable(message));
    QVERIFY(applied.isEmpty());
    QCOMPARE(session.services(), before);
}

void TestMonitoringSession::exportsWhatItWatches()
{
    MonitoringSession session(SystemClock::instance());
    QCOMPARE(session.open(m_dir.filePath(QStringLiteral("export.sqlite"))), std::nullopt);
    session.applyWorkspace(twoServices(), false);
    QVERIFY(session.waitForPendingWrites(10'000));
    QSignalSpy exported(&session, &MonitoringSession::workspaceExported);
    const QString path = m_dir.filePath(QStringLiteral("exported.yaml"));
    session.exportWorkspaceFile(path);
    QVERIFY(exported.wait(10'000));
    WorkspaceError error;
    const auto back = WorkspaceReader::readFile(path, &error);
    QVERIFY2(back.has_value(), qPrintable(error.toString()));
    QCOMPARE(back->services.size(), 2);
    QStringList names;
    for (const auto& def : back->services)
        names.append(def.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Payments"), QStringLiteral("Storefront")}));
}

void TestMonitoringSession::importsGatusWithReport()
{
    MonitoringSession session(SystemClock::instance());
    QCOMPARE(session.open(m_dir.filePath(QStringLiteral("gatus.sqlite"))), std::nullopt);
    const QByteArray gatus = "endpoints:\n"
                             "  - name: api\n"
                             "    group: core\n"
                             "    url: \"" +
                             m_server->url(QStringLiteral("/ok")).toUtf8() +
                             "\"\n"
                             "    interval: 30s\n"
                             "    conditions:\n"
                             "      - \"[STATUS] == 200\"\n"
                             "      - \"len([BODY]) > 1\"\n";
    QSignalSpy imported(&session, &MonitoringSession::gatusImported);
    session.importGatusFile(writeFile(QStringLiteral("gatus.yaml"), gatus));
    QVERIFY(imported.wait(10'000));
    QCOMPARE(imported.first().at(1).value<MonitoringSession::ApplyReport>().added, 1);
    const QStringList notes = imported.first().at(2).toStringList();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(QStringLiteral("len")), qPrintable(notes.first()));
    QVERIFY(session.waitForPendingWrites(10'000));
    QCOMPARE(session.services().size(), 1);
    QCOMPARE(session.services().first().name, QStringLiteral("api"));
    QCOMPARE(session.services().first().intervalSec, 30);
}

void TestMonitoringSession::pausesAndRemoves()
{
    MonitoringSession session(SystemClock::instance());
    QCOMPARE(session.open(m_dir.filePath(QStringLiteral("pause.sqlite"))), std::nullopt);
    session.applyWorkspace(twoServices(), false);
    QVERIFY(session.waitForPendingWrites(10'000));
    const qint64 id = session.services().first().id;
    QSignalSpy updated(&session, &MonitoringSession::serviceUpdated);
    session.setPaused(id, true);
    QVERIFY(updated.wait(10'000));
    QVERIFY(session.service(id)->paused);
    QSignalSpy removed(&session, &MonitoringSession::serviceRemoved);
    session.removeService(id);
    QVERIFY(removed.wait(10'000));
    QCOMPARE(removed.first().first().toLongLong(), id);
    QVERIFY(!session.service(id).has_value());
    QCOMPARE(session.services().size(), 1);
}

QTEST_GUILESS_MAIN(TestMonitoringSession)
#include "tst_monitoringsession.moc"

void TestMonitoringSession::keepsChannelsAndIncidentSettingsAcrossRestart()
{
    const QString db = m_dir.filePath(QStringLiteral("sections.sqlite"));
    ChannelConfig slack;
    slack.name = QStringLiteral("Ops chat");
    slack.type = QStringLiteral("slack");
    slack.messageKind = ChannelKind::Chat;
    slack.audience = QStringLiteral("internal");
    slack.secrets = {QStringLiteral("webhook_url")};
    ChannelConfig page;
    page.name = QStringLiteral("Status page");
    page.type = QStringLiteral("statuspage");
    page.settings.insert(QStringLiteral("page_id"), QStringLiteral("abc123"));
    page.secrets = {QStringLiteral("api_key")};
    {
        MonitoringSession session(SystemClock::instance());
        QCOMPARE(session.open(db), std::nullopt);
        Workspace ws = twoServices();
        ws.channels = {slack};
        ws.incidents.statusPageUrl = QStringLiteral("https://status.example.test");
        ws.incidents.languages = {QStringLiteral("fr"), QStringLiteral("en")};
        QSignalSpy channelsChanged(&session, &MonitoringSession::channelsChanged);
        session.applyWorkspace(ws, false);
        QCOMPARE(channelsChanged.size(), 1);
        // Then edited in the window: the later list wins.
        session.setChannels({slack, page});
        QCOMPARE(channelsChanged.size(), 2);
        session.setChannels({slack, page});
        QCOMPARE(channelsChanged.size(), 2); // unchanged: no signal, no write
        QVERIFY(session.waitForPendingWrites());
        session.stop();
    }
    MonitoringSession reopened(SystemClock::instance());
    QCOMPARE(reopened.open(db), std::nullopt);
    QCOMPARE(reopened.channels().size(), 2);
    QCOMPARE(reopened.channels().at(0), slack);
    QCOMPARE(reopened.channels().at(1), page);
    QCOMPARE(reopened.incidentSettings().statusPageUrl, QStringLiteral("https://status.example.test"));
    QCOMPARE(reopened.incidentSettings().languages,
             (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
    // The stored copy holds names of secrets, never values, and is what an export carries.
    QCOMPARE(reopened.currentWorkspace().channels.size(), 2);
    reopened.stop();
}
