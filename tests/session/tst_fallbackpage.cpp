#include "LoopbackHttpServer.h"

#include "config/Workspace.h"
#include "incident/IncidentDesk.h"
#include "playbook/Playbook.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/live/LiveState.h"
#include "publish/SecretResolver.h"
#include "publish/StandardAdapters.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"
#include "statuspage/StatusSnapshotSource.h"
#include "time/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The fallback status page end to end on real sessions: "switch to the fallback page" renders and writes
// the page to a folder target, records it and ticks the playbook step; a status-page message published to
// the channel refreshes the page with its text, and "Verify live" then finds it on the public address (a
// loopback web server serving the folder); a drill goes to the sandbox folder only.
class TestFallbackPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void switchesInOneActionAndTicksTheStep();
    void aPublishedMessageRefreshesThePage();
    void thePublishedMessageIsShownLive();
    void aStalePublicPageStaysPending();
    void aDrillGoesToTheSandboxOnly();
    void saysWhyWhenNoPageIsConfigured();

private:
    struct Sessions
    {
        std::unique_ptr<MonitoringSession> monitoring;
        std::unique_ptr<IncidentSession> incidents;
        std::unique_ptr<PublishingSession> publishing;
    };
    Sessions open(const QString& name, bool withChannels = true);
    ChannelConfig page(const QString& name, const QString& folder, bool sandbox) const;
    // A status-page message approved for the incident; returns its id.
    QString approvedMessage(IncidentDesk& desk, const QString& incidentId, const QString& language,
                            const QString& body);
    QString declare(IncidentDesk& desk, const QString& title, bool drill = false);
    QByteArray read(const QString& folder, const QString& file) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    // The public web server of the page: serves the temporary folder, as the web server of a real folder
    // target would.
    std::unique_ptr<LoopbackHttpServer> m_site;
};

void TestFallbackPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_site = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_site->listen());
    m_site->setFallbackHandler([this](const LoopbackHttpServer::Request& request) {
        const QString path = QString::fromUtf8(request.path.left(
            request.path.indexOf('?') >= 0 ? request.path.indexOf('?') : request.path.size()));
        QFile file(m_dir->filePath(path.mid(1)));
        if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly))
            return LoopbackHttpServer::Reply{404, "not here", {}, 0, 0, 0};
        const QByteArray type = path.endsWith(QLatin1String(".json")) ? "application/json" : "text/html";
        return LoopbackHttpServer::Reply{200, file.readAll(), {{"Content-Type", type}}, 0, 0, 0};
    });
    // A page a cache keeps serving as it was before the incident.
    m_site->setReply("/stale/index.html",
                     LoopbackHttpServer::Reply{200, "<p>All systems operational.</p>", {}, 0, 0, 0});
}

ChannelConfig TestFallbackPage::page(const QString& name, const QString& folder, bool sandbox) const
{
    ChannelConfig channel;
    channel.name = name;
    channel.type = QStringLiteral("fallback-page");
    channel.messageKind = ChannelKind::StatusPage;
    channel.sandbox = sandbox;
    channel.settings.insert(QStringLiteral("target"), QStringLiteral("folder"));
    channel.settings.insert(QStringLiteral("path"), m_dir->filePath(folder));
    channel.settings.insert(QStringLiteral("page_title"), QStringLiteral("Example status"));
    channel.settings.insert(QStringLiteral("public_url"),
                            m_site->url(QLatin1Char('/') + folder + QLatin1Char('/')));
    channel.settings.insert(QStringLiteral("time_zone"), QStringLiteral("Europe/Paris"));
    return channel;
}

TestFallbackPage::Sessions TestFallbackPage::open(const QString& name, bool withChannels)
{
    const QString path = m_dir->filePath(name);
    Sessions s;
    s.monitoring = std::make_unique<MonitoringSession>(SystemClock::instance());
    if (s.monitoring->open(path))
        return {};
    s.incidents = std::make_unique<IncidentSession>(*s.monitoring, SystemClock::instance());
    if (s.incidents->open(path))
        return {};
    s.incidents->desk().setUserName(QStringLiteral("Camille"));
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    auto snapshots = std::make_shared<StatusSnapshotSource>(SystemClock::instance());
    OutboxOptions options;
    options.liveChecks.firstDelayMs = 10;
    options.liveChecks.maxDelayMs = 40;
    options.liveChecks.maxChecks = 3;
    s.publishing = std::make_unique<PublishingSession>(
        *s.monitoring, *s.incidents, SystemClock::instance(),
        StandardAdapters::make(SystemClock::instance(), snapshots), secrets, options, snapshots);
    if (s.publishing->open(path))
        return {};
    if (withChannels)
        s.monitoring->setChannels({page(QStringLiteral("Fallback page"), QStringLiteral("public"), false),
                                   page(QStringLiteral("Drill page"), QStringLiteral("sandbox"), true)});
    return s;
}

QString TestFallbackPage::declare(IncidentDesk& desk, const QString& title, bool drill)
{
    DeclareRequest request;
    request.title = title;
    request.drill = drill;
    request.commander = QStringLiteral("Camille");
    return desk.declare(request);
}

QByteArray TestFallbackPage::read(const QString& folder, const QString& file) const
{
    QFile f(m_dir->filePath(folder + QLatin1Char('/') + file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestFallbackPage::switchesInOneActionAndTicksTheStep()
{
    Sessions s = open(QStringLiteral("switch.sqlite"));
    QVERIFY(s.publishing);
    IncidentDesk& desk = s.incidents->desk();
    const QString id = declare(desk, QStringLiteral("Payments <failing> & slow"));
    QSignalSpy published(s.publishing.get(), &PublishingSession::fallbackPagePublished);
    QCOMPARE(s.publishing->switchToFallbackPage(id), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    const auto outcome = published.first().at(2).value<DeliveryOutcome>();
    QVERIFY2(outcome.kind == DeliveryOutcome::Kind::Sent, qPrintable(outcome.message));
    QCOMPARE(outcome.externalId, m_site->url(QStringLiteral("/public/")));

    // The page, its French twin, the summary and the feeds are in the folder; the title is escaped.
    const QByteArray html = read(QStringLiteral("public"), QStringLiteral("index.html"));
    QVERIFY2(html.contains("Payments &lt;failing&gt; &amp; slow"), html.left(400).constData());
    QVERIFY(!read(QStringLiteral("public"), QStringLiteral("fr/index.html")).isEmpty());
    QVERIFY(!read(QStringLiteral("public"), QStringLiteral("history.atom")).isEmpty());
    const QJsonObject summary =
        QJsonDocument::fromJson(read(QStringLiteral("public"), QStringLiteral("summary.json"))).object();
    const QJsonArray incidents = summary.value(QStringLiteral("incidents")).toArray();
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Payments <failing> & slow"));
    // The sandbox got nothing.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("sandbox/index.html"))));

    // The timeline says so, and the playbook's fallback-page step is ticked.
    const IncidentRecord* record = desk.record(id);
    QVERIFY(std::any_of(record->events.cbegin(), record->events.cend(), [](const IncidentEvent& e) {
        return e.kind == IncidentEvent::Kind::MessagePublished &&
               e.text.contains(QStringLiteral("Fallback page"));
    }));
    QString fallbackStep;
    for (const PlaybookStep& step : s.incidents->playbook().steps) {
        if (step.action == PlaybookStep::Action::FallbackPage)
            fallbackStep = step.id;
    }
    QVERIFY(!fallbackStep.isEmpty());
    QVERIFY(std::any_of(record->incident.marks.cbegin(), record->incident.marks.cend(),
                        [&](const ChecklistMark& m) { return m.stepId == fallbackStep; }));
}

QString TestFallbackPage::approvedMessage(IncidentDesk& desk, const QString& incidentId,
                                          const QString& language, const QString& body)
{
    MessageDraft draft;
    draft.incidentId = incidentId;
    draft.channel = ChannelKind::StatusPage;
    draft.language = language;
    draft.body = body;
    const auto saved = desk.saveDraft(draft);
    if (!saved.draft || desk.approveDraft(saved.draft->id))
        return QString();
    return saved.draft->id;
}

void TestFallbackPage::aPublishedMessageRefreshesThePage()
{
    Sessions s = open(QStringLiteral("message.sqlite"));
    QVERIFY(s.publishing);
    IncidentDesk& desk = s.incidents->desk();
    const QString id = declare(desk, QStringLiteral("Search is slow"));
    const QString draftId =
        approvedMessage(desk, id, QStringLiteral("en"),
                        QStringLiteral("We are investigating slow searches. Next update by 15:00."));
    QVERIFY(!draftId.isEmpty());
    QCOMPARE(s.publishing->publish(draftId, {QStringLiteral("Fallback page")}), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(desk.draft(draftId)->state, MessageDraft::State::Published, 20'000);
    const QByteArray html = read(QStringLiteral("public"), QStringLiteral("index.html"));
    QVERIFY2(html.contains("We are investigating slow searches."), html.left(400).constData());
    const QList<Delivery> deliveries = s.publishing->deliveriesOf(id);
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().externalId, m_site->url(QStringLiteral("/public/")));
}

void TestFallbackPage::thePublishedMessageIsShownLive()
{
    Sessions s = open(QStringLiteral("live.sqlite"));
    QVERIFY(s.publishing);
    QSignalSpy live(s.publishing.get(), &PublishingSession::liveStateChanged);
    IncidentDesk& desk = s.incidents->desk();
    const QString id = declare(desk, QStringLiteral("Checkout <errors>"));
    const QString english =
        approvedMessage(desk, id, QStringLiteral("en"),
                        QStringLiteral("Checkout fails for some cards <Visa> & Amex.\n\nNext "
                                       "update by 15:00."));
    QVERIFY(!english.isEmpty());
    QCOMPARE(s.publishing->publish(english, {QStringLiteral("Fallback page")}), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(s.publishing->deliveriesOf(id).size(), 1, 20'000);
    const QString deliveryId = s.publishing->deliveriesOf(id).first().id;
    QTRY_COMPARE_WITH_TIMEOUT(s.publishing->liveState(deliveryId).kind, LiveState::Kind::Live, 20'000);
    const LiveState seen = s.publishing->liveState(deliveryId);
    QCOMPARE(seen.url, m_site->url(QStringLiteral("/public/index.html")));
    QVERIFY(seen.liveAtMs >= seen.sinceMs);
    QVERIFY(seen.text(seen.liveAtMs).startsWith(QStringLiteral("Live since ")));
    // Checking first, then live: the signal carried every step for the Deliveries tab.
    QVERIFY(live.size() >= 2);
    QCOMPARE(live.first().at(0).toString(), deliveryId);
    QCOMPARE(live.first().at(1).value<LiveState>().kind, LiveState::Kind::Checking);
    QCOMPARE(live.last().at(1).value<LiveState>().kind, LiveState::Kind::Live);

    // A French message is looked for on the French page.
    const QString french = approvedMessage(desk, id, QStringLiteral("fr"),
                                           QStringLiteral("Le paiement échoue pour certaines cartes."));
    QVERIFY(!french.isEmpty());
    QCOMPARE(s.publishing->publish(french, {QStringLiteral("Fallback page")}), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(s.publishing->deliveriesOf(id).size(), 2, 20'000);
    const QString frenchDelivery = s.publishing->deliveriesOf(id).last().id;
    QTRY_COMPARE_WITH_TIMEOUT(s.publishing->liveState(frenchDelivery).kind, LiveState::Kind::Live, 20'000);
    QCOMPARE(s.publishing->liveState(frenchDelivery).url,
             m_site->url(QStringLiteral("/public/fr/index.html")));

    // After a restart, the recent sends are looked for again.
    s.publishing.reset();
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.liveChecks.firstDelayMs = 10;
    auto snapshots = std::make_shared<StatusSnapshotSource>(SystemClock::instance());
    s.publishing = std::make_unique<PublishingSession>(
        *s.monitoring, *s.incidents, SystemClock::instance(),
        StandardAdapters::make(SystemClock::instance(), snapshots), secrets, options, snapshots);
    QCOMPARE(s.publishing->liveState(deliveryId).kind, LiveState::Kind::Unknown);
    QCOMPARE(s.publishing->open(m_dir->filePath(QStringLiteral("live.sqlite"))), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(s.publishing->liveState(deliveryId).kind, LiveState::Kind::Live, 20'000);
}

void TestFallbackPage::aStalePublicPageStaysPending()
{
    Sessions s = open(QStringLiteral("stale.sqlite"));
    QVERIFY(s.publishing);
    ChannelConfig cached = page(QStringLiteral("Cached page"), QStringLiteral("cached"), false);
    cached.settings.insert(QStringLiteral("public_url"), m_site->url(QStringLiteral("/stale/")));
    QList<ChannelConfig> channels = s.monitoring->channels();
    channels.append(cached);
    s.monitoring->setChannels(channels);
    IncidentDesk& desk = s.incidents->desk();
    const QString id = declare(desk, QStringLiteral("Search is slow"));
    const QString draftId = approvedMessage(desk, id, QStringLiteral("en"),
                                            QStringLiteral("We are investigating slow searches."));
    QVERIFY(!draftId.isEmpty());
    QSignalSpy live(s.publishing.get(), &PublishingSession::liveStateChanged);
    QCOMPARE(s.publishing->publish(draftId, {QStringLiteral("Cached page")}), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(s.publishing->deliveriesOf(id).size(), 1, 20'000);
    const QString deliveryId = s.publishing->deliveriesOf(id).first().id;
    // Written to the folder, yet the public address still shows the old page: pending, then given up
    // after the (shortened) schedule, saying why.
    QTRY_COMPARE_WITH_TIMEOUT(s.publishing->liveState(deliveryId).kind, LiveState::Kind::GaveUp, 20'000);
    QVERIFY(read(QStringLiteral("cached"), QStringLiteral("index.html"))
                .contains("We are investigating slow searches."));
    bool sawPending = false;
    for (const QList<QVariant>& emitted : std::as_const(live)) {
        const auto state = emitted.at(1).value<LiveState>();
        if (state.kind == LiveState::Kind::Pending) {
            sawPending = true;
            QCOMPARE(state.reason, QStringLiteral("The public page does not show the update yet."));
            QVERIFY(state.text(state.sinceMs + 120'000) == QStringLiteral("Pending for 2 min"));
        }
    }
    QVERIFY(sawPending);
    QCOMPARE(s.publishing->liveState(deliveryId).attempts, 3);
}

void TestFallbackPage::aDrillGoesToTheSandboxOnly()
{
    Sessions s = open(QStringLiteral("drill.sqlite"));
    QVERIFY(s.publishing);
    IncidentDesk& desk = s.incidents->desk();
    const QString drill = declare(desk, QStringLiteral("Rehearsal: database failover"), true);
    QSignalSpy published(s.publishing.get(), &PublishingSession::fallbackPagePublished);
    QCOMPARE(s.publishing->switchToFallbackPage(drill), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 20'000);
    QCOMPARE(published.first().at(1).toString(), QStringLiteral("Drill page"));
    QVERIFY(read(QStringLiteral("sandbox"), QStringLiteral("index.html"))
                .contains("Rehearsal: database failover"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("public/index.html"))));

    // A real incident's page afterwards never shows the drill.
    const QString real = declare(desk, QStringLiteral("Checkout errors"));
    QCOMPARE(s.publishing->switchToFallbackPage(real), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 2, 20'000);
    const QByteArray html = read(QStringLiteral("public"), QStringLiteral("index.html"));
    QVERIFY(html.contains("Checkout errors"));
    QVERIFY(!html.contains("Rehearsal"));
}

void TestFallbackPage::saysWhyWhenNoPageIsConfigured()
{
    Sessions s = open(QStringLiteral("none.sqlite"), false);
    QVERIFY(s.publishing);
    const QString id = declare(s.incidents->desk(), QStringLiteral("Outage"));
    const auto refused = s.publishing->switchToFallbackPage(id);
    QVERIFY(refused);
    QVERIFY2(refused->contains(QStringLiteral("fallback-page")), qPrintable(*refused));
    const QString drill = declare(s.incidents->desk(), QStringLiteral("Rehearsal"), true);
    const auto refusedDrill = s.publishing->switchToFallbackPage(drill);
    QVERIFY(refusedDrill);
    QVERIFY2(refusedDrill->contains(QStringLiteral("sandbox")), qPrintable(*refusedDrill));
}

QTEST_GUILESS_MAIN(TestFallbackPage)
#include "tst_fallbackpage.moc"
