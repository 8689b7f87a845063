#include "IncidentFixtures.h"
#include "LoopbackChannelAdapter.h"
#include "LoopbackHttpServer.h"

#include "publish/AdapterRegistry.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/Outbox.h"
#include "publish/SecretResolver.h"
#include "store/Database.h"
#include "store/OutboxDeliveryTable.h"
#include "store/OutboxMessageCodec.h"
#include "store/OutboxThreadTable.h"
#include "time/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The outbox end to end: real HTTP through HttpClient to a loopback server, a real SQLite file, a small
// test adapter. Retries use a 20 ms base so that they run at once.
class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void deliversOnceAndRecordsIt();
    void retriesAServiceUnavailableWithBackoff();
    void honoursRetryAfterOnTooManyRequests();
    void failsAtOnceOnUnauthorized();
    void retriesAFailedDeliveryOnRequest();
    void cancelsAWaitingDeliveryAndFreesItsLine();
    void refusesToRetryOrCancelWhatWasSent();
    void passesTheThreadToTheNextMessage();
    void keepsWhatAFailedAttemptDidForTheRetry();
    void drillsGoToSandboxesOnly();
    void realIncidentsNeverGoToSandboxes();
    void refusesWhatCannotBePublished_data();
    void refusesWhatCannotBePublished();
    void unknownTypeAndMissingSecretFail();
    void testsAChannel();
    void snapshotKeepsOnlyPublicFields();

private:
    ChannelConfig channel(const QString& name, bool sandbox = false,
                          const QString& path = QStringLiteral("/hook"));
    std::unique_ptr<Outbox> openOutbox(const QList<ChannelConfig>& channels);
    Incident incident(bool drill = false, const QString& id = QStringLiteral("inc-1"));
    MessageDraft approved(const QString& id, const Incident& incident,
                          const QString& body = QStringLiteral("We are looking into it."));
    QList<Delivery> storedDeliveries();
    static Delivery last(const QSignalSpy& spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackHttpServer> m_server;
    QString m_path;
};

namespace {

const QByteArray plantedToken = "tok-Planted-7f3a9c-secret";

} // namespace

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("vigie.db"));
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setReply("/hook", LoopbackHttpServer::Reply{200, R"({"id":"post-1"})", {}, 0, 0, 0});
    qputenv("VIGIE_SECRET_STATUS_TOKEN", plantedToken);
    qputenv("VIGIE_SECRET_SANDBOX_TOKEN", plantedToken);
}

void TestOutbox::cleanup()
{
    m_server.reset();
    m_dir.reset();
    qunsetenv("VIGIE_SECRET_STATUS_TOKEN");
    qunsetenv("VIGIE_SECRET_SANDBOX_TOKEN");
}

ChannelConfig TestOutbox::channel(const QString& name, bool sandbox, const QString& path)
{
    ChannelConfig config;
    config.name = name;
    config.type = QStringLiteral("loopback");
    config.messageKind = ChannelKind::StatusPage;
    config.sandbox = sandbox;
    config.secrets = {QStringLiteral("token")};
    config.settings.insert(QStringLiteral("url"), m_server->url(path));
    return config;
}

std::unique_ptr<Outbox> TestOutbox::openOutbox(const QList<ChannelConfig>& channels)
{
    auto adapters = std::make_shared<AdapterRegistry>();
    adapters->add(std::make_shared<LoopbackChannelAdapter>());
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.retry.baseMs = 20;
    options.retry.capMs = 200;
    options.retry.maxAttempts = 5;
    auto outbox = std::make_unique<Outbox>(SystemClock::instance(), adapters, secrets, options);
    outbox->setChannels(channels);
    const DbResult<bool> opened = outbox->open(m_path);
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error));
        return nullptr;
    }
    return outbox;
}

Incident TestOutbox::incident(bool drill, const QString& id)
{
    Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, drill);
    incident.id = id;
    return incident;
}

MessageDraft TestOutbox::approved(const QString& id, const Incident& incident, const QString& body)
{
    MessageDraft draft = IncidentFixtures::draft(incident.id, id, ChannelKind::StatusPage, body);
    draft.state = MessageDraft::State::Approved;
    draft.approvedBy = QStringLiteral("Camille");
    draft.approvedAtMs = IncidentFixtures::T0;
    return draft;
}

QList<Delivery> TestOutbox::storedDeliveries()
{
    Database db;
    const DbResult<bool> opened = db.open(m_path);
    if (!opened.ok())
        return {};
    return OutboxDeliveryTable(db).all().value;
}

Delivery TestOutbox::last(const QSignalSpy& spy)
{
    return spy.isEmpty() ? Delivery() : spy.last().first().value<Delivery>();
}

void TestOutbox::deliversOnceAndRecordsIt()
{
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    const MessageDraft draft = approved(QStringLiteral("d-1"), inc);
    const std::optional<QString> refused = outbox->enqueue(draft, inc, {QStringLiteral("Status")});
    QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    QCOMPARE(published.first().at(0).toString(), QStringLiteral("d-1"));
    QCOMPARE(published.first().at(1).toString(), QStringLiteral("Status"));
    QCOMPARE(m_server->requestCount(), 1);

    const LoopbackHttpServer::Request& request = m_server->requests().first();
    QCOMPARE(request.header("Idempotency-Key"),
             Delivery::idempotencyKeyFor(QStringLiteral("d-1"), QStringLiteral("Status")).toLatin1());
    QCOMPARE(request.header("Authorization"), QByteArray("Bearer " + plantedToken));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(QStringLiteral("body")).toString(), draft.body);
    QCOMPARE(body.value(QStringLiteral("incident")).toString(), inc.reference);
    QCOMPARE(body.value(QStringLiteral("sequence")).toInt(), 1);

    // The states the commander saw, in order: queued, sending, sent.
    QList<Delivery::State> states;
    for (const QList<QVariant>& signal : changed)
        states.append(signal.first().value<Delivery>().state);
    QCOMPARE(states, (QList<Delivery::State>{Delivery::State::Queued, Delivery::State::Sending,
                                             Delivery::State::Sent}));
    outbox->close();

    const QList<Delivery> stored = storedDeliveries();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().state, Delivery::State::Sent);
    QCOMPARE(stored.first().externalId, QStringLiteral("post-1"));
    QCOMPARE(stored.first().attempts, 1);
    QVERIFY(stored.first().sentAtMs > 0);
    QCOMPARE(stored.first(), last(changed));

    // The secret reached the server, and nothing of it is in the database files.
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(plantedToken), qPrintable(name));
    }
}

void TestOutbox::retriesAServiceUnavailableWithBackoff()
{
    m_server->setReplies("/hook", {LoopbackHttpServer::Reply{503, "down for a moment", {}, 0, 0, 0},
                                   LoopbackHttpServer::Reply{200, R"({"id":"post-2"})", {}, 0, 0, 0}});
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc), inc, {QStringLiteral("Status")}));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    QCOMPARE(m_server->requestCount(), 2);
    bool sawRetrying = false;
    for (const QList<QVariant>& signal : changed) {
        const Delivery d = signal.first().value<Delivery>();
        if (d.state == Delivery::State::Retrying) {
            sawRetrying = true;
            QVERIFY2(d.lastError.contains(QStringLiteral("503")), qPrintable(d.lastError));
            QVERIFY(d.nextAttemptAtMs >= d.updatedAtMs);
            QVERIFY(d.nextAttemptAtMs - d.updatedAtMs <= 20); // the backoff of the first retry
        }
    }
    QVERIFY(sawRetrying);
    const Delivery done = last(changed);
    QCOMPARE(done.state, Delivery::State::Sent);
    QCOMPARE(done.attempts, 2);
    QCOMPARE(done.externalId, QStringLiteral("post-2"));
    QVERIFY(done.lastError.isEmpty());
    // Both attempts carried the same idempotency key.
    QCOMPARE(m_server->requests().at(0).header("Idempotency-Key"),
             m_server->requests().at(1).header("Idempotency-Key"));
}

void TestOutbox::honoursRetryAfterOnTooManyRequests()
{
    m_server->setReplies("/hook",
                         {LoopbackHttpServer::Reply{429, "slow down", {{"Retry-After", "1"}}, 0, 0, 0},
                          LoopbackHttpServer::Reply{200, R"({"id":"post-3"})", {}, 0, 0, 0}});
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc), inc, {QStringLiteral("Status")}));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    QCOMPARE(m_server->requestCount(), 2);
    std::optional<Delivery> retrying;
    for (const QList<QVariant>& signal : changed) {
        const Delivery d = signal.first().value<Delivery>();
        if (d.state == Delivery::State::Retrying)
            retrying = d;
    }
    QVERIFY(retrying);
    // One second as asked, not the 20 ms backoff.
    QCOMPARE(retrying->nextAttemptAtMs - retrying->updatedAtMs, qint64(1'000));
    QVERIFY(retrying->lastError.contains(QStringLiteral("429")));
    QCOMPARE(last(changed).state, Delivery::State::Sent);
}

void TestOutbox::failsAtOnceOnUnauthorized()
{
    m_server->setReply(
        "/hook", LoopbackHttpServer::Reply{401, R"({"error":"The access token is invalid"})", {}, 0, 0, 0});
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc), inc, {QStringLiteral("Status")}));
    QTRY_VERIFY_WITH_TIMEOUT(last(changed).state == Delivery::State::Failed, 20'000);
    const Delivery failed = last(changed);
    QCOMPARE(failed.attempts, 1);
    QVERIFY2(failed.lastError.contains(QStringLiteral("401")), qPrintable(failed.lastError));
    QVERIFY(failed.lastError.contains(QStringLiteral("access token is invalid")));
    // A failure is final: nothing else is queued for the channel, and the outbox stays idle.
    outbox->close();
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(published.size(), 0);
    QCOMPARE(storedDeliveries().first().state, Delivery::State::Failed);
}

void TestOutbox::retriesAFailedDeliveryOnRequest()
{
    m_server->setReplies(
        "/hook", {LoopbackHttpServer::Reply{401, R"({"error":"The access token is invalid"})", {}, 0, 0, 0},
                  LoopbackHttpServer::Reply{200, R"({"id":"post-2"})", {}, 0, 0, 0}});
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc), inc, {QStringLiteral("Status")}));
    QTRY_VERIFY_WITH_TIMEOUT(last(changed).state == Delivery::State::Failed, 20'000);
    // The commander fixed the token and retries: the same delivery goes out, once.
    outbox->retry(last(changed).id);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    QCOMPARE(last(changed).state, Delivery::State::Sent);
    QCOMPARE(last(changed).externalId, QStringLiteral("post-2"));
    outbox->close();
    QCOMPARE(m_server->requestCount(), 2);
    const QList<Delivery> stored = storedDeliveries();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().state, Delivery::State::Sent);
}

void TestOutbox::cancelsAWaitingDeliveryAndFreesItsLine()
{
    // The first message keeps failing with 503; the commander sends it by hand and cancels it here, and the
    // update queued behind it goes out.
    m_server->setReplies("/hook", {LoopbackHttpServer::Reply{503, "busy", {{"Retry-After", "3600"}}, 0, 0, 0},
                                   LoopbackHttpServer::Reply{200, R"({"id":"post-9"})", {}, 0, 0, 0}});
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc, QStringLiteral("First")), inc,
                             {QStringLiteral("Status")}));
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-2"), inc, QStringLiteral("Second")), inc,
                             {QStringLiteral("Status")}));
    QTRY_VERIFY_WITH_TIMEOUT(last(changed).state == Delivery::State::Retrying, 20'000);
    const Delivery waiting = last(changed);
    QCOMPARE(waiting.draftId, QStringLiteral("d-1"));
    outbox->cancel(waiting.id);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    QCOMPARE(published.first().at(0).toString(), QStringLiteral("d-2"));
    outbox->close();
    QCOMPARE(m_server->requestCount(), 2);
    const QJsonObject second = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
    QCOMPARE(second.value(QStringLiteral("body")).toString(), QStringLiteral("Second"));
    const QList<Delivery> stored = storedDeliveries();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).state, Delivery::State::Cancelled);
    QCOMPARE(stored.at(1).state, Delivery::State::Sent);
}

void TestOutbox::refusesToRetryOrCancelWhatWasSent()
{
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    QSignalSpy published(outbox.get(), &Outbox::published);
    QSignalSpy errors(outbox.get(), &Outbox::errorOccurred);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc), inc, {QStringLiteral("Status")}));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    const QString id = last(changed).id;
    outbox->retry(id);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10'000);
    QVERIFY2(errors.last().first().toString().contains(QStringLiteral("not sent twice")),
             qPrintable(errors.last().first().toString()));
    outbox->cancel(id);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 10'000);
    QVERIFY(errors.last().first().toString().contains(QStringLiteral("cannot be cancelled")));
    outbox->close();
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(storedDeliveries().first().state, Delivery::State::Sent);
}

void TestOutbox::keepsWhatAFailedAttemptDidForTheRetry()
{
    // The first attempt did part of the work (mailed two recipients of three) and then failed: the retry
    // must know, so that nobody gets the message twice.
    m_server->setReplies(
        "/hook", {LoopbackHttpServer::Reply{503, R"({"thread":{"done":["a@example.test","b@example.test"]}})",
                                            {}, 0, 0, 0},
                  LoopbackHttpServer::Reply{200, R"({"id":"post-3"})", {}, 0, 0, 0}});
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc), inc, {QStringLiteral("Status")}));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    outbox->close();
    QCOMPARE(m_server->requestCount(), 2);
    const QJsonObject retried = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
    const QJsonArray done = retried.value(QStringLiteral("thread")).toObject().value(QStringLiteral("done")).toArray();
    QCOMPARE(done.size(), 2);
    QCOMPARE(done.at(1).toString(), QStringLiteral("b@example.test"));
}

void TestOutbox::passesTheThreadToTheNextMessage()
{
    m_server->setReplies("/hook", {LoopbackHttpServer::Reply{200, R"({"id":"root-77"})", {}, 0, 0, 0},
                                   LoopbackHttpServer::Reply{200, R"({"id":"reply-78"})", {}, 0, 0, 0}});
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident inc = incident();
    // Both at once: the update waits for the first message of its line.
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc, QStringLiteral("Investigating")), inc,
                             {QStringLiteral("Status")}));
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-2"), inc, QStringLiteral("Identified")), inc,
                             {QStringLiteral("Status")}));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 2, 20'000);
    QCOMPARE(m_server->requestCount(), 2);
    const QJsonObject first = QJsonDocument::fromJson(m_server->requests().at(0).body).object();
    const QJsonObject second = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
    QCOMPARE(first.value(QStringLiteral("body")).toString(), QStringLiteral("Investigating"));
    QVERIFY(first.value(QStringLiteral("thread")).toObject().isEmpty());
    QCOMPARE(second.value(QStringLiteral("body")).toString(), QStringLiteral("Identified"));
    QCOMPARE(second.value(QStringLiteral("sequence")).toInt(), 2);
    QCOMPARE(second.value(QStringLiteral("thread")).toObject().value(QStringLiteral("root")).toString(),
             QStringLiteral("root-77"));
    outbox->close();

    Database db;
    QVERIFY(db.open(m_path).ok());
    const DbResult<QJsonObject> thread = OutboxThreadTable(db).thread(inc.id, QStringLiteral("Status"));
    QVERIFY2(thread.ok(), qPrintable(thread.error));
    QCOMPARE(thread.value.value(QStringLiteral("root")).toString(), QStringLiteral("root-77"));
}

void TestOutbox::drillsGoToSandboxesOnly()
{
    m_server->setReply("/sandbox", LoopbackHttpServer::Reply{200, R"({"id":"drill-1"})", {}, 0, 0, 0});
    auto outbox = openOutbox({channel(QStringLiteral("Status")),
                              channel(QStringLiteral("Sandbox"), true, QStringLiteral("/sandbox"))});
    QVERIFY(outbox);
    QSignalSpy published(outbox.get(), &Outbox::published);
    const Incident drill = incident(true);
    const MessageDraft draft = approved(QStringLiteral("d-1"), drill);
    const std::optional<QString> refused =
        outbox->enqueue(draft, drill, {QStringLiteral("Sandbox"), QStringLiteral("Status")});
    QVERIFY(refused);
    QVERIFY2(refused->contains(QStringLiteral("drill")) && refused->contains(QStringLiteral("Status")),
             qPrintable(*refused));
    QVERIFY(!outbox->enqueue(draft, drill, {QStringLiteral("Sandbox")}));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    QCOMPARE(published.first().at(1).toString(), QStringLiteral("Sandbox"));
    outbox->close();
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().path, QByteArray("/sandbox"));
    // The refused request queued nothing, not even for the sandbox.
    QCOMPARE(storedDeliveries().size(), 1);
}

void TestOutbox::realIncidentsNeverGoToSandboxes()
{
    auto outbox = openOutbox({channel(QStringLiteral("Sandbox"), true)});
    QVERIFY(outbox);
    const Incident real = incident(false);
    const std::optional<QString> refused =
        outbox->enqueue(approved(QStringLiteral("d-1"), real), real, {QStringLiteral("Sandbox")});
    QVERIFY(refused);
    QVERIFY2(refused->contains(QStringLiteral("sandbox")) && refused->contains(real.reference),
             qPrintable(*refused));
    outbox->close();
    QCOMPARE(storedDeliveries().size(), 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestOutbox::refusesWhatCannotBePublished_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("a draft not approved") << int(MessageDraft::State::Draft) << int(ChannelKind::StatusPage)
                                          << QStringList{QStringLiteral("Status")} << "approved";
    QTest::newRow("an unknown channel") << int(MessageDraft::State::Approved) << int(ChannelKind::StatusPage)
                                        << QStringList{QStringLiteral("Nowhere")} << "Nowhere";
    QTest::newRow("no channel") << int(MessageDraft::State::Approved) << int(ChannelKind::StatusPage)
                                << QStringList{} << "at least one channel";
    QTest::newRow("the same channel twice")
        << int(MessageDraft::State::Approved) << int(ChannelKind::StatusPage)
        << QStringList{QStringLiteral("Status"), QStringLiteral("Status")} << "twice";
    QTest::newRow("a chat message on a status page")
        << int(MessageDraft::State::Approved) << int(ChannelKind::Chat)
        << QStringList{QStringLiteral("Status")} << "Status";
}

void TestOutbox::refusesWhatCannotBePublished()
{
    QFETCH(int, state);
    QFETCH(int, kind);
    QFETCH(QStringList, channels);
    QFETCH(QString, fragment);
    auto outbox = openOutbox({channel(QStringLiteral("Status"))});
    QVERIFY(outbox);
    const Incident inc = incident();
    MessageDraft draft = approved(QStringLiteral("d-1"), inc);
    draft.state = MessageDraft::State(state);
    draft.channel = ChannelKind(kind);
    const std::optional<QString> refused = outbox->enqueue(draft, inc, channels);
    QVERIFY(refused);
    QVERIFY2(refused->contains(fragment), qPrintable(*refused));
    outbox->close();
    QCOMPARE(storedDeliveries().size(), 0);
}

void TestOutbox::unknownTypeAndMissingSecretFail()
{
    ChannelConfig unknown = channel(QStringLiteral("Status"));
    unknown.type = QStringLiteral("carrier-pigeon");
    ChannelConfig noSecret = channel(QStringLiteral("Other"));
    noSecret.secrets = {QStringLiteral("token"), QStringLiteral("page_key")};
    qputenv("VIGIE_SECRET_OTHER_TOKEN", plantedToken);
    auto outbox = openOutbox({unknown, noSecret});
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::deliveryChanged);
    const Incident inc = incident();
    QVERIFY(!outbox->enqueue(approved(QStringLiteral("d-1"), inc), inc,
                             {QStringLiteral("Status"), QStringLiteral("Other")}));
    auto finished = [&changed] {
        int failed = 0;
        for (const QList<QVariant>& signal : changed)
            failed += signal.first().value<Delivery>().state == Delivery::State::Failed ? 1 : 0;
        return failed;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finished(), 2, 20'000);
    outbox->close();
    qunsetenv("VIGIE_SECRET_OTHER_TOKEN");
    QCOMPARE(m_server->requestCount(), 0);
    const QList<Delivery> stored = storedDeliveries();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).state, Delivery::State::Failed);
    QVERIFY2(stored.at(0).lastError.contains(QStringLiteral("carrier-pigeon")),
             qPrintable(stored.at(0).lastError));
    QCOMPARE(stored.at(1).state, Delivery::State::Failed);
    QVERIFY2(stored.at(1).lastError.contains(QStringLiteral("page_key")), qPrintable(stored.at(1).lastError));
    QVERIFY(!stored.at(1).lastError.contains(QString::fromLatin1(plantedToken)));
}

void TestOutbox::testsAChannel()
{
    m_server->setReply("/hook/check", LoopbackHttpServer::Reply{200, R"({"id":"me"})", {}, 0, 0, 0});
    ChannelConfig broken = channel(QStringLiteral("Broken"), false, QStringLiteral("/missing"));
    qputenv("VIGIE_SECRET_BROKEN_TOKEN", plantedToken);
    auto outbox = openOutbox({channel(QStringLiteral("Status")), broken});
    QVERIFY(outbox);
    QSignalSpy tested(outbox.get(), &Outbox::channelTested);
    outbox->testChannel(QStringLiteral("Status"));
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20'000);
    QCOMPARE(tested.at(0).at(0).toString(), QStringLiteral("Status"));
    QCOMPARE(tested.at(0).at(1).value<DeliveryOutcome>().kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(m_server->requests().first().method, QByteArray("GET"));

    outbox->testChannel(QStringLiteral("Broken"));
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20'000);
    const DeliveryOutcome failed = tested.at(1).at(1).value<DeliveryOutcome>();
    QCOMPARE(failed.kind, DeliveryOutcome::Kind::Failed);
    QVERIFY2(failed.message.contains(QStringLiteral("404")), qPrintable(failed.message));
    qunsetenv("VIGIE_SECRET_BROKEN_TOKEN");

    outbox->testChannel(QStringLiteral("Nobody"));
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 20'000);
    QVERIFY(tested.at(2).at(1).value<DeliveryOutcome>().message.contains(QStringLiteral("Nobody")));
    // Testing publishes nothing.
    outbox->close();
    QCOMPARE(storedDeliveries().size(), 0);
}

void TestOutbox::snapshotKeepsOnlyPublicFields()
{
    const Incident inc = IncidentFixtures::fullIncident(Incident::Kind::Maintenance, true);
    QVERIFY(!inc.internalNotes.isEmpty());
    const MessageDraft draft = approved(QStringLiteral("d-9"), inc);
    const QByteArray json = OutboxMessageCodec::encode(draft, inc);
    MessageDraft draftBack;
    Incident incidentBack;
    QVERIFY(OutboxMessageCodec::decode(json, &draftBack, &incidentBack));
    QCOMPARE(draftBack, draft);
    Incident expected = inc;
    expected.internalNotes.clear();
    expected.marks.clear();
    expected.commander.clear();
    expected.communicationsLead.clear();
    expected.playbookId.clear();
    QCOMPARE(incidentBack, expected);
    QVERIFY(!json.contains(inc.internalNotes.toUtf8()));
    QVERIFY(!OutboxMessageCodec::decode("{\"draft\":{}}", &draftBack, &incidentBack));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
