#include "incident/AffectedServicesEditor.h"
#include "incident/DeclareIncidentDialog.h"
#include "incident/IncidentDesk.h"
#include "incident/IncidentDetailPane.h"
#include "incident/IncidentFactsEditor.h"
#include "incident/IncidentListModel.h"
#include "incident/IncidentsPanel.h"
#include "incident/IncidentTimelineModel.h"
#include "incident/IncidentTimelineView.h"
#include "incident/KeyMomentsEditor.h"
#include "incident/NoteDialog.h"
#include "incident/StatusReportDialog.h"

#include "ManualClock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <algorithm>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kStartMs = 1'700'000'000'000; // a whole second, as the time edits show

ServiceDefinition service(qint64 id, const QString& name)
{
    ServiceDefinition def;
    def.id = id;
    def.name = name;
    def.target = QStringLiteral("https://127.0.0.1:8443/health");
    return def;
}

QList<ServiceDefinition> workspace()
{
    return {service(1, QStringLiteral("Checkout API")), service(2, QStringLiteral("Search")),
            service(3, QStringLiteral("Payments DB"))};
}

// The offscreen platform leaves a newly opened dialog inactive; a window manager would activate it.
bool activate(QWidget* window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QApplication::setActiveWindow(window);
    return QApplication::activeWindow() == window;
}

IncidentEvent lastEvent(const IncidentDesk& desk, const QString& id)
{
    return desk.record(id)->events.last();
}

} // namespace

class TestIncidentDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void declareWithTheKeyboard();
    void escapeCancels();
    void planMaintenance();
    void statusButtonsMoveTheIncident();
    void noteWithTheShortcut();
    void statusReportHasItsShape();
    void keyMomentEditsShowDurations();
    void refusedChangeShowsInline();
    void factsAreSavedThroughTheDesk();
    void detailTabsCanBeAdded();
    void screenshot();

private:
    QString declareOne(IncidentsPanel& panel);

    ManualClock m_clock{kStartMs};
    IncidentDesk* m_desk = nullptr;
    IncidentsPanel* m_panel = nullptr;
};

void TestIncidentDetailPane::init()
{
    m_clock.setNowMs(kStartMs);
    m_desk = new IncidentDesk(m_clock);
    m_desk->setUserName(QStringLiteral("alice"));
    m_panel = new IncidentsPanel(*m_desk, [] { return workspace(); });
    m_panel->resize(1280, 860);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
}

void TestIncidentDetailPane::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_desk;
    m_desk = nullptr;
}

QString TestIncidentDetailPane::declareOne(IncidentsPanel& panel)
{
    DeclareIncidentDialog* dialog = panel.declareFor({1}, kStartMs - 4 * kMinuteMs);
    if (!dialog)
        return QString();
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Checkout failing"));
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);
    // Back to the panel, as a window manager would do when the dialog closes.
    if (!QTest::qWaitFor([&panel] { return panel.findChild<DeclareIncidentDialog*>() == nullptr; }) ||
        !activate(&panel))
        return QString();
    return m_desk->incidentIds().value(0);
}

void TestIncidentDetailPane::declareWithTheKeyboard()
{
    QSignalSpy declared(m_panel, &IncidentsPanel::declared);
    DeclareIncidentDialog* dialog = m_panel->declareFor({1}, kStartMs - 4 * kMinuteMs);
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QVERIFY(dialog->servicesEditor()->checkBoxFor(1)->isChecked());
    QVERIFY(!dialog->servicesEditor()->checkBoxFor(2)->isChecked());
    QCOMPARE(dialog->commanderEdit()->text(), QStringLiteral("alice"));

    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Checkout failing"));
    // Severity by keyboard: its mnemonic, then one step up from the default SEV2.
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QVERIFY(dialog->severityCombo()->hasFocus());
    QTest::keyClick(dialog->severityCombo(), Qt::Key_Up);
    QCOMPARE(dialog->severityMeaningLabel()->text(), severityMeaning(Severity::Sev1));
    // The second service, ticked from the keyboard.
    dialog->servicesEditor()->checkBoxFor(2)->setFocus();
    QTest::keyClick(dialog->servicesEditor()->checkBoxFor(2), Qt::Key_Space);
    QTest::keyClicks(dialog->summaryEdit(), QStringLiteral("Payments fail for some customers."));
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);

    QCOMPARE(declared.count(), 1);
    const QString id = declared.first().first().toString();
    const Incident incident = *m_desk->incident(id);
    QCOMPARE(incident.title, QStringLiteral("Checkout failing"));
    QCOMPARE(incident.severity, Severity::Sev1);
    QCOMPARE(incident.affected.size(), 2);
    QCOMPARE(incident.affected.at(0).serviceName, QStringLiteral("Checkout API"));
    QCOMPARE(incident.affected.at(0).impact, Impact::MajorOutage);
    QCOMPARE(incident.affected.at(1).serviceId, 2);
    QCOMPARE(incident.customerSummary, QStringLiteral("Payments fail for some customers."));
    QCOMPARE(incident.moments.startedMs, kStartMs - 4 * kMinuteMs);
    QCOMPARE(incident.commander, QStringLiteral("alice"));
    QCOMPARE(incident.communicationsLead, QStringLiteral("alice"));
    QVERIFY(!incident.drill);
    // The new incident is selected and shown.
    QCOMPARE(m_panel->detailPane()->incidentId(), id);
    QCOMPARE(m_panel->detailPane()->referenceLabel()->text(), QStringLiteral("INC-1"));
    QCOMPARE(m_panel->listView()->currentIndex().data(IncidentListModel::IncidentIdRole).toString(), id);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<DeclareIncidentDialog*>() == nullptr, 5'000);
}

void TestIncidentDetailPane::escapeCancels()
{
    DeclareIncidentDialog* dialog = m_panel->declareFor({}, 0);
    QVERIFY(activate(dialog));
    QTest::keyClicks(dialog->titleEdit(), QStringLiteral("Never mind"));
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<DeclareIncidentDialog*>() == nullptr, 5'000);
    QVERIFY(m_desk->incidentIds().isEmpty());
}

void TestIncidentDetailPane::planMaintenance()
{
    DeclareIncidentDialog* dialog = m_panel->planMaintenance();
    QVERIFY(activate(dialog));
    dialog->setWindow(kStartMs + 60 * kMinuteMs, kStartMs + 120 * kMinuteMs, QStringLiteral("Asia/Tokyo"));
    // Nothing covered yet: refused inline.
    QVERIFY(!dialog->validationMessage().isEmpty());
    QVERIFY(dialog->messageLabel()->isVisibleTo(dialog));
    dialog->servicesEditor()->checkBoxFor(3)->click();
    QVERIFY(dialog->validationMessage().isEmpty());
    QTest::keyClick(dialog->titleEdit(), Qt::Key_Return);

    const Incident planned = m_desk->incidents().first();
    QCOMPARE(planned.reference, QStringLiteral("MNT-1"));
    QCOMPARE(planned.windowStartMs, kStartMs + 60 * kMinuteMs);
    QCOMPARE(planned.windowEndMs, kStartMs + 120 * kMinuteMs);
    QCOMPARE(planned.windowTimeZoneId, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(planned.affected.first().impact, Impact::UnderMaintenance);
    QCOMPARE(planned.title, QStringLiteral("Scheduled maintenance: Payments DB"));
    IncidentDetailPane* pane = m_panel->detailPane();
    QVERIFY(pane->statusButton(IncidentStatus::InProgress)->isVisible());
    QVERIFY(!pane->statusButton(IncidentStatus::Identified)->isVisible());
    pane->statusButton(IncidentStatus::InProgress)->click();
    QCOMPARE(m_desk->incident(planned.id)->status, IncidentStatus::InProgress);
}

void TestIncidentDetailPane::statusButtonsMoveTheIncident()
{
    const QString id = declareOne(*m_panel);
    QVERIFY(!id.isEmpty());
    IncidentDetailPane* pane = m_panel->detailPane();
    IncidentTimelineModel* timeline = pane->timelineView()->model();
    QVERIFY(pane->statusButton(IncidentStatus::Investigating)->isChecked());

    m_clock.advanceMs(6 * kMinuteMs);
    QTest::mouseClick(pane->statusButton(IncidentStatus::Identified), Qt::LeftButton);
    QCOMPARE(m_desk->incident(id)->status, IncidentStatus::Identified);
    QVERIFY(pane->statusButton(IncidentStatus::Identified)->isChecked());
    const QModelIndex last = timeline->index(timeline->rowCount() - 1, IncidentTimelineModel::Text);
    QCOMPARE(last.data().toString(), QStringLiteral("Status: %1 → %2")
                                         .arg(incidentStatusLabel(IncidentStatus::Investigating),
                                              incidentStatusLabel(IncidentStatus::Identified)));
    QCOMPARE(last.data(IncidentTimelineModel::VisibilityRole).toInt(),
             int(IncidentEvent::Visibility::Public));

    m_clock.advanceMs(10 * kMinuteMs);
    pane->statusButton(IncidentStatus::Resolved)->click();
    const Incident resolved = *m_desk->incident(id);
    QCOMPARE(resolved.status, IncidentStatus::Resolved);
    QCOMPARE(resolved.moments.resolvedMs, kStartMs + 16 * kMinuteMs);
    // Started 4 min before the declaration: resolved 20 min after it began.
    QCOMPARE(pane->factsEditor()->momentsEditor()->spanLabel(3)->text(), QStringLiteral("20 min"));
    QCOMPARE(m_panel->listModel()->index(0, IncidentListModel::Status).data().toString(),
             incidentStatusLabel(IncidentStatus::Resolved));
}

void TestIncidentDetailPane::noteWithTheShortcut()
{
    const QString id = declareOne(*m_panel);
    QVERIFY(!id.isEmpty());
    m_panel->listView()->setFocus();
    QTest::keyClick(m_panel->listView(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_panel->findChild<NoteDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QVERIFY(dialog->internalButton()->isChecked());
    QTest::keyClicks(dialog->textEdit(), QStringLiteral("Rolled back release 4.2"));
    dialog->publicButton()->click();
    dialog->textEdit()->setFocus();
    QTest::keyClick(dialog->textEdit(), Qt::Key_Return, Qt::ControlModifier);

    const IncidentEvent note = lastEvent(*m_desk, id);
    QCOMPARE(note.kind, IncidentEvent::Kind::Note);
    QCOMPARE(note.text, QStringLiteral("Rolled back release 4.2"));
    QCOMPARE(note.visibility, IncidentEvent::Visibility::Public);
    QCOMPARE(note.author, QStringLiteral("alice"));
    // The note went in once, not with a newline typed into it.
    const QList<IncidentEvent>& events = m_desk->record(id)->events;
    QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                           [](const IncidentEvent& e) { return e.kind == IncidentEvent::Kind::Note; }),
             1);
}

void TestIncidentDetailPane::statusReportHasItsShape()
{
    const QString id = declareOne(*m_panel);
    QVERIFY(!id.isEmpty());
    QTest::keyClick(m_panel->listView(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_panel->findChild<StatusReportDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QTest::keyClicks(dialog->conditionsEdit(), QStringLiteral("Checkout fails for 30 % of requests"));
    QTest::keyClick(dialog->conditionsEdit(), Qt::Key_Tab);
    QVERIFY(dialog->actionsEdit()->hasFocus());
    QTest::keyClicks(dialog->actionsEdit(), QStringLiteral("Rolling back"));
    QTest::keyClick(dialog->actionsEdit(), Qt::Key_Tab);
    QTest::keyClicks(dialog->needsEdit(), QStringLiteral("A database expert"));
    QTest::keyClick(dialog->needsEdit(), Qt::Key_Enter, Qt::ControlModifier);

    const IncidentEvent report = lastEvent(*m_desk, id);
    QCOMPARE(report.kind, IncidentEvent::Kind::StatusReport);
    QCOMPARE(report.visibility, IncidentEvent::Visibility::Internal);
    QCOMPARE(report.text, QStringLiteral("Conditions: Checkout fails for 30 % of requests\n"
                                         "Actions: Rolling back\n"
                                         "Needs: A database expert"));
}

void TestIncidentDetailPane::keyMomentEditsShowDurations()
{
    const QString id = declareOne(*m_panel);
    KeyMomentsEditor* moments = m_panel->detailPane()->factsEditor()->momentsEditor();
    // Started 4 min before it was declared (= detected = acknowledged).
    QCOMPARE(moments->spanLabel(0)->text(), QStringLiteral("4 min"));
    QCOMPARE(moments->spanLabel(1)->text(), QStringLiteral("0 s"));
    QVERIFY(!moments->warningLabel()->isVisible());

    // Detected moved 2 min earlier, typed in the edit and confirmed with Enter.
    QDateTimeEdit* detected = moments->edit(KeyMoments::Moment::Detected);
    detected->setFocus();
    detected->setDateTime(QDateTime::fromMSecsSinceEpoch(kStartMs - 2 * kMinuteMs).toLocalTime());
    QTest::keyClick(detected, Qt::Key_Return);
    QCOMPARE(m_desk->incident(id)->moments.detectedMs, kStartMs - 2 * kMinuteMs);
    QCOMPARE(moments->spanLabel(0)->text(), QStringLiteral("2 min"));
    QCOMPARE(moments->spanLabel(1)->text(), QStringLiteral("2 min"));

    // "Now" on mitigated, 15 min later.
    m_clock.advanceMs(15 * kMinuteMs);
    QTest::mouseClick(moments->nowButton(KeyMoments::Moment::Mitigated), Qt::LeftButton);
    QCOMPARE(m_desk->incident(id)->moments.mitigatedMs, kStartMs + 15 * kMinuteMs);
    QCOMPARE(moments->spanLabel(2)->text(), QStringLiteral("19 min"));
    QCOMPARE(lastEvent(*m_desk, id).kind, IncidentEvent::Kind::KeyMoment);

    // Acknowledged before detected: shown as a warning and a negative span, not refused.
    QDateTimeEdit* acknowledged = moments->edit(KeyMoments::Moment::Acknowledged);
    acknowledged->setFocus();
    acknowledged->setDateTime(QDateTime::fromMSecsSinceEpoch(kStartMs - 3 * kMinuteMs).toLocalTime());
    QTest::keyClick(acknowledged, Qt::Key_Return);
    QCOMPARE(m_desk->incident(id)->moments.acknowledgedMs, kStartMs - 3 * kMinuteMs);
    QVERIFY(moments->warningLabel()->isVisible());
    QVERIFY(moments->warningLabel()->text().contains(KeyMoments::label(KeyMoments::Moment::Acknowledged)));
    QCOMPARE(moments->spanLabel(1)->text(), QStringLiteral("−1 min"));
}

void TestIncidentDetailPane::refusedChangeShowsInline()
{
    const QString id = declareOne(*m_panel);
    IncidentDetailPane* pane = m_panel->detailPane();
    QVERIFY(!pane->errorLabel()->isVisible());
    pane->titleEdit()->setFocus();
    pane->titleEdit()->selectAll();
    QTest::keyClick(pane->titleEdit(), Qt::Key_Backspace);
    QTest::keyClick(pane->titleEdit(), Qt::Key_Return);

    QVERIFY(pane->errorLabel()->isVisible());
    QCOMPARE(pane->errorLabel()->text(), QStringLiteral("An incident needs a title."));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(m_desk->incident(id)->title, QStringLiteral("Checkout failing"));
    QCOMPARE(pane->titleEdit()->text(), QStringLiteral("Checkout failing"));

    // The next change that goes through clears it.
    pane->statusButton(IncidentStatus::Identified)->click();
    QVERIFY(!pane->errorLabel()->isVisible());
}

void TestIncidentDetailPane::factsAreSavedThroughTheDesk()
{
    const QString id = declareOne(*m_panel);
    IncidentFactsEditor* facts = m_panel->detailPane()->factsEditor();

    // Another affected service, then a lesser impact on the first.
    facts->servicesEditor()->checkBoxFor(3)->click();
    QCOMPARE(m_desk->incident(id)->affected.size(), 2);
    QComboBox* impact = facts->servicesEditor()->impactComboFor(1);
    impact->setFocus();
    QTest::keyClick(impact, Qt::Key_Up); // major -> partial outage
    QCOMPARE(m_desk->incident(id)->affectedService(1)->impact, Impact::PartialOutage);

    // People are saved when the field is left.
    facts->leadEdit()->setFocus();
    facts->leadEdit()->selectAll();
    QTest::keyClicks(facts->leadEdit(), QStringLiteral("carol"));
    QTest::keyClick(facts->leadEdit(), Qt::Key_Tab);
    QCOMPARE(m_desk->incident(id)->communicationsLead, QStringLiteral("carol"));

    // The summary is saved on leaving it...
    facts->summaryEdit()->setFocus();
    QTest::keyClicks(facts->summaryEdit(), QStringLiteral("Some payments fail."));
    m_panel->detailPane()->titleEdit()->setFocus();
    QCOMPARE(m_desk->incident(id)->customerSummary, QStringLiteral("Some payments fail."));
    // ... and after a pause in typing.
    facts->notesEdit()->setFocus();
    QTest::keyClicks(facts->notesEdit(), QStringLiteral("Grafana: payments board"));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->incident(id)->internalNotes, QStringLiteral("Grafana: payments board"),
                              IncidentFactsEditor::kSavePauseMs * 5);
    QVERIFY(facts->notesEdit()->hasFocus());
}

void TestIncidentDetailPane::detailTabsCanBeAdded()
{
    declareOne(*m_panel);
    QTabWidget* tabs = m_panel->detailPane()->tabs();
    QCOMPARE(tabs->count(), 1);
    auto* checklist = new QLabel(QStringLiteral("checklist"));
    QCOMPARE(m_panel->addDetailTab(checklist, QStringLiteral("Checklist")), 1);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->widget(1), checklist);
    QSignalSpy shown(m_panel->detailPane(), &IncidentDetailPane::incidentShown);
    m_panel->detailPane()->showIncident(QString());
    QCOMPARE(shown.count(), 1);
    QVERIFY(shown.first().first().toString().isEmpty());
}

void TestIncidentDetailPane::screenshot()
{
    const QString id = declareOne(*m_panel);
    DeclareRequest drill;
    drill.title = QStringLiteral("DNS rehearsal");
    drill.drill = true;
    drill.severity = Severity::Sev3;
    m_desk->declare(drill);
    m_panel->showIncident(id);
    m_clock.advanceMs(5 * kMinuteMs);
    QVERIFY(!m_desk->setStatus(id, IncidentStatus::Identified).has_value());
    QVERIFY(!m_desk->addNote(id, QStringLiteral("Release 4.2 rolled back"), IncidentEvent::Visibility::Public)
                 .has_value());
    QVERIFY(!m_desk
                 ->addStatusReport(id, QStringLiteral("30 % of payments fail"),
                                   QStringLiteral("Rolling back"), QString())
                 .has_value());
    QCOMPARE(m_panel->listView()->model()->rowCount(), 2);
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    const QPixmap panel = m_panel->grab();
    QVERIFY(!panel.isNull());
    DeclareIncidentDialog* dialog = m_panel->declareFor({1, 2}, 0);
    QVERIFY(activate(dialog));
    const QPixmap declare = dialog->grab();
    QVERIFY(!declare.isNull());
    if (!dir.isEmpty()) {
        QVERIFY(panel.save(dir + QStringLiteral("/vigie-incidents.png")));
        QVERIFY(declare.save(dir + QStringLiteral("/vigie-declare-incident.png")));
    }
    dialog->reject();
}

QTEST_MAIN(TestIncidentDetailPane)
#include "tst_incidentdetailpane.moc"
