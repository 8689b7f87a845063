#include "FakeBlueskyPds.h"
#include "FakeCachetApi.h"
#include "FakeMastodonApi.h"
#include "FakeStatuspageApi.h"
#include "FakeWebhookReceiver.h"
#include "LoopbackHttpServer.h"
#include "SmtpServer.h"

#include "publish/EnvironmentSecretSource.h"
#include "store/Database.h"
#include "store/OutboxDeliveryTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

// Crash safety of a fan-out to six channels of six kinds (Statuspage, Cachet 3, a generic webhook, SMTP,
// Mastodon, Bluesky), each served by a contract server on 127.0.0.1 that checks the documented requests and
// keeps what it took. Each round, a child process (outboxcrash6_child) queues one incident's first message
// and an update on all six (twelve deliveries) in a fresh store; the test kills it with SIGKILL after the
// k-th request reached any server (k varies per round), either while that server holds its answer or a few
// milliseconds after, sometimes kills the next child too, then lets a child finish on the same file, and
// asserts that every server took every message exactly once, threaded under the first.
//
// VIGIE_STRESS_ROUNDS sets the number of rounds (default 12):
//   VIGIE_STRESS_ROUNDS=100 build/dev/tests/publish/tst_outboxcrash6
class TestOutboxCrash6 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyServerTakesEveryMessageOnce();

private:
    struct Plan
    {
        int killAt = 0;       // the request (counted over all servers) after which the first child dies
        int delayMs = 0;      // 0: while the server holds its answer; else this long after the request
        int secondKillAt = 0; // > 0: the second child dies at this request too (while it is held)
    };
    struct Totals
    {
        int rounds = 0;
        int deliveries = 0;
        int kills = 0;
        int duplicates = 0;
        int missing = 0;
        int interrupted = 0; // deliveries a kill left "may have been sent"
        int unconfirmed = 0; // mails taken as sent after a kill at their end (SMTP cannot be asked)
        int keyReplays = 0;  // repeats the servers answered from an idempotency key
    };

    static Plan planFor(int round);
    void writeChannels();
    // Runs one child on `db` until it exits; kills it after request `killAt` (0: never). Sets `*killed`.
    void runChild(int round, const QString& db, int killAt, int delayMs, bool* killed);
    void onRequest();
    void checkRound(int round, const QString& db);

    QTemporaryDir m_dir;
    QString m_channelsFile;
    LoopbackHttpServer m_statuspageServer;
    LoopbackHttpServer m_cachetServer;
    LoopbackHttpServer m_mastodonServer;
    LoopbackHttpServer m_blueskyServer;
    LoopbackHttpServer m_webhookServer;
    FakeStatuspageApi m_statuspage;
    FakeCachetApi m_cachet;
    FakeMastodonApi m_mastodon;
    FakeBlueskyPds m_bluesky;
    FakeWebhookReceiver m_webhook;
    SmtpServer m_smtp;
    Totals m_totals;

    // The trap: the current child and when to kill it.
    QPointer<QProcess> m_child;
    int m_requests = 0;
    int m_killAt = 0;
    int m_delayMs = 0;
};

namespace {

const QString kSmtpUser = QStringLiteral("vigie");
const QByteArray kSmtpPassword = QByteArrayLiteral("smtp-contract-pass-93be");
constexpr int kMessages = 2;
constexpr int kChannels = 6;

int occurrences(const QStringList& texts, const QString& marker)
{
    int count = 0;
    for (const QString& text : texts)
        count += text.contains(marker) ? 1 : 0;
    return count;
}

QJsonObject channel(const char* name, const char* type, const char* kind, const QJsonObject& settings,
                    const QStringList& secrets)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("type"), QLatin1String(type)},
                       {QStringLiteral("kind"), QLatin1String(kind)},
                       {QStringLiteral("settings"), settings},
                       {QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)}};
}

void setSecret(const char* channelName, const char* secretName, const QByteArray& value)
{
    qputenv(EnvironmentSecretSource::variableName(QLatin1String(channelName), QLatin1String(secretName))
                .toLatin1()
                .constData(),
            value);
}

} // namespace

TestOutboxCrash6::Plan TestOutboxCrash6::planFor(int round)
{
    // Deterministic per round, so that a failing round can be run again as it was.
    QRandomGenerator random(quint32(0xC4A5'6000u + quint32(round)));
    Plan plan;
    plan.killAt = 1 + random.bounded(20); // an uninterrupted round makes about eighteen requests
    plan.delayMs = random.bounded(2) == 0 ? 0 : 1 + random.bounded(25);
    plan.secondKillAt = random.bounded(4) == 0 ? 1 + random.bounded(4) : 0;
    return plan;
}

void TestOutboxCrash6::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (LoopbackHttpServer* server :
         {&m_statuspageServer, &m_cachetServer, &m_mastodonServer, &m_blueskyServer, &m_webhookServer}) {
        QVERIFY(server->listen());
        server->setObserver([this](const LoopbackHttpServer::Request&) { onRequest(); });
    }
    m_statuspage.serve(m_statuspageServer);
    m_cachet.serve(m_cachetServer);
    m_mastodon.serve(m_mastodonServer);
    m_bluesky.serve(m_blueskyServer);
    m_webhook.serve(m_webhookServer);
    // Each mail's answer waits for the test: a kill at a mail lands while the server has it and the child
    // does not know.
    m_smtp.holdReplies([this](int number) {
        onRequest();
        m_smtp.release(number);
    });
    QVERIFY2(m_smtp.start(kSmtpUser, kSmtpPassword), qPrintable(m_smtp.errorString()));

    setSecret("Statuspage", "api_key", FakeStatuspageApi::kKey);
    setSecret("Cachet", "api_token", FakeCachetApi::kToken);
    setSecret("Webhook", "hook_token", FakeWebhookReceiver::kAuthorization);
    setSecret("Mail", "password", kSmtpPassword);
    setSecret("Mastodon", "access_token", FakeMastodonApi::kToken);
    setSecret("Bluesky", "app_password", FakeBlueskyPds::kPassword);
    writeChannels();
}

void TestOutboxCrash6::writeChannels()
{
    const QJsonObject components{{QStringLiteral("Payments"), QStringLiteral("cmppay")},
                                 {QStringLiteral("API"), QStringLiteral("cmpapi")}};
    const QJsonArray channels{
        channel("Statuspage", "statuspage", "status-page",
                {{QStringLiteral("api_base"), m_statuspageServer.url(QStringLiteral("/v1"))},
                 {QStringLiteral("page_id"), FakeStatuspageApi::kPage},
                 {QStringLiteral("components"), components},
                 {QStringLiteral("timeout_ms"), 10'000}},
                {QStringLiteral("api_key")}),
        channel("Cachet", "cachet3", "status-page",
                {{QStringLiteral("api_base"), m_cachetServer.url(QString())},
                 {QStringLiteral("components"),
                  QJsonObject{{QStringLiteral("Payments"), 1}, {QStringLiteral("API"), 2}}},
                 {QStringLiteral("timeout_ms"), 10'000}},
                {QStringLiteral("api_token")}),
        channel(
            "Webhook", "webhook", "status-page",
            {{QStringLiteral("url"), m_webhookServer.url(QString::fromLatin1(FakeWebhookReceiver::kPath))},
             {QStringLiteral("headers"),
              QJsonObject{{QStringLiteral("Authorization"), QStringLiteral("{{secret:hook_token}}")}}}},
            {QStringLiteral("hook_token")}),
        channel("Mail", "smtp", "email",
                {{QStringLiteral("server"), QStringLiteral("127.0.0.1")},
                 {QStringLiteral("port"), m_smtp.port()},
                 {QStringLiteral("username"), kSmtpUser},
                 {QStringLiteral("ca_file"), m_smtp.certificatePath()},
                 {QStringLiteral("from"), QStringLiteral("status@vigie.example")},
                 {QStringLiteral("recipients"),
                  QJsonArray{QStringLiteral("ops@client.example"), QStringLiteral("cto@client.example")}},
                 {QStringLiteral("timeout_ms"), 10'000}},
                {QStringLiteral("password")}),
        channel("Mastodon", "mastodon", "social",
                {{QStringLiteral("instance"), m_mastodonServer.url(QString())},
                 {QStringLiteral("timeout_ms"), 10'000}},
                {QStringLiteral("access_token")}),
        channel("Bluesky", "bluesky", "social",
                {{QStringLiteral("pds"), m_blueskyServer.url(QString())},
                 {QStringLiteral("identifier"), FakeBlueskyPds::kHandle},
                 {QStringLiteral("timeout_ms"), 10'000}},
                {QStringLiteral("app_password")}),
    };
    m_channelsFile = m_dir.filePath(QStringLiteral("channels.json"));
    QFile file(m_channelsFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QJsonDocument(channels).toJson()) > 0);
}

void TestOutboxCrash6::onRequest()
{
    ++m_requests;
    if (!m_child || m_killAt <= 0 || m_requests != m_killAt)
        return;
    QPointer<QProcess> child = m_child;
    if (m_delayMs <= 0) {
        child->kill(); // the server has the request; its answer goes to a dead process
        return;
    }
    QTimer::singleShot(m_delayMs, this, [child] {
        if (child && child->state() == QProcess::Running)
            child->kill();
    });
}

void TestOutboxCrash6::runChild(int round, const QString& db, int killAt, int delayMs, bool* killed)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QByteArray output;
    connect(&child, &QProcess::readyReadStandardOutput, this,
            [&child, &output] { output += child.readAllStandardOutput(); });
    m_requests = 0;
    m_killAt = killAt;
    m_delayMs = delayMs;
    m_child = &child;
    child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/outboxcrash6_child"),
                {db, m_channelsFile, QString::number(round)});
    QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(child.state() == QProcess::NotRunning,
                              qPrintable(QStringLiteral("round %1: the child did not end").arg(round)),
                              120'000);
    m_child = nullptr;
    m_killAt = 0;
    output += child.readAllStandardOutput();
    const QByteArray errors = child.readAllStandardError();
    *killed = child.exitStatus() == QProcess::CrashExit;
    if (!*killed) {
        QVERIFY2(
            child.exitCode() == 0 && output.contains("finished 12 0"),
            qPrintable(QStringLiteral("round %1: the child ended with %2: %3 %4")
                           .arg(round)
                           .arg(child.exitCode())
                           .arg(QString::fromUtf8(output.right(300)), QString::fromUtf8(errors.right(600)))));
    }
}

void TestOutboxCrash6::checkRound(int round, const QString& db)
{
    const auto fail = [round](const QString& what) {
        return QStringLiteral("round %1: %2").arg(round).arg(what).toUtf8();
    };
    // Every server, every message: taken exactly once (the marker of the message in what it holds).
    SmtpServer::Message firstMail;
    SmtpServer::Message secondMail;
    QStringList mails;
    for (const SmtpServer::Message& mail : m_smtp.messages()) {
        QString text;
        for (const SmtpServer::Part& part : mail.parts) {
            if (part.contentType == QLatin1String("text/plain"))
                text = part.text;
        }
        mails.append(text);
        if (text.contains(QStringLiteral("[r%1u1]").arg(round)))
            firstMail = mail;
        if (text.contains(QStringLiteral("[r%1u2]").arg(round)))
            secondMail = mail;
    }
    const QList<QPair<QString, QStringList>> servers{
        {QStringLiteral("Statuspage"), m_statuspage.texts()}, {QStringLiteral("Cachet"), m_cachet.texts()},
        {QStringLiteral("Webhook"), m_webhook.texts()},       {QStringLiteral("Mail"), mails},
        {QStringLiteral("Mastodon"), m_mastodon.texts()},     {QStringLiteral("Bluesky"), m_bluesky.texts()}};
    for (int update = 1; update <= kMessages; ++update) {
        const QString marker = QStringLiteral("[r%1u%2]").arg(round).arg(update);
        for (const auto& [name, texts] : servers) {
            const int count = occurrences(texts, marker);
            m_totals.duplicates += std::max(0, count - 1);
            m_totals.missing += count == 0 ? 1 : 0;
            if (count != 1)
                qWarning("round %d: %s took message %d %d times", round, qPrintable(name), update, count);
        }
    }

    // Each update followed the first message: the external ids were recorded before the next attempt.
    const QString title = QStringLiteral("Payments failing (round %1)").arg(round);
    int statuspageIncidents = 0;
    for (const QJsonObject& incident : m_statuspage.incidents) {
        if (incident.value(QLatin1String("name")).toString() == title) {
            ++statuspageIncidents;
            QVERIFY2(incident.value(QLatin1String("incident_updates")).toArray().size() == kMessages,
                     fail(QStringLiteral("the Statuspage incident does not hold both messages")).constData());
        }
    }
    QVERIFY2(statuspageIncidents == 1,
             fail(QStringLiteral("%1 Statuspage incidents").arg(statuspageIncidents)).constData());
    int cachetIncidents = 0;
    for (const FakeCachetApi::Incident& incident : m_cachet.incidents) {
        if (incident.name == title) {
            ++cachetIncidents;
            QVERIFY2(incident.updates.size() == kMessages - 1,
                     fail(QStringLiteral("the Cachet incident has %1 updates").arg(incident.updates.size()))
                         .constData());
        }
    }
    QVERIFY2(cachetIncidents == 1,
             fail(QStringLiteral("%1 Cachet incidents").arg(cachetIncidents)).constData());
    QVERIFY2(m_cachet.componentStatuses.value(1) == 4 && m_cachet.componentStatuses.value(2) == 3,
             fail(QStringLiteral("the Cachet components were not set")).constData());
    QString firstPost;
    for (const QJsonObject& status : m_mastodon.statuses) {
        if (status.value(QLatin1String("text")).toString().contains(QStringLiteral("[r%1u1]").arg(round)))
            firstPost = status.value(QLatin1String("id")).toString();
    }
    for (const QJsonObject& status : m_mastodon.statuses) {
        if (status.value(QLatin1String("text")).toString().contains(QStringLiteral("[r%1u2]").arg(round)))
            QVERIFY2(!firstPost.isEmpty() &&
                         status.value(QLatin1String("in_reply_to_id")).toString() == firstPost,
                     fail(QStringLiteral("the second toot does not reply to the first")).constData());
    }
    QVERIFY2(!secondMail.value(QStringLiteral("In-Reply-To")).isEmpty() &&
                 secondMail.value(QStringLiteral("In-Reply-To")) ==
                     firstMail.value(QStringLiteral("Message-ID")),
             fail(QStringLiteral("the second mail is not threaded under the first")).constData());

    // The store: all twelve sent; what the kills left is counted.
    Database store;
    QVERIFY2(store.open(db).ok(), fail(QStringLiteral("cannot open the store")).constData());
    QCOMPARE(store.integrityCheck().value, QStringLiteral("ok"));
    const DbResult<QList<Delivery>> stored = OutboxDeliveryTable(store).all();
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    QCOMPARE(stored.value.size(), kMessages * kChannels);
    for (const Delivery& delivery : stored.value) {
        QVERIFY2(delivery.state == Delivery::State::Sent,
                 fail(QStringLiteral("%1 is %2: %3")
                          .arg(delivery.channelName, Delivery::stateKey(delivery.state), delivery.lastError))
                     .constData());
        m_totals.interrupted += delivery.mayHaveBeenSent ? 1 : 0;
        if (delivery.channelName == QLatin1String("Mail") && !delivery.lastError.isEmpty())
            ++m_totals.unconfirmed;
    }
    m_totals.deliveries += int(stored.value.size());
}

void TestOutboxCrash6::everyServerTakesEveryMessageOnce()
{
    const int rounds = qEnvironmentVariableIsSet("VIGIE_STRESS_ROUNDS")
                           ? std::max(1, qEnvironmentVariableIntValue("VIGIE_STRESS_ROUNDS"))
                           : 12;
    QElapsedTimer clock;
    clock.start();
    for (int round = 1; round <= rounds; ++round) {
        const Plan plan = planFor(round);
        const QString db = m_dir.filePath(QStringLiteral("round-%1.db").arg(round));
        bool killed = false;
        runChild(round, db, plan.killAt, plan.delayMs, &killed);
        if (QTest::currentTestFailed())
            return;
        m_totals.kills += killed ? 1 : 0;
        if (killed && plan.secondKillAt > 0) {
            runChild(round, db, plan.secondKillAt, 0, &killed);
            if (QTest::currentTestFailed())
                return;
            m_totals.kills += killed ? 1 : 0;
        }
        if (killed) {
            runChild(round, db, 0, 0, &killed);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(!killed, "the last child of a round is never killed");
        }
        checkRound(round, db);
        if (QTest::currentTestFailed())
            return;
        ++m_totals.rounds;
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    m_totals.keyReplays = m_mastodon.replays + m_webhook.replays;
    std::printf("crash6: rounds %d, deliveries %d, kills %d, duplicates %d, missing %d, interrupted %d, "
                "resends absorbed by idempotency keys %d, mails unconfirmed %d, %.1f s\n",
                m_totals.rounds, m_totals.deliveries, m_totals.kills, m_totals.duplicates, m_totals.missing,
                m_totals.interrupted, m_totals.keyReplays, m_totals.unconfirmed, seconds);
    std::fflush(stdout);

    const QStringList problems = m_statuspage.problems + m_cachet.problems + m_mastodon.problems +
                                 m_bluesky.problems + m_webhook.problems;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_totals.duplicates, 0);
    QCOMPARE(m_totals.missing, 0);
    QCOMPARE(m_totals.rounds, rounds);
    QCOMPARE(m_totals.deliveries, rounds * kMessages * kChannels);
    // The kills happened: the check is not passing for want of crashes.
    QVERIFY2(m_totals.kills >= rounds / 2, qPrintable(QStringLiteral("only %1 kills").arg(m_totals.kills)));
}

QTEST_GUILESS_MAIN(TestOutboxCrash6)
#include "tst_outboxcrash6.moc"
