#include "LoopbackChannelAdapter.h"
#include "LoopbackHttpServer.h"

#include "publish/AdapterRegistry.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/Outbox.h"
#include "publish/SecretResolver.h"
#include "store/Database.h"
#include "store/OutboxDeliveryTable.h"
#include "time/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Nothing queued is lost across a SIGKILL: a child queues six deliveries (three messages, two channels) and
// is killed; the outbox reopened on the file delivers every one, each message once per channel, in order.
// The attempt the kill interrupted comes back marked as possibly sent, with what it noted in its journal.
class TestOutboxCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void queuedDeliveriesSurviveSigkill();
    void anInterruptedAttemptIsResentWithTheSameKey();
    void aRetryIsMarkedAndItsJournalCleared();

private:
    // Starts the child on m_path posting to url, waits until it reported all six deliveries stored and
    // `ready` holds, and kills it.
    void runAndKillChild(const QString& url, const std::function<bool()>& ready);
    std::unique_ptr<Outbox> reopen(const QString& url);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

constexpr int expectedDeliveries = 6;

} // namespace

void TestOutboxCrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("crash.db"));
    qputenv("VIGIE_SECRET_A_TOKEN", "token-a");
    qputenv("VIGIE_SECRET_B_TOKEN", "token-b");
}

void TestOutboxCrash::cleanup()
{
    m_dir.reset();
}

void TestOutboxCrash::runAndKillChild(const QString& url, const std::function<bool()>& ready)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/outbox_child"), {m_path, url});
    QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
    int queued = 0;
    auto readReports = [&child, &queued] {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("queued "))
                queued = line.mid(7).toInt();
        }
    };
    connect(&child, &QProcess::readyReadStandardOutput, this, readReports);
    QTRY_VERIFY2_WITH_TIMEOUT((queued == expectedDeliveries && ready()) || child.state() != QProcess::Running,
                              child.readAllStandardError().constData(), 30'000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill();
    QVERIFY(child.waitForFinished(10'000));
    readReports();
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QCOMPARE(queued, expectedDeliveries);
}

std::unique_ptr<Outbox> TestOutboxCrash::reopen(const QString& url)
{
    auto adapters = std::make_shared<AdapterRegistry>();
    adapters->add(std::make_shared<LoopbackChannelAdapter>());
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.retry.baseMs = 20;
    options.retry.capMs = 100;
    auto outbox = std::make_unique<Outbox>(SystemClock::instance(), adapters, secrets, options);
    QList<ChannelConfig> channels;
    for (const QString& name : {QStringLiteral("A"), QStringLiteral("B")}) {
        ChannelConfig channel;
        channel.name = name;
        channel.type = QStringLiteral("loopback");
        channel.secrets = {QStringLiteral("token")};
        channel.settings.insert(QStringLiteral("url"), url);
        channels.append(channel);
    }
    outbox->setChannels(channels);
    return outbox;
}

void TestOutboxCrash::queuedDeliveriesSurviveSigkill()
{
    // While the child runs nothing answers: its attempts fail and wait, so that it dies with everything
    // queued and nothing delivered.
    const QString closed = QStringLiteral("http://127.0.0.1:%1/hook").arg(LoopbackHttpServer::closedPort());
    runAndKillChild(closed, [] { return true; });

    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/hook", LoopbackHttpServer::Reply{200, R"({"id":"x"})", {}, 0, 0, 0});
    std::unique_ptr<Outbox> outbox = reopen(server.url(QStringLiteral("/hook")));
    QSignalSpy published(outbox.get(), &Outbox::published);
    const DbResult<bool> opened = outbox->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), expectedDeliveries, 30'000);
    outbox->close();

    // Exactly once each, by the server's own count, and in order on each channel.
    QCOMPARE(server.requestCount(), expectedDeliveries);
    QSet<QByteArray> keys;
    QHash<QByteArray, QStringList> bodiesByToken;
    for (const LoopbackHttpServer::Request& request : server.requests()) {
        keys.insert(request.header("Idempotency-Key"));
        bodiesByToken[request.header("Authorization")].append(
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("body")).toString());
    }
    QCOMPARE(keys.size(), expectedDeliveries);
    const QStringList inOrder{QStringLiteral("Update 1"), QStringLiteral("Update 2"),
                              QStringLiteral("Update 3")};
    QCOMPARE(bodiesByToken.value("Bearer token-a"), inOrder);
    QCOMPARE(bodiesByToken.value("Bearer token-b"), inOrder);

    Database db;
    QVERIFY(db.open(m_path).ok());
    QCOMPARE(db.integrityCheck().value, QStringLiteral("ok"));
    const DbResult<QList<Delivery>> stored = OutboxDeliveryTable(db).all();
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    QCOMPARE(stored.value.size(), expectedDeliveries);
    for (const Delivery& delivery : stored.value)
        QCOMPARE(delivery.state, Delivery::State::Sent);
}

void TestOutboxCrash::anInterruptedAttemptIsResentWithTheSameKey()
{
    // The server holds its first answer, so the child dies with that attempt under way: the server has the
    // message, the child never learnt it.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/hook", LoopbackHttpServer::Reply{200, R"({"id":"x"})", {}, 60'000, 0, 0});
    runAndKillChild(server.url(QStringLiteral("/hook")), [&server] { return server.requestCount() == 1; });
    QCOMPARE(server.requestCount(), 1);
    const QByteArray interruptedKey = server.requests().first().header("Idempotency-Key");
    QVERIFY(!interruptedKey.isEmpty());

    server.setReply("/hook", LoopbackHttpServer::Reply{200, R"({"id":"x"})", {}, 0, 0, 0});
    std::unique_ptr<Outbox> outbox = reopen(server.url(QStringLiteral("/hook")));
    QSignalSpy published(outbox.get(), &Outbox::published);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    const DbResult<bool> opened = outbox->open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), expectedDeliveries, 30'000);
    outbox->close();

    // The interrupted delivery came back in line, said so, and was sent again under the same key: an API
    // that honours idempotency keys publishes it once; every other delivery went out exactly once.
    const Delivery recovered = changed.first().first().value<Delivery>();
    QCOMPARE(recovered.state, Delivery::State::Retrying);
    QVERIFY2(recovered.lastError.contains(QStringLiteral("interrupted")), qPrintable(recovered.lastError));
    QCOMPARE(recovered.idempotencyKey.toLatin1(), interruptedKey);
    // The adapter of the resend was told the message may be out, with what the killed attempt noted in its
    // journal before posting (the loopback adapter notes the delivery it posts).
    QVERIFY(recovered.mayHaveBeenSent);
    QJsonObject resent;
    for (qsizetype i = 1; i < server.requests().size(); ++i) {
        if (server.requests().at(i).header("Idempotency-Key") == interruptedKey)
            resent = QJsonDocument::fromJson(server.requests().at(i).body).object();
    }
    QCOMPARE(resent.value(QStringLiteral("may_have_been_sent")).toBool(), true);
    QCOMPARE(resent.value(QStringLiteral("progress")).toObject().value(QStringLiteral("posting")).toString(),
             recovered.id);
    QCOMPARE(server.requestCount(), expectedDeliveries + 1);
    QHash<QByteArray, int> perKey;
    for (const LoopbackHttpServer::Request& request : server.requests())
        ++perKey[request.header("Idempotency-Key")];
    QCOMPARE(perKey.size(), expectedDeliveries);
    for (auto it = perKey.cbegin(); it != perKey.cend(); ++it)
        QCOMPARE(it.value(), it.key() == interruptedKey ? 2 : 1);
}

void TestOutboxCrash::aRetryIsMarkedAndItsJournalCleared()
{
    // No crash: the first answer is a 503, after which the service may still have the message, so the retry
    // is marked as possibly sent. What each attempt noted in its journal is in the file while it sends (read
    // here from another connection), and cleared once its outcome is recorded.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    QStringList notedWhileSending;
    server.setHandler("/hook", [&](const LoopbackHttpServer::Request& request) {
        const QString id =
            QJsonDocument::fromJson(request.body).object().value(QStringLiteral("delivery")).toString();
        Database reader;
        if (reader.open(m_path).ok()) {
            const DbResult<QJsonObject> progress = OutboxDeliveryTable(reader).progress(id);
            notedWhileSending << (progress.ok() ? progress.value.value(QStringLiteral("posting")).toString()
                                                : progress.error);
        }
        return notedWhileSending.size() == 1 ? LoopbackHttpServer::Reply{503, "busy", {}, 0, 0, 0}
                                             : LoopbackHttpServer::Reply{200, R"({"id":"x"})", {}, 0, 0, 0};
    });
    std::unique_ptr<Outbox> outbox = reopen(server.url(QStringLiteral("/hook")));
    QSignalSpy published(outbox.get(), &Outbox::published);
    QVERIFY(outbox->open(m_path).ok());
    Incident incident;
    incident.id = QStringLiteral("retry-incident");
    incident.reference = QStringLiteral("INC-8");
    MessageDraft draft;
    draft.id = QStringLiteral("d-retry");
    draft.incidentId = incident.id;
    draft.body = QStringLiteral("Update");
    draft.state = MessageDraft::State::Approved;
    QVERIFY(!outbox->enqueue(draft, incident, {QStringLiteral("A")}));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 30'000);
    outbox->close();

    QCOMPARE(server.requestCount(), 2);
    const QJsonObject first = QJsonDocument::fromJson(server.requests().at(0).body).object();
    const QJsonObject second = QJsonDocument::fromJson(server.requests().at(1).body).object();
    QCOMPARE(first.value(QStringLiteral("may_have_been_sent")).toBool(), false);
    QCOMPARE(second.value(QStringLiteral("may_have_been_sent")).toBool(), true);
    QVERIFY(second.value(QStringLiteral("progress")).toObject().isEmpty()); // only a crash hands a note on
    const QString id = first.value(QStringLiteral("delivery")).toString();
    QCOMPARE(notedWhileSending, QStringList({id, id}));
    Database reader;
    QVERIFY(reader.open(m_path).ok());
    const DbResult<Delivery> stored = OutboxDeliveryTable(reader).find(id);
    QCOMPARE(stored.value.state, Delivery::State::Sent);
    QVERIFY(stored.value.mayHaveBeenSent);
    QVERIFY(OutboxDeliveryTable(reader).progress(id).value.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
