#include "LoopbackHttpServer.h"

#include "incident/IncidentDesk.h"
#include "publish/DeliveryListModel.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/SecretResolver.h"
#include "publish/StandardAdapters.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"
#include "statuspage/StatusSnapshotSource.h"
#include "time/Clock.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The Deliveries tab's model on real sessions: one row per message and channel, and the Live column fed by
// "Verify live" (a fallback page in a folder that a loopback web server serves; a Slack webhook has no
// public page).
class TestDeliveryListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void hasALiveColumn();
    void showsTheDeliveryLive();
    void wordsEachLiveState();
    void showsADashWithoutAPublicPage();
    void aNewModelShowsWhatWasAlreadySeen();

private:
    QString publish(const QString& channelName, ChannelKind kind, const QString& body);
    int rowOf(const DeliveryListModel& model, const QString& deliveryId) const;

    QTemporaryDir m_dir;
    LoopbackHttpServer m_site;
    std::unique_ptr<MonitoringSession> m_monitoring;
    std::unique_ptr<IncidentSession> m_incidents;
    std::unique_ptr<PublishingSession> m_publishing;
    QString m_incidentId;
    int m_round = 0;
};

void TestDeliveryListModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_site.listen());
    m_site.setReply("/hook", LoopbackHttpServer::Reply{200, "ok", {}, 0, 0, 0});
    m_site.setFallbackHandler([this](const LoopbackHttpServer::Request& request) {
        QFile file(m_dir.filePath(QString::fromUtf8(request.path.mid(1))));
        if (request.path.contains("..") || !file.open(QIODevice::ReadOnly))
            return LoopbackHttpServer::Reply{404, "not here", {}, 0, 0, 0};
        return LoopbackHttpServer::Reply{200, file.readAll(), {{"Content-Type", "text/html"}}, 0, 0, 0};
    });
    qputenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL", m_site.url(QStringLiteral("/hook")).toUtf8());
}

void TestDeliveryListModel::cleanupTestCase()
{
    qunsetenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL");
}

void TestDeliveryListModel::init()
{
    const QString path = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_round));
    m_monitoring = std::make_unique<MonitoringSession>(SystemClock::instance());
    QCOMPARE(m_monitoring->open(path), std::nullopt);
    m_incidents = std::make_unique<IncidentSession>(*m_monitoring, SystemClock::instance());
    QCOMPARE(m_incidents->open(path), std::nullopt);
    m_incidents->desk().setUserName(QStringLiteral("Camille"));
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    auto snapshots = std::make_shared<StatusSnapshotSource>(SystemClock::instance());
    OutboxOptions options;
    options.liveChecks.firstDelayMs = 10;
    m_publishing = std::make_unique<PublishingSession>(
        *m_monitoring, *m_incidents, SystemClock::instance(),
        StandardAdapters::make(SystemClock::instance(), snapshots), secrets, options, snapshots);
    QCOMPARE(m_publishing->open(path), std::nullopt);

    ChannelConfig page;
    page.name = QStringLiteral("Fallback page");
    page.type = QStringLiteral("fallback-page");
    page.messageKind = ChannelKind::StatusPage;
    const QString folder = QStringLiteral("page-%1").arg(m_round);
    page.settings.insert(QStringLiteral("target"), QStringLiteral("folder"));
    page.settings.insert(QStringLiteral("path"), m_dir.filePath(folder));
    page.settings.insert(QStringLiteral("public_url"),
                         m_site.url(QLatin1Char('/') + folder + QLatin1Char('/')));
    ChannelConfig chat;
    chat.name = QStringLiteral("Ops chat");
    chat.type = QStringLiteral("slack");
    chat.messageKind = ChannelKind::Chat;
    chat.audience = QStringLiteral("internal");
    chat.secrets = {QStringLiteral("webhook_url")};
    m_monitoring->setChannels({page, chat});

    DeclareRequest request;
    request.title = QStringLiteral("Checkout errors");
    request.commander = QStringLiteral("Camille");
    m_incidentId = m_incidents->desk().declare(request);
    QVERIFY(!m_incidentId.isEmpty());
}

void TestDeliveryListModel::cleanup()
{
    m_publishing.reset();
    m_incidents.reset();
    m_monitoring.reset();
}

QString TestDeliveryListModel::publish(const QString& channelName, ChannelKind kind, const QString& body)
{
    IncidentDesk& desk = m_incidents->desk();
    MessageDraft draft;
    draft.incidentId = m_incidentId;
    draft.channel = kind;
    draft.language = QStringLiteral("en");
    draft.body = body;
    const auto saved = desk.saveDraft(draft);
    if (!saved.draft || desk.approveDraft(saved.draft->id))
        return QString();
    const qsizetype before = m_publishing->deliveriesOf(m_incidentId).size();
    if (m_publishing->publish(saved.draft->id, {channelName}))
        return QString();
    if (!QTest::qWaitFor([&] { return m_publishing->deliveriesOf(m_incidentId).size() > before; }, 20'000))
        return QString();
    return m_publishing->deliveriesOf(m_incidentId).last().id;
}

int TestDeliveryListModel::rowOf(const DeliveryListModel& model, const QString& deliveryId) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(DeliveryListModel::DeliveryIdRole).toString() == deliveryId)
            return row;
    }
    return -1;
}

void TestDeliveryListModel::hasALiveColumn()
{
    DeliveryListModel model(*m_publishing, m_incidents->desk());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(DeliveryListModel::LiveColumn, Qt::Horizontal).toString(),
             QStringLiteral("Live"));
    QCOMPARE(model.headerData(DeliveryListModel::DetailColumn, Qt::Horizontal).toString(),
             QStringLiteral("Link or reason"));
}

void TestDeliveryListModel::showsTheDeliveryLive()
{
    DeliveryListModel model(*m_publishing, m_incidents->desk());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incidentId);
    const QString id = publish(QStringLiteral("Fallback page"), ChannelKind::StatusPage,
                               QStringLiteral("Checkout fails for some cards; next update by 15:00."));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, id) >= 0, 20'000);
    const int row = rowOf(model, id);
    const QModelIndex cell = model.index(row, DeliveryListModel::LiveColumn);
    QTRY_VERIFY_WITH_TIMEOUT(cell.data().toString().startsWith(QStringLiteral("Live since ")), 20'000);
    QCOMPARE(cell.data(DeliveryListModel::LiveStateRole).toInt(), int(LiveState::Kind::Live));
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(m_site.url(QStringLiteral("/page-"))),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QCOMPARE(cell.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0x1e, 0x7b, 0x34));
    QCOMPARE(model.index(row, DeliveryListModel::StateColumn).data().toString(), QStringLiteral("Sent"));
}

void TestDeliveryListModel::wordsEachLiveState()
{
    DeliveryListModel model(*m_publishing, m_incidents->desk());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incidentId);
    const QString id =
        publish(QStringLiteral("Ops chat"), ChannelKind::Chat, QStringLiteral("Checkout is failing."));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, id) >= 0, 20'000);
    const int row = rowOf(model, id);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(row, DeliveryListModel::StateColumn).data().toString(),
                              QStringLiteral("Sent"), 20'000);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 now = m_incidents->desk().clock().nowMs();

    model.setLiveState(id, LiveState::pending(now - 150'000, now - 1'000, 4,
                                              QStringLiteral("The public page does "
                                                             "not show the update yet."),
                                              QStringLiteral("https://status.example.org/index.html")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, DeliveryListModel::LiveColumn));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row, DeliveryListModel::LiveColumn));
    const QModelIndex cell = model.index(row, DeliveryListModel::LiveColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Pending for 2 min"));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("does not show the update yet")));
    QCOMPARE(cell.data(DeliveryListModel::LiveStateRole).toInt(), int(LiveState::Kind::Pending));

    model.setLiveState(id, LiveState::gaveUp(now - 31 * 60'000, now - 60'000, 20, QStringLiteral("HTTP 404"),
                                             QStringLiteral("https://status.example.org/index.html")));
    QCOMPARE(cell.data().toString(), QStringLiteral("Not live after 30 min"));
    QCOMPARE(model.liveState(id).kind, LiveState::Kind::GaveUp);

    // A delivery of another incident changes nothing here.
    model.setLiveState(QStringLiteral("someone-else"), LiveState::checking(now));
    QCOMPARE(changed.size(), 2);
}

void TestDeliveryListModel::showsADashWithoutAPublicPage()
{
    DeliveryListModel model(*m_publishing, m_incidents->desk());
    model.setIncident(m_incidentId);
    const QString id =
        publish(QStringLiteral("Ops chat"), ChannelKind::Chat, QStringLiteral("Checkout is failing."));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(model, id) >= 0, 20'000);
    const int row = rowOf(model, id);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(row, DeliveryListModel::StateColumn).data().toString(),
                              QStringLiteral("Sent"), 20'000);
    QCOMPARE(model.index(row, DeliveryListModel::LiveColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(m_publishing->liveState(id).kind, LiveState::Kind::Unknown);
}

void TestDeliveryListModel::aNewModelShowsWhatWasAlreadySeen()
{
    const QString id = publish(QStringLiteral("Fallback page"), ChannelKind::StatusPage,
                               QStringLiteral("Checkout is back to normal."));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_publishing->liveState(id).kind, LiveState::Kind::Live, 20'000);
    DeliveryListModel model(*m_publishing, m_incidents->desk());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_incidentId);
    const int row = rowOf(model, id);
    QVERIFY(row >= 0);
    QVERIFY(model.index(row, DeliveryListModel::LiveColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Live since ")));
}

QTEST_MAIN(TestDeliveryListModel)
#include "tst_deliverylistmodel.moc"
