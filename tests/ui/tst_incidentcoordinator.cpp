#include "LoopbackHttpServer.h"

#include "board/ServiceBoardModel.h"
#include "comms/MessageComposer.h"
#include "config/Workspace.h"
#include "incident/DeclareIncidentDialog.h"
#include "incident/IncidentDetailPane.h"
#include "incident/IncidentsPanel.h"
#include "incident/NoteDialog.h"
#include "playbook/ChecklistPanel.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePanel.h"
#include "window/IncidentCoordinator.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// The cockpit window with incidents, on a real session watching loopback servers, offscreen: from a service
// going DOWN to an incident declared from the offer, marked on the board and drawn on the timeline.
class TestIncidentCoordinator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromAnOutageToADeclaredIncident();

private:
    QTemporaryDir m_dir;
};

namespace {

// The offscreen platform leaves a newly opened dialog inactive; a window manager would activate it.
bool activate(QWidget* window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QApplication::setActiveWindow(window);
    return QApplication::activeWindow() == window;
}

} // namespace

void TestIncidentCoordinator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

void TestIncidentCoordinator::fromAnOutageToADeclaredIncident()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/ok", LoopbackHttpServer::Reply{200, "OK", {}, 0, 0, 0});
    server.setReply("/broken", LoopbackHttpServer::Reply{503, "down", {}, 0, 0, 0});

    const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
    MonitoringSession session(SystemClock::instance());
    QCOMPARE(session.open(path), std::nullopt);
    IncidentSession incidents(session, SystemClock::instance());
    QCOMPARE(incidents.open(path), std::nullopt);
    Workspace ws;
    for (const auto& [name, target] : {std::pair{QStringLiteral("Storefront"), QStringLiteral("/ok")},
                                       std::pair{QStringLiteral("Payments"), QStringLiteral("/broken")}}) {
        ServiceDefinition def;
        def.name = name;
        def.group = QStringLiteral("Shop");
        def.target = server.url(target);
        def.intervalSec = 1;
        def.timeoutMs = target == QLatin1String("/ok") ? 5000 : 900;
        def.failuresBeforeDown = target == QLatin1String("/ok") ? 3 : 1;
        ws.services.append(def);
    }
    session.applyWorkspace(ws, false);
    QVERIFY(session.waitForPendingWrites(10'000));

    MainWindow window(session, &incidents);
    window.show();
    QVERIFY(activate(&window));
    IncidentCoordinator* coordinator = window.incidentCoordinator();
    QVERIFY(coordinator);
    auto* offerBar = window.findChild<QWidget*>(QStringLiteral("declareOffer"));
    QVERIFY(offerBar);
    QVERIFY(!offerBar->isVisible());
    session.start();

    qint64 paymentsId = 0;
    for (const auto& def : session.services()) {
        if (def.name == QLatin1String("Payments"))
            paymentsId = def.id;
    }
    // Payments goes DOWN and no incident covers it: the window offers to declare one.
    QTRY_VERIFY_WITH_TIMEOUT(offerBar->isVisible(), 20'000);
    QVERIFY2(coordinator->offerLabel()->text().contains(QStringLiteral("Payments")),
             qPrintable(coordinator->offerLabel()->text()));

    // The declare shortcut takes the offered service.
    QTest::keySequence(&window, coordinator->declareAction()->shortcut());
    DeclareIncidentDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<DeclareIncidentDialog*>()) != nullptr, 5'000);
    QVERIFY(activate(dialog));
    QCOMPARE(dialog->request().affected.size(), 1);
    QCOMPARE(dialog->request().affected.first().serviceId, paymentsId);
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Payments failing"));
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(incidents.desk().incidents().size(), 1, 5'000);
    QVERIFY(activate(&window));

    const Incident incident = incidents.desk().incidents().first();
    QCOMPARE(incident.title, QStringLiteral("Payments failing"));
    QCOMPARE(window.tabs()->currentWidget(), coordinator->panel());
    // The board marks Payments with the incident, the offer goes away, the timeline draws the incident.
    const QModelIndex mark =
        window.boardModel()->index(window.boardModel()->rowOf(paymentsId), ServiceBoardModel::Incident);
    QTRY_COMPARE_WITH_TIMEOUT(mark.data().toString(), incident.reference, 5'000);
    QVERIFY(!offerBar->isVisible());
    QCOMPARE(window.timelinePanel()->timelineModel()->incidents().size(), 1);
    // The checklist tab follows the incident shown, on the playbook in force.
    QCOMPARE(coordinator->checklist()->incidentId(), incident.id);
    // The checklist's "Draft message" opens the composer with the step's drafts, rendered: the next update
    // time comes from the playbook's cadence, since no message promised one yet.
    Q_EMIT coordinator->checklist()->draftRequested(QStringLiteral("announce"), 1, QStringLiteral("announce"),
                                                    {ChannelKind::StatusPage});
    QCOMPARE(coordinator->panel()->detailPane()->tabs()->currentWidget(), coordinator->composer());
    const QList<MessageDraft> drafts = incidents.desk().record(incident.id)->drafts;
    QCOMPARE(drafts.size(), 1);
    QVERIFY2(drafts.first().body.contains(QStringLiteral("Payments")), qPrintable(drafts.first().body));

    // Adding a note is one shortcut away, from any tab.
    window.tabs()->setCurrentIndex(0);
    QTest::keySequence(&window, coordinator->noteAction()->shortcut());
    NoteDialog* note = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((note = window.findChild<NoteDialog*>()) != nullptr, 5'000);
    QVERIFY(activate(note));
    QTest::keyClicks(note->textEdit(), QStringLiteral("Provider paged"));
    QTest::keyClick(note->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(incidents.desk().record(incident.id)->events.last().text,
                              QStringLiteral("Provider paged"), 5'000);

    // Ctrl+3 brings the incidents forward.
    QVERIFY(activate(&window));
    window.tabs()->setCurrentIndex(0);
    coordinator->showAction()->trigger();
    QCOMPARE(window.tabs()->currentWidget(), coordinator->panel());
    // A drill starts from the same dialog, its box ticked.
    coordinator->drillAction()->trigger();
    DeclareIncidentDialog* drill = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((drill = window.findChild<DeclareIncidentDialog*>()) != nullptr, 5'000);
    QVERIFY(drill->drillCheck()->isChecked());
    QVERIFY(drill->request().drill);
    drill->reject();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<DeclareIncidentDialog*>() == nullptr, 5'000);
    QCOMPARE(incidents.desk().incidents().size(), 1);

    if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        coordinator->panel()->showIncident(incident.id);
        QTest::qWait(300);
        window.grab().save(dir + QStringLiteral("/vigie-window-incidents.png"));
        coordinator->panel()->detailPane()->tabs()->setCurrentWidget(coordinator->checklist());
        QTest::qWait(300);
        window.grab().save(dir + QStringLiteral("/vigie-window-checklist.png"));
        coordinator->panel()->detailPane()->tabs()->setCurrentWidget(coordinator->composer());
        QTest::qWait(300);
        window.grab().save(dir + QStringLiteral("/vigie-window-composer.png"));
    }
    session.stop();
}

QTEST_MAIN(TestIncidentCoordinator)
#include "tst_incidentcoordinator.moc"
