#include "LoopbackHttpServer.h"

#include "config/Workspace.h"
#include "incident/IncidentDesk.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/Outbox.h"
#include "publish/SecretResolver.h"
#include "publish/StandardAdapters.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"
#include "time/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Publishing wired to the incidents: an approved draft goes out through the shipped Slack adapter to a
// loopback webhook, and the desk hears of it, on a real SQLite file.
class TestPublishingSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void publishesAndMarksTheDraftPublished();
    void recordsAFailedDeliveryOnTheTimeline();
    void offersTheChannelsThatFit_data();
    void offersTheChannelsThatFit();
    void refusesADraftNotApproved();
    void reconcilesASendTheDeskMissed();

private:
    struct Sessions
    {
        std::unique_ptr<MonitoringSession> monitoring;
        std::unique_ptr<IncidentSession> incidents;
        std::unique_ptr<PublishingSession> publishing;
    };
    Sessions open(const QString& path);
    QList<ChannelConfig> channels() const;
    // Declares an incident (a drill or not) and approves a chat draft; returns the draft's id.
    QString approvedChatDraft(IncidentDesk& desk, bool drill = false);

    QTemporaryDir m_dir;
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestPublishingSession::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setReply("/hook", LoopbackHttpServer::Reply{200, "ok", {}, 0, 0, 0});
    m_server->setReply("/refused", LoopbackHttpServer::Reply{403, "invalid_token", {}, 0, 0, 0});
    qputenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL", m_server->url(QStringLiteral("/hook")).toUtf8());
    qputenv("VIGIE_SECRET_BROKEN_CHAT_WEBHOOK_URL", m_server->url(QStringLiteral("/refused")).toUtf8());
    qputenv("VIGIE_SECRET_DRILL_CHAT_WEBHOOK_URL", m_server->url(QStringLiteral("/hook")).toUtf8());
}

void TestPublishingSession::cleanup()
{
    m_server.reset();
    qunsetenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL");
    qunsetenv("VIGIE_SECRET_BROKEN_CHAT_WEBHOOK_URL");
    qunsetenv("VIGIE_SECRET_DRILL_CHAT_WEBHOOK_URL");
}

QList<ChannelConfig> TestPublishingSession::channels() const
{
    const auto chat = [](const QString& name, bool sandbox) {
        ChannelConfig channel;
        channel.name = name;
        channel.type = QStringLiteral("slack");
        channel.messageKind = ChannelKind::Chat;
        channel.audience = QStringLiteral("internal");
        channel.sandbox = sandbox;
        channel.secrets = {QStringLiteral("webhook_url")};
        return channel;
    };
    ChannelConfig page;
    page.name = QStringLiteral("Status page");
    page.type = QStringLiteral("statuspage");
    page.secrets = {QStringLiteral("api_key")};
    return {chat(QStringLiteral("Ops chat"), false), chat(QStringLiteral("Broken chat"), false),
            chat(QStringLiteral("Drill chat"), true), page};
}

TestPublishingSession::Sessions TestPublishingSession::open(const QString& path)
{
    Sessions s;
    s.monitoring = std::make_unique<MonitoringSession>(SystemClock::instance());
    if (const auto error = s.monitoring->open(path)) {
        qWarning("%s", qPrintable(*error));
        return {};
    }
    s.incidents = std::make_unique<IncidentSession>(*s.monitoring, SystemClock::instance());
    if (const auto error = s.incidents->open(path)) {
        qWarning("%s", qPrintable(*error));
        return {};
    }
    s.incidents->desk().setUserName(QStringLiteral("Camille"));
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.retry.baseMs = 20;
    options.retry.capMs = 200;
    s.publishing = std::make_unique<PublishingSession>(*s.monitoring, *s.incidents, SystemClock::instance(),
                                                       StandardAdapters::make(SystemClock::instance()),
                                                       secrets, options);
    if (const auto error = s.publishing->open(path)) {
        qWarning("%s", qPrintable(*error));
        return {};
    }
    return s;
}

QString TestPublishingSession::approvedChatDraft(IncidentDesk& desk, bool drill)
{
    DeclareRequest request;
    request.title = QStringLiteral("Paiements indisponibles");
    request.drill = drill;
    request.commander = QStringLiteral("Camille");
    const QString incidentId = desk.declare(request);
    MessageDraft draft;
    draft.incidentId = incidentId;
    draft.channel = ChannelKind::Chat;
    draft.language = QStringLiteral("en");
    draft.body = QStringLiteral("Payments are failing; we are on it <team>.");
    const IncidentDesk::DraftResult saved = desk.saveDraft(draft);
    if (!saved.draft)
        return QString();
    if (desk.approveDraft(saved.draft->id))
        return QString();
    return saved.draft->id;
}

void TestPublishingSession::publishesAndMarksTheDraftPublished()
{
    const QString path = m_dir.filePath(QStringLiteral("publish.sqlite"));
    Sessions s = open(path);
    QVERIFY(s.publishing);
    Workspace workspace;
    workspace.channels = channels();
    s.monitoring->applyWorkspace(workspace, false);
    QCOMPARE(s.publishing->channels().size(), 4);

    const QString draftId = approvedChatDraft(s.incidents->desk());
    QVERIFY(!draftId.isEmpty());
    QSignalSpy changed(s.publishing.get(), &PublishingSession::deliveryChanged);
    QCOMPARE(s.publishing->publish(draftId, {QStringLiteral("Ops chat")}), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(s.incidents->desk().draft(draftId)->state, MessageDraft::State::Published,
                              20'000);
    QCOMPARE(m_server->requestCount(), 1);
    const QJsonObject posted = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QVERIFY2(posted.value(QStringLiteral("text")).toString().contains(QStringLiteral("Payments are failing")),
             m_server->requests().first().body.constData());

    const MessageDraft* draft = s.incidents->desk().draft(draftId);
    const IncidentRecord* record = s.incidents->desk().record(draft->incidentId);
    const auto published = std::find_if(record->events.cbegin(), record->events.cend(), [](const auto& e) {
        return e.kind == IncidentEvent::Kind::MessagePublished;
    });
    QVERIFY(published != record->events.cend());
    QVERIFY(published->text.contains(QStringLiteral("Ops chat")));
    const QList<Delivery> deliveries = s.publishing->deliveriesOf(draft->incidentId);
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().state, Delivery::State::Sent);
    // Publishing it again on the same channel is harmless: the first delivery stands, nothing is re-sent.
    QCOMPARE(s.publishing->publish(draftId, {QStringLiteral("Ops chat")}), std::nullopt);
    QTest::qWait(300);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestPublishingSession::recordsAFailedDeliveryOnTheTimeline()
{
    Sessions s = open(m_dir.filePath(QStringLiteral("failed.sqlite")));
    QVERIFY(s.publishing);
    s.monitoring->setChannels(channels());
    const QString draftId = approvedChatDraft(s.incidents->desk());
    QCOMPARE(s.publishing->publish(draftId, {QStringLiteral("Broken chat")}), std::nullopt);
    const QString incidentId = s.incidents->desk().draft(draftId)->incidentId;
    const auto problems = [&] {
        QStringList texts;
        for (const IncidentEvent& event : s.incidents->desk().record(incidentId)->events) {
            if (event.kind == IncidentEvent::Kind::DeliveryProblem)
                texts.append(event.text);
        }
        return texts;
    };
    QTRY_COMPARE_WITH_TIMEOUT(problems().size(), 1, 20'000);
    QVERIFY2(problems().first().contains(QStringLiteral("Broken chat")), qPrintable(problems().first()));
    QVERIFY2(problems().first().contains(QStringLiteral("403")), qPrintable(problems().first()));
    QCOMPARE(s.incidents->desk().draft(draftId)->state, MessageDraft::State::Approved);
    QCOMPARE(s.publishing->deliveriesOf(incidentId).first().state, Delivery::State::Failed);
}

void TestPublishingSession::offersTheChannelsThatFit_data()
{
    QTest::addColumn<bool>("drill");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("chat, real incident")
        << false << int(ChannelKind::Chat)
        << QStringList{QStringLiteral("Ops chat"), QStringLiteral("Broken chat")};
    QTest::newRow("chat, drill") << true << int(ChannelKind::Chat)
                                 << QStringList{QStringLiteral("Drill chat")};
    QTest::newRow("status page") << false << int(ChannelKind::StatusPage)
                                 << QStringList{QStringLiteral("Status page")};
    QTest::newRow("status page, drill: no sandbox") << true << int(ChannelKind::StatusPage) << QStringList{};
    QTest::newRow("email: none configured") << false << int(ChannelKind::Email) << QStringList{};
}

void TestPublishingSession::offersTheChannelsThatFit()
{
    QFETCH(bool, drill);
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    Sessions s = open(m_dir.filePath(QStringLiteral("fit.sqlite")));
    QVERIFY(s.publishing);
    s.monitoring->setChannels(channels());
    Incident incident;
    incident.drill = drill;
    MessageDraft draft;
    draft.channel = ChannelKind(kind);
    QStringList names;
    for (const ChannelConfig& channel : s.publishing->channelsFor(draft, incident))
        names.append(channel.name);
    QCOMPARE(names, expected);
}

void TestPublishingSession::refusesADraftNotApproved()
{
    Sessions s = open(m_dir.filePath(QStringLiteral("refused.sqlite")));
    QVERIFY(s.publishing);
    s.monitoring->setChannels(channels());
    DeclareRequest request;
    request.title = QStringLiteral("Slow search");
    const QString incidentId = s.incidents->desk().declare(request);
    MessageDraft draft;
    draft.incidentId = incidentId;
    draft.channel = ChannelKind::Chat;
    draft.body = QStringLiteral("Looking");
    const auto saved = s.incidents->desk().saveDraft(draft);
    QVERIFY(saved.draft);
    const auto refused = s.publishing->publish(saved.draft->id, {QStringLiteral("Ops chat")});
    QVERIFY(refused);
    QVERIFY2(refused->contains(QStringLiteral("approved")), qPrintable(*refused));
    QCOMPARE(s.publishing->publish(QStringLiteral("no-such-draft"), {QStringLiteral("Ops chat")}).has_value(),
             true);
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestPublishingSession::reconcilesASendTheDeskMissed()
{
    // The outbox recorded the send, then the process stopped before the desk did: on the next start the
    // draft reads as published. The first run sends through a bare outbox, which tells no desk.
    const QString path = m_dir.filePath(QStringLiteral("reconcile.sqlite"));
    QString draftId;
    {
        MonitoringSession monitoring(SystemClock::instance());
        QCOMPARE(monitoring.open(path), std::nullopt);
        monitoring.setChannels(channels());
        IncidentSession incidents(monitoring, SystemClock::instance());
        QCOMPARE(incidents.open(path), std::nullopt);
        incidents.desk().setUserName(QStringLiteral("Camille"));
        draftId = approvedChatDraft(incidents.desk());
        QVERIFY(!draftId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(incidents.pendingWrites(), 0, 10'000);
        auto secrets = std::make_shared<SecretResolver>();
        secrets->addSource(std::make_shared<EnvironmentSecretSource>());
        Outbox outbox(SystemClock::instance(), StandardAdapters::make(SystemClock::instance()), secrets);
        outbox.setChannels(channels());
        QVERIFY(outbox.open(path).ok());
        QSignalSpy published(&outbox, &Outbox::published);
        const MessageDraft* draft = incidents.desk().draft(draftId);
        QCOMPARE(outbox.enqueue(*draft, *incidents.desk().incident(draft->incidentId),
                                {QStringLiteral("Ops chat")}),
                 std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
        outbox.close();
        incidents.close();
        QVERIFY(monitoring.waitForPendingWrites());
        monitoring.stop();
    }
    QCOMPARE(m_server->requestCount(), 1);
    Sessions s = open(path);
    QVERIFY(s.publishing);
    QCOMPARE(s.incidents->desk().draft(draftId)->state, MessageDraft::State::Published);
    QTest::qWait(200);
    QCOMPARE(m_server->requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestPublishingSession)
#include "tst_publishingsession.moc"
