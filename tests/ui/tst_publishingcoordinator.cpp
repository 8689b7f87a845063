#include "LoopbackHttpServer.h"

#include "comms/MessageComposer.h"
#include "comms/MessageDraftEditor.h"
#include "incident/IncidentDesk.h"
#include "incident/IncidentDetailPane.h"
#include "incident/IncidentsPanel.h"
#include "playbook/ChecklistPanel.h"
#include "publish/ChannelListModel.h"
#include "publish/ChannelsDialog.h"
#include "publish/DeliveriesPanel.h"
#include "publish/DeliveryListModel.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/PublishDialog.h"
#include "publish/SecretResolver.h"
#include "publish/StandardAdapters.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"
#include "statuspage/StatusSnapshotSource.h"
#include "time/Clock.h"
#include "window/IncidentCoordinator.h"
#include "window/MainWindow.h"
#include "window/PublishingCoordinator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Publishing in the cockpit window, offscreen, on real sessions and a loopback Slack webhook: "Publish…" on
// an approved message, the channel choice, the Deliveries tab following each delivery, retry and cancel.
class TestPublishingCoordinator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void publishesFromTheComposerAndFollowsTheDelivery();
    void offersNoChannelButTheTextWhenNoneFits();
    void switchesToTheFallbackPageFromTheChecklist();
    void opensTheChannelsWindow();

private:
    struct Cockpit
    {
        std::unique_ptr<MonitoringSession> monitoring;
        std::unique_ptr<IncidentSession> incidents;
        std::unique_ptr<PublishingSession> publishing;
        std::unique_ptr<MainWindow> window;
    };
    Cockpit open(const QString& name);
    // An incident with one approved chat draft, shown in the composer; returns the draft's id.
    QString approvedDraft(Cockpit& cockpit, ChannelKind kind = ChannelKind::Chat);
    // Runs `answer` on the next PublishDialog the window opens (it is modal).
    void whenPublishDialogOpens(MainWindow* window, std::function<void(PublishDialog*)> answer);

    QTemporaryDir m_dir;
    LoopbackHttpServer m_server;
};

void TestPublishingCoordinator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(m_server.listen());
    m_server.setReply("/hook", LoopbackHttpServer::Reply{200, "ok", {}, 0, 0, 0});
    qputenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL", m_server.url(QStringLiteral("/hook")).toUtf8());
}

void TestPublishingCoordinator::cleanupTestCase()
{
    qunsetenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL");
}

TestPublishingCoordinator::Cockpit TestPublishingCoordinator::open(const QString& name)
{
    const QString path = m_dir.filePath(name);
    Cockpit c;
    c.monitoring = std::make_unique<MonitoringSession>(SystemClock::instance());
    if (c.monitoring->open(path))
        return {};
    c.incidents = std::make_unique<IncidentSession>(*c.monitoring, SystemClock::instance());
    if (c.incidents->open(path))
        return {};
    c.incidents->desk().setUserName(QStringLiteral("Camille"));
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.retry.baseMs = 3'600'000; // a failure waits for the commander, not for the backoff
    auto snapshots = std::make_shared<StatusSnapshotSource>(SystemClock::instance());
    c.publishing = std::make_unique<PublishingSession>(
        *c.monitoring, *c.incidents, SystemClock::instance(),
        StandardAdapters::make(SystemClock::instance(), snapshots), secrets, options, snapshots);
    if (c.publishing->open(path))
        return {};
    ChannelConfig chat;
    chat.name = QStringLiteral("Ops chat");
    chat.type = QStringLiteral("slack");
    chat.messageKind = ChannelKind::Chat;
    chat.audience = QStringLiteral("internal");
    chat.secrets = {QStringLiteral("webhook_url")};
    c.monitoring->setChannels({chat});
    c.window = std::make_unique<MainWindow>(*c.monitoring, c.incidents.get(), c.publishing.get());
    c.window->resize(1400, 860);
    c.window->show();
    if (!QTest::qWaitForWindowExposed(c.window.get()))
        return {};
    return c;
}

QString TestPublishingCoordinator::approvedDraft(Cockpit& c, ChannelKind kind)
{
    IncidentDesk& desk = c.incidents->desk();
    DeclareRequest request;
    request.title = QStringLiteral("Payments failing");
    request.commander = QStringLiteral("Camille");
    const QString incidentId = desk.declare(request);
    MessageDraft draft;
    draft.incidentId = incidentId;
    draft.channel = kind;
    draft.language = QStringLiteral("en");
    draft.body = QStringLiteral("Payments are failing since 14:02; next update by 14:45.");
    const auto saved = desk.saveDraft(draft);
    if (!saved.draft || desk.approveDraft(saved.draft->id))
        return QString();
    IncidentCoordinator* incidents = c.window->incidentCoordinator();
    incidents->showIncident(incidentId);
    incidents->panel()->detailPane()->tabs()->setCurrentWidget(incidents->composer());
    incidents->composer()->selectDraft(saved.draft->id);
    return saved.draft->id;
}

void TestPublishingCoordinator::whenPublishDialogOpens(MainWindow* window,
                                                       std::function<void(PublishDialog*)> answer)
{
    auto* poll = new QTimer(window);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, window, [window, poll, answer] {
        if (auto* dialog = window->findChild<PublishDialog*>(); dialog && dialog->isVisible()) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

void TestPublishingCoordinator::publishesFromTheComposerAndFollowsTheDelivery()
{
    Cockpit c = open(QStringLiteral("publish.sqlite"));
    QVERIFY(c.window);
    PublishingCoordinator* publishing = c.window->publishingCoordinator();
    QVERIFY(publishing);
    QAbstractItemModelTester tester(publishing->deliveries()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString draftId = approvedDraft(c);
    QVERIFY(!draftId.isEmpty());
    MessageDraftEditor* editor = c.window->incidentCoordinator()->composer()->editor();
    QVERIFY(editor->publishAction()->isVisible());
    QVERIFY(editor->publishAction()->isEnabled());

    QStringList offered;
    whenPublishDialogOpens(c.window.get(), [&offered](PublishDialog* dialog) {
        for (int row = 0; row < dialog->channelList()->count(); ++row)
            offered.append(dialog->channelList()->item(row)->text());
        QCOMPARE(dialog->chosenChannels(), QStringList{QStringLiteral("Ops chat")});
        dialog->accept();
    });
    editor->publishAction()->trigger();
    QCOMPARE(offered.size(), 1);
    QVERIFY2(offered.first().startsWith(QStringLiteral("Ops chat")), qPrintable(offered.first()));

    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(), 1, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(c.incidents->desk().draft(draftId)->state, MessageDraft::State::Published,
                              10'000);
    DeliveryListModel* model = publishing->deliveries()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, DeliveryListModel::StateColumn).data().toString(),
                              Delivery::stateLabel(Delivery::State::Sent), 10'000);
    QCOMPARE(model->index(0, DeliveryListModel::ChannelColumn).data().toString(), QStringLiteral("Ops chat"));
    QVERIFY(model->index(0, DeliveryListModel::MessageColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Payments")));

    // Ctrl+Shift+Y brings the deliveries forward; a sent delivery can be neither retried nor cancelled.
    publishing->showDeliveriesAction()->trigger();
    QCOMPARE(c.window->incidentCoordinator()->panel()->detailPane()->tabs()->currentWidget(),
             publishing->deliveries());
    publishing->deliveries()->view()->selectRow(0);
    QVERIFY(!publishing->deliveries()->retryAction()->isEnabled());
    QVERIFY(!publishing->deliveries()->cancelAction()->isEnabled());
    publishing->deliveries()->copyAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Payments are failing")));

    // A second message meets a webhook that refuses it: the row says why, and Retry sends it once fixed.
    m_server.setReply("/hook", LoopbackHttpServer::Reply{404, "no_service", {}, 0, 0, 0});
    const QString second = approvedDraft(c);
    whenPublishDialogOpens(c.window.get(), [](PublishDialog* dialog) { dialog->accept(); });
    publishing->publishDraft(second);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, DeliveryListModel::StateColumn).data().toString(),
                              Delivery::stateLabel(Delivery::State::Failed), 20'000);
    QVERIFY2(
        model->index(0, DeliveryListModel::DetailColumn).data().toString().contains(QStringLiteral("404")),
        qPrintable(model->index(0, DeliveryListModel::DetailColumn).data().toString()));
    publishing->deliveries()->view()->selectRow(0);
    QVERIFY(publishing->deliveries()->retryAction()->isEnabled());
    QVERIFY(publishing->deliveries()->cancelAction()->isEnabled());
    const QString incidentId = c.incidents->desk().draft(second)->incidentId;
    const auto problemLines = [&] {
        int n = 0;
        for (const IncidentEvent& event : c.incidents->desk().record(incidentId)->events)
            n += event.kind == IncidentEvent::Kind::DeliveryProblem ? 1 : 0;
        return n;
    };
    QCOMPARE(problemLines(), 1);
    m_server.setReply("/hook", LoopbackHttpServer::Reply{200, "ok", {}, 0, 0, 0});
    const int before = m_server.requestCount();
    publishing->deliveries()->retryAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, DeliveryListModel::StateColumn).data().toString(),
                              Delivery::stateLabel(Delivery::State::Sent), 20'000);
    QCOMPARE(m_server.requestCount(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(c.incidents->desk().draft(second)->state, MessageDraft::State::Published,
                              10'000);

    if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        publishing->showDeliveriesAction()->trigger();
        QTest::qWait(200);
        c.window->grab().save(dir + QStringLiteral("/vigie-window-deliveries.png"));
    }
    c.publishing->close();
}

void TestPublishingCoordinator::offersNoChannelButTheTextWhenNoneFits()
{
    Cockpit c = open(QStringLiteral("nofit.sqlite"));
    QVERIFY(c.window);
    const QString draftId = approvedDraft(c, ChannelKind::Email);
    QVERIFY(!draftId.isEmpty());
    bool empty = false;
    whenPublishDialogOpens(c.window.get(), [&empty](PublishDialog* dialog) {
        empty = dialog->emptyLabel()->isVisibleTo(dialog) && dialog->chosenChannels().isEmpty();
        Q_EMIT dialog->copyRequested();
        dialog->reject();
    });
    QApplication::clipboard()->clear();
    c.window->publishingCoordinator()->publishDraft(draftId);
    QVERIFY(empty);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Payments are failing")));
    QCOMPARE(c.publishing->deliveries().size(), 0);
    c.publishing->close();
}

void TestPublishingCoordinator::switchesToTheFallbackPageFromTheChecklist()
{
    Cockpit c = open(QStringLiteral("fallback.sqlite"));
    QVERIFY(c.window);
    ChannelConfig page;
    page.name = QStringLiteral("Fallback page");
    page.type = QStringLiteral("fallback-page");
    page.settings.insert(QStringLiteral("target"), QStringLiteral("folder"));
    page.settings.insert(QStringLiteral("path"), m_dir.filePath(QStringLiteral("page")));
    QList<ChannelConfig> channels = c.monitoring->channels();
    channels.append(page);
    c.monitoring->setChannels(channels);
    DeclareRequest request;
    request.title = QStringLiteral("Checkout down");
    const QString id = c.incidents->desk().declare(request);
    c.window->incidentCoordinator()->showIncident(id);
    // The checklist's fallback-page step asks the window, which publishes at once.
    Q_EMIT c.window->incidentCoordinator()->checklist()->fallbackPageRequested(id);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir.filePath(QStringLiteral("page/index.html"))), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(c.window->statusBar()->currentMessage().contains(QStringLiteral("is up")),
                             10'000);
    QFile html(m_dir.filePath(QStringLiteral("page/index.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("Checkout down"));
    c.publishing->close();
}

void TestPublishingCoordinator::opensTheChannelsWindow()
{
    Cockpit c = open(QStringLiteral("channels.sqlite"));
    QVERIFY(c.window);
    c.window->publishingCoordinator()->channelsAction()->trigger();
    auto* dialog = c.window->findChild<ChannelsDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 1);
    if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog->grab().save(dir + QStringLiteral("/vigie-channels-window.png"));
    dialog->close();
    c.publishing->close();
}

QTEST_MAIN(TestPublishingCoordinator)
#include "tst_publishingcoordinator.moc"
