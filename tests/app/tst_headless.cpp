#include "LoopbackHttpServer.h"

#include "session/MonitoringSession.h"
#include "time/Clock.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// `vigie --headless`, the real executable, against a loopback server: one line per state change, a wrong
// workspace file named with its line and column while the stored workspace keeps running, and a clean stop.
class TestHeadless : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsStateChangesAndKeepsStoredWorkspaceOnBadFile();
    void helpAndVersion();
    void declaresIncidentsAndOffersInHeadlessMode();
    void testsAChannelFromTheCommandLine_data();
    void testsAChannelFromTheCommandLine();
    void testsAChannelKeptInTheStore();

private:
    bool startVigie(QProcess& process, const QStringList& args);
    QString writeWorkspace(const QString& name, const QByteArray& yaml);

    QTemporaryDir m_dir;
    LoopbackHttpServer m_server;
};

void TestHeadless::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    m_server.setReply("/ok", LoopbackHttpServer::Reply{200, "OK", {}, 0, 0, 0});
    m_server.setReply("/broken", LoopbackHttpServer::Reply{503, "down", {}, 0, 0, 0});
    // Slack answers a payload without text with 400 no_text when the webhook exists, 403 when it does not.
    m_server.setReply("/slack-ok", LoopbackHttpServer::Reply{400, "no_text", {}, 0, 0, 0});
    m_server.setReply("/slack-revoked", LoopbackHttpServer::Reply{403, "invalid_token", {}, 0, 0, 0});
}

QString TestHeadless::writeWorkspace(const QString& name, const QByteArray& yaml)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        return QString();
    return path;
}

bool TestHeadless::startVigie(QProcess& process, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VIGIE_EXECUTABLE), args);
    return process.waitForStarted(10'000);
}

void TestHeadless::printsStateChangesAndKeepsStoredWorkspaceOnBadFile()
{
    const QByteArray yaml = "version: 1\nservices:\n"
                            "  - name: Storefront\n    kind: http\n    target: " +
                            m_server.url(QStringLiteral("/ok")).toUtf8() +
                            "\n    interval: 1s\n    timeout: 5s\n    failures_before_down: 3\n"
                            "  - name: Payments\n    kind: http\n    target: " +
                            m_server.url(QStringLiteral("/broken")).toUtf8() +
                            "\n    interval: 1s\n    timeout: 900ms\n    failures_before_down: 1\n";
    const QString db = m_dir.filePath(QStringLiteral("headless.sqlite"));
    {
        QProcess vigie;
        QVERIFY(
            startVigie(vigie, {QStringLiteral("--headless"), QStringLiteral("--no-demo"),
                               QStringLiteral("-d"), db, writeWorkspace(QStringLiteral("good.yaml"), yaml)}));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += vigie.readAllStandardOutput())
                                     .contains("Payments  unknown -> down  unexpected status 503"),
                                 20'000);
        QVERIFY2(out.contains("watching 2 services"), out.constData());
        QTRY_VERIFY_WITH_TIMEOUT((out += vigie.readAllStandardOutput()).contains("Storefront  unknown -> up"),
                                 20'000);
        vigie.terminate();
        QVERIFY(vigie.waitForFinished(15'000));
        QCOMPARE(vigie.exitStatus(), QProcess::NormalExit);
        QCOMPARE(vigie.exitCode(), 0);
    }
    // A wrong file: named with line and column; the two stored services keep being watched.
    QProcess vigie;
    QVERIFY(startVigie(vigie,
                       {QStringLiteral("--headless"), QStringLiteral("--no-demo"), QStringLiteral("-d"), db,
                        writeWorkspace(QStringLiteral("bad.yaml"),
                                       "version: 1\nservices:\n  - name: X\n    kynd: http\n")}));
    QByteArray err;
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((err += vigie.readAllStandardError()).contains("bad.yaml:4:5"), 20'000);
    QVERIFY2(err.contains("kynd"), err.constData());
    QTRY_VERIFY_WITH_TIMEOUT((out += vigie.readAllStandardOutput()).contains("watching 2 services"), 20'000);
    vigie.terminate();
    QVERIFY(vigie.waitForFinished(15'000));
    QCOMPARE(vigie.exitCode(), 0);
}

void TestHeadless::declaresIncidentsAndOffersInHeadlessMode()
{
    // Shop is auto-declared; Blog is not, so its outage is reported as undeclared.
    const QByteArray yaml = "version: 1\nincidents:\n  auto_declare_groups: [Shop]\nservices:\n"
                            "  - name: Payments\n    group: Shop\n    kind: http\n    target: " +
                            m_server.url(QStringLiteral("/broken")).toUtf8() +
                            "\n    interval: 1s\n    timeout: 900ms\n    failures_before_down: 1\n"
                            "  - name: Blog\n    group: Website\n    kind: http\n    target: " +
                            m_server.url(QStringLiteral("/broken")).toUtf8() +
                            "\n    interval: 1s\n    timeout: 900ms\n    failures_before_down: 1\n";
    QProcess vigie;
    QVERIFY(startVigie(vigie, {QStringLiteral("--headless"), QStringLiteral("--no-demo"),
                               QStringLiteral("-d"), m_dir.filePath(QStringLiteral("incidents.sqlite")),
                               writeWorkspace(QStringLiteral("incidents.yaml"), yaml)}));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += vigie.readAllStandardOutput()).contains("INC-1  declared  Shop: Payments is down"), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT((out += vigie.readAllStandardOutput())
                                 .contains("-  undeclared  Blog is down and no incident covers it"),
                             20'000);
    vigie.terminate();
    QVERIFY(vigie.waitForFinished(15'000));
    QVERIFY2(!out.contains("INC-2"), out.constData()); // one incident, not one per failed check
}

void TestHeadless::helpAndVersion()
{
    QProcess vigie;
    QVERIFY(startVigie(vigie, {QStringLiteral("--version")}));
    QVERIFY(vigie.waitForFinished(15'000));
    QVERIFY2(vigie.readAllStandardOutput().contains("vigie"), "version output names the program");
    QProcess help;
    QVERIFY(startVigie(help, {QStringLiteral("--help")}));
    QVERIFY(help.waitForFinished(15'000));
    const QByteArray text = help.readAllStandardOutput();
    QVERIFY2(text.contains("--headless") && text.contains("--self-test") && text.contains("--language"),
             text.constData());
}

void TestHeadless::testsAChannelFromTheCommandLine_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ready") << QStringLiteral("Ops chat") << 0 << QStringLiteral("Ops chat (slack): ready");
    QTest::newRow("revoked webhook") << QStringLiteral("Old chat") << 1
                                     << QStringLiteral("Old chat (slack): not ready");
    QTest::newRow("secret missing") << QStringLiteral("No secret") << 1 << QStringLiteral("webhook_url");
    QTest::newRow("unknown channel") << QStringLiteral("Nope") << 1
                                     << QStringLiteral("Ops chat, Old chat, No secret");
}

void TestHeadless::testsAChannelFromTheCommandLine()
{
    QFETCH(QString, channel);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const QByteArray yaml =
        "version: 1\nchannels:\n"
        "  - name: Ops chat\n    type: slack\n    kind: chat\n    secrets: [webhook_url]\n"
        "  - name: Old chat\n    type: slack\n    kind: chat\n    secrets: [webhook_url]\n"
        "  - name: No secret\n    type: slack\n    kind: chat\n    secrets: [webhook_url]\n";
    const QString workspace = writeWorkspace(QStringLiteral("channels.yaml"), yaml);
    qputenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL", m_server.url(QStringLiteral("/slack-ok")).toUtf8());
    qputenv("VIGIE_SECRET_OLD_CHAT_WEBHOOK_URL", m_server.url(QStringLiteral("/slack-revoked")).toUtf8());
    const int before = m_server.requestCount();
    QProcess vigie;
    QVERIFY(startVigie(vigie,
                       {QStringLiteral("--test-channel"), channel, QStringLiteral("--no-demo"),
                        QStringLiteral("-d"), m_dir.filePath(QStringLiteral("unused.sqlite")), workspace}));
    // The loopback server answers from this thread's event loop: wait without blocking it.
    QTRY_COMPARE_WITH_TIMEOUT(vigie.state(), QProcess::NotRunning, 30'000);
    qunsetenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL");
    qunsetenv("VIGIE_SECRET_OLD_CHAT_WEBHOOK_URL");
    const QString out = QString::fromUtf8(vigie.readAllStandardOutput() + vigie.readAllStandardError());
    QCOMPARE(vigie.exitCode(), exitCode);
    QVERIFY2(out.contains(expected), qPrintable(out));
    // The secret (the webhook's address) is never printed.
    QVERIFY2(!out.contains(QStringLiteral("/slack-")), qPrintable(out));
    // A file's channel is checked without creating or touching a store.
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unused.sqlite"))));
    if (channel == QLatin1String("Ops chat") || channel == QLatin1String("Old chat"))
        QCOMPARE(m_server.requestCount(), before + 1);
    else
        QCOMPARE(m_server.requestCount(), before);
}

void TestHeadless::testsAChannelKeptInTheStore()
{
    const QString db = m_dir.filePath(QStringLiteral("channels.sqlite"));
    {
        MonitoringSession session(SystemClock::instance());
        QCOMPARE(session.open(db), std::nullopt);
        ChannelConfig chat;
        chat.name = QStringLiteral("Ops chat");
        chat.type = QStringLiteral("slack");
        chat.messageKind = ChannelKind::Chat;
        chat.secrets = {QStringLiteral("webhook_url")};
        session.setChannels({chat});
        QVERIFY(session.waitForPendingWrites());
        session.stop();
    }
    qputenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL", m_server.url(QStringLiteral("/slack-ok")).toUtf8());
    QProcess vigie;
    QVERIFY(startVigie(vigie, {QStringLiteral("--test-channel"), QStringLiteral("Ops chat"),
                               QStringLiteral("--no-demo"), QStringLiteral("-d"), db}));
    // The loopback server answers from this thread's event loop: wait without blocking it.
    QTRY_COMPARE_WITH_TIMEOUT(vigie.state(), QProcess::NotRunning, 30'000);
    qunsetenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL");
    const QByteArray out = vigie.readAllStandardOutput() + vigie.readAllStandardError();
    QCOMPARE(vigie.exitCode(), 0);
    QVERIFY2(out.contains("Ops chat (slack): ready"), out.constData());
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
