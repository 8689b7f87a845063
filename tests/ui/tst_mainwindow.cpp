#include "LoopbackHttpServer.h"

#include "board/ServiceBoardModel.h"
#include "board/ServiceBoardView.h"
#include "config/Workspace.h"
#include "detail/ServiceDetailPane.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"
#include "timeline/CorrelationListModel.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePanel.h"
#include "timeline/UptimeTableModel.h"
#include "tray/TrayStatus.h"
#include "window/MainWindow.h"
#include "window/TimelineCoordinator.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// The cockpit window on a real session (store + engine) watching loopback servers, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsLiveStatesAndActsOnSelection();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

void TestMainWindow::showsLiveStatesAndActsOnSelection()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/ok", LoopbackHttpServer::Reply{200, "OK", {}, 0, 0, 0});
    server.setReply("/broken", LoopbackHttpServer::Reply{500, "boom", {}, 0, 0, 0});

    MonitoringSession session(SystemClock::instance());
    QCOMPARE(session.open(m_dir.filePath(QStringLiteral("window.sqlite"))), std::nullopt);
    Workspace ws;
    for (const auto& [name, path] : {std::pair{QStringLiteral("Storefront"), QStringLiteral("/ok")},
                                     std::pair{QStringLiteral("Payments"), QStringLiteral("/broken")}}) {
        ServiceDefinition def;
        def.name = name;
        def.target = server.url(path);
        def.intervalSec = 1;
        // Generous for the service that must stay up: a loaded CI machine must not make it DOWN.
        def.timeoutMs = path == QLatin1String("/ok") ? 5000 : 900;
        def.failuresBeforeDown = path == QLatin1String("/ok") ? 3 : 1;
        ws.services.append(def);
    }
    session.applyWorkspace(ws, false);
    QVERIFY(session.waitForPendingWrites(10'000));

    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.boardModel()->rowCount(), 2);
    // The keyboard starts on the list of services, not in the filter field.
    QCOMPARE(window.focusWidget(), window.boardView()->treeView());
    session.start();

    qint64 paymentsId = 0;
    qint64 storefrontId = 0;
    for (const auto& def : session.services())
        (def.name == QLatin1String("Payments") ? paymentsId : storefrontId) = def.id;
    QTRY_COMPARE_WITH_TIMEOUT(window.boardModel()->stateOf(paymentsId), ServiceState::Down, 20'000);
    QTRY_COMPARE_WITH_TIMEOUT(window.boardModel()->stateOf(storefrontId), ServiceState::Up, 20'000);
    QVERIFY2(window.statusSummary().startsWith(QStringLiteral("1 down")), qPrintable(window.statusSummary()));
    QCOMPARE(window.tray()->shownState(), ServiceState::Down);
    QVERIFY2(window.tray()->toolTip().contains(QStringLiteral("1 service")),
             qPrintable(window.tray()->toolTip()));
    // Each result shows live: its latency on the board, and the count of stored results in the status bar.
    const auto latencyShown = [&] {
        const ServiceBoardModel* model = window.boardModel();
        return model->index(model->rowOf(storefrontId), ServiceBoardModel::Latency).data().toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(latencyShown().endsWith(QStringLiteral(" ms")), 10'000);
    const auto storedShown = [&] {
        for (const QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            if (label->text().endsWith(QStringLiteral(" results stored")))
                return label->text().section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(',')).toLongLong();
        }
        return qint64(-1);
    };
    QTRY_VERIFY_WITH_TIMEOUT(storedShown() > 0, 10'000);
    const qint64 storedBefore = storedShown();
    QTRY_VERIFY_WITH_TIMEOUT(storedShown() > storedBefore, 10'000);

    // Selecting a row shows it in the detail pane and asks the store for its history.
    QSignalSpy history(&session, &MonitoringSession::historyReady);
    window.boardView()->selectService(paymentsId);
    QCOMPARE(window.detailPane()->serviceId(), paymentsId);
    QVERIFY(history.wait(10'000));

    // The timeline tab: the store's state changes become bands and uptime rows for both services.
    QSignalSpy timeline(&session, &MonitoringSession::timelineReady);
    window.timelineCoordinator()->refresh();
    QVERIFY(timeline.wait(10'000));
    QCOMPARE(window.timelinePanel()->uptimeModel()->rows().size(), 2);
    const QList<StateBand> paymentsBands = window.timelinePanel()->timelineModel()->bandsOf(paymentsId);
    QVERIFY(!paymentsBands.isEmpty());
    QCOMPARE(paymentsBands.last().state, ServiceState::Down);
    // Clicking Payments' outage shows that period in the detail pane and what else changed around it:
    // Storefront came up within the same minutes.
    Q_EMIT window.timelinePanel()->bandActivated(paymentsId, paymentsBands.last());
    QCOMPARE(window.detailPane()->serviceId(), paymentsId);
    QVERIFY(window.correlationModel()->rowCount() >= 1);
    QCOMPARE(window.correlationModel()->index(0, 0).data(CorrelationListModel::ServiceIdRole).toLongLong(),
             storefrontId);

    if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.tabs()->setCurrentWidget(window.timelinePanel());
        QTest::qWait(500);
        window.grab().save(dir + QStringLiteral("/vigie-window-timeline.png"));
        window.tabs()->setCurrentIndex(0);
    }

    // The pause action, from the keyboard's point of view, pauses the selected service.
    QVERIFY(window.pauseAction()->isEnabled());
    window.pauseAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(session.service(paymentsId)->paused, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(window.boardModel()->stateOf(paymentsId), ServiceState::Paused, 10'000);
    session.stop();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
