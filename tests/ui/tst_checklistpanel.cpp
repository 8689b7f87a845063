#include "incident/IncidentDesk.h"
#include "playbook/ChecklistModel.h"
#include "playbook/ChecklistPanel.h"
#include "playbook/DrillReportDialog.h"
#include "playbook/PlaybookReader.h"
#include "playbook/SkipStepDialog.h"

#include "IncidentFixture.h"
#include "ManualClock.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {

constexpr qint64 kSecondMs = 1'000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;

// Declared at 13:00 UTC, SEV2, default playbook: internal teams due 13:05, fallback page 13:10, announce
// 13:15, acknowledge 13:30, the first update at 14:00 (cadence 1 h).
qint64 declaredMs()
{
    return IncidentFixture::utc(2026, 3, 3, 13, 0);
}

qint64 at(int minutes, int seconds = 0)
{
    return declaredMs() + minutes * kMinuteMs + seconds * kSecondMs;
}

// The offscreen platform leaves a newly opened dialog inactive; a window manager would activate it.
bool activate(QWidget* window)
{
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    QApplication::setActiveWindow(window);
    return QApplication::activeWindow() == window;
}

} // namespace

class TestChecklistPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void headerShowsNextStepAndCountdown_data();
    void headerShowsNextStepAndCountdown();
    void timerKeepsCountingDown();
    void ctrlReturnTicksTheNextStep();
    void ctrlReturnTicksTheSelectedStep();
    void skipRecordsTheReason();
    void draftMessageCarriesTemplateAndChannels();
    void fallbackPageAndPostMortemAreAskedFor();
    void refusalShowsInline();
    void drillReportShowsTheStepsAndCopies();
    void checklistReportForARealIncident();
    void screenshot();

private:
    void select(const QString& stepId, int occurrence = 1);
    Incident incident() const { return *m_desk->incident(m_id); }

    ManualClock m_clock{0};
    IncidentDesk* m_desk = nullptr;
    ChecklistPanel* m_panel = nullptr;
    QString m_id;
};

void TestChecklistPanel::init()
{
    m_clock.setNowMs(declaredMs());
    m_desk = new IncidentDesk(m_clock);
    m_desk->setUserName(QStringLiteral("alice"));
    DeclareRequest request;
    request.title = QStringLiteral("Checkout failing");
    request.severity = Severity::Sev2;
    request.drill = true;
    m_id = m_desk->declare(request);
    m_panel = new ChecklistPanel(*m_desk, m_clock);
    m_panel->setLanguage(QStringLiteral("en"));
    m_panel->setPlaybook(PlaybookReader::defaultPlaybook());
    m_panel->setIncident(m_id);
    m_panel->resize(1000, 640);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
}

void TestChecklistPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    delete m_desk;
    m_desk = nullptr;
}

void TestChecklistPanel::select(const QString& stepId, int occurrence)
{
    const int row = m_panel->model()->rowOf(stepId, occurrence);
    QVERIFY(row >= 0);
    m_panel->view()->setFocus();
    m_panel->view()->selectRow(row);
}

void TestChecklistPanel::headerShowsNextStepAndCountdown_data()
{
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("countdown");

    QTest::newRow("13:01") << at(1) << "Next: Tell the internal teams — due in 4 min"
                           << "Next update in 59:00";
    QTest::newRow("13:01:30, rounded up") << at(1, 30) << "Next: Tell the internal teams — due in 4 min"
                                          << "Next update in 58:30";
    QTest::newRow("13:08 overdue") << at(8) << "Next: Tell the internal teams — overdue by 3 min"
                                   << "Next update in 52:00";
    QTest::newRow("13:47:30") << at(47, 30) << "Next: Tell the internal teams — overdue by 42 min"
                              << "Next update in 12:30";
    QTest::newRow("14:03:10, update missed")
        << at(63, 10) << "Next: Tell the internal teams — overdue by 58 min"
        << "Next update overdue by 3:10";
}

void TestChecklistPanel::headerShowsNextStepAndCountdown()
{
    QFETCH(qint64, now);
    QFETCH(QString, next);
    QFETCH(QString, countdown);
    m_clock.setNowMs(now);
    m_panel->refresh();
    QCOMPARE(m_panel->nextLabel()->text(), next);
    QVERIFY(m_panel->countdownLabel()->isVisible());
    QCOMPARE(m_panel->countdownLabel()->text(), countdown);
    const bool overdue = countdown.contains(QStringLiteral("overdue"));
    QCOMPARE(m_panel->countdownLabel()->styleSheet().contains(QStringLiteral("#b31d1d")), overdue);
}

void TestChecklistPanel::timerKeepsCountingDown()
{
    m_clock.setNowMs(at(30));
    // No explicit refresh: the panel's own timer catches up with the clock.
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->countdownLabel()->text(), QStringLiteral("Next update in 30:00"),
                              ChecklistPanel::RefreshMs * 5);
    // Resolved: no more updates to count down to.
    m_clock.setNowMs(at(40));
    QVERIFY(!m_desk->setStatus(m_id, IncidentStatus::Resolved).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->countdownLabel()->isVisible(), ChecklistPanel::RefreshMs * 5);
}

void TestChecklistPanel::ctrlReturnTicksTheNextStep()
{
    m_clock.setNowMs(at(3));
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_Return, Qt::ControlModifier);
    const std::optional<ChecklistMark> internal = incident().mark(QStringLiteral("internal"));
    QVERIFY(internal.has_value());
    QCOMPARE(internal->state, ChecklistMark::State::Done);
    QCOMPARE(internal->by, QStringLiteral("alice"));
    QCOMPARE(internal->atMs, at(3));
    QCOMPARE(m_desk->record(m_id)->events.last().text, QStringLiteral("Done: Tell the internal teams"));
    QCOMPARE(m_panel->nextLabel()->text(),
             QStringLiteral("Next: Switch to the fallback status page — due in 7 min"));

    // Again: the next one, a minute later.
    m_clock.setNowMs(at(4));
    QTest::keyClick(m_panel->view(), Qt::Key_Enter, Qt::ControlModifier);
    const std::optional<ChecklistMark> fallback = incident().mark(QStringLiteral("fallback-page"));
    QVERIFY(fallback.has_value());
    QCOMPARE(fallback->atMs, at(4));
    QCOMPARE(incident().marks.size(), 2);
    QVERIFY(!m_panel->errorLabel()->isVisible());
}

void TestChecklistPanel::ctrlReturnTicksTheSelectedStep()
{
    m_clock.setNowMs(at(12));
    select(QStringLiteral("announce"));
    QVERIFY(m_panel->instructionsLabel()->text().startsWith(
        QStringLiteral("Tell users about the problem: Put up")));
    QCOMPARE(m_panel->channelsLabel()->text(), QStringLiteral("Channels: Status page, Social post, Email"));
    QTest::keyClick(m_panel->view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(incident().marks.size(), 1);
    QCOMPARE(incident().marks.first().stepId, QStringLiteral("announce"));
    QCOMPARE(incident().marks.first().atMs, at(12));
    // The selected step is done: the selection clears so that the next Ctrl+Return goes to the next step.
    QVERIFY(m_panel->view()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(m_panel->targetStep()->stepId, QStringLiteral("internal"));
}

void TestChecklistPanel::skipRecordsTheReason()
{
    m_clock.setNowMs(at(6));
    select(QStringLiteral("fallback-page"));
    QTest::keyClick(m_panel->view(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = m_panel->findChild<SkipStepDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    // No reason, no skip.
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!incident().mark(QStringLiteral("fallback-page")).has_value());
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Main status page unaffected"));
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);

    const std::optional<ChecklistMark> mark = incident().mark(QStringLiteral("fallback-page"));
    QVERIFY(mark.has_value());
    QCOMPARE(mark->state, ChecklistMark::State::Skipped);
    QCOMPARE(mark->comment, QStringLiteral("Main status page unaffected"));
    QCOMPARE(mark->by, QStringLiteral("alice"));
    QCOMPARE(mark->atMs, at(6));
    QCOMPARE(m_desk->record(m_id)->events.last().text,
             QStringLiteral("Skipped: Switch to the fallback status page — Main status page unaffected"));
    const int row = m_panel->model()->rowOf(QStringLiteral("fallback-page"));
    QCOMPARE(m_panel->model()->index(row, ChecklistModel::State).data().toString(),
             QStringLiteral("Skipped"));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->findChild<SkipStepDialog*>() == nullptr, 5'000);
}

void TestChecklistPanel::draftMessageCarriesTemplateAndChannels()
{
    QSignalSpy drafts(m_panel, &ChecklistPanel::draftRequested);
    select(QStringLiteral("announce"));
    QVERIFY(m_panel->draftButton()->isEnabled());
    QTest::keyClick(m_panel->view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(drafts.count(), 1);
    QCOMPARE(drafts.first().at(0).toString(), QStringLiteral("announce"));
    QCOMPARE(drafts.first().at(1).toInt(), 1);
    QCOMPARE(drafts.first().at(2).toString(), QStringLiteral("announce"));
    QCOMPARE(drafts.first().at(3).value<QList<ChannelKind>>(),
             (QList<ChannelKind>{ChannelKind::StatusPage, ChannelKind::Social, ChannelKind::Email}));

    // The second update, after the first was posted.
    m_clock.setNowMs(at(45));
    QVERIFY(!m_desk->markStep(m_id, QStringLiteral("update"), 1, ChecklistMark::State::Done, QString())
                 .has_value());
    select(QStringLiteral("update"), 2);
    m_panel->draftButton()->click();
    QCOMPARE(drafts.count(), 2);
    QCOMPARE(drafts.last().at(0).toString(), QStringLiteral("update"));
    QCOMPARE(drafts.last().at(1).toInt(), 2);
    QCOMPARE(drafts.last().at(2).toString(), QStringLiteral("update"));
    QCOMPARE(drafts.last().at(3).value<QList<ChannelKind>>(),
             (QList<ChannelKind>{ChannelKind::StatusPage, ChannelKind::Social}));

    // The post-mortem has no template: nothing to draft.
    select(QStringLiteral("post-mortem"));
    QVERIFY(!m_panel->draftButton()->isEnabled());
}

void TestChecklistPanel::fallbackPageAndPostMortemAreAskedFor()
{
    QSignalSpy fallback(m_panel, &ChecklistPanel::fallbackPageRequested);
    QSignalSpy postMortem(m_panel, &ChecklistPanel::postMortemRequested);
    select(QStringLiteral("announce"));
    QVERIFY(!m_panel->fallbackButton()->isVisible());
    QVERIFY(!m_panel->postMortemButton()->isVisible());

    select(QStringLiteral("fallback-page"));
    QVERIFY(m_panel->fallbackButton()->isVisible());
    QTest::mouseClick(m_panel->fallbackButton(), Qt::LeftButton);
    QCOMPARE(fallback.count(), 1);
    QCOMPARE(fallback.first().first().toString(), m_id);

    select(QStringLiteral("post-mortem"));
    QVERIFY(m_panel->postMortemButton()->isVisible());
    QVERIFY(!m_panel->fallbackButton()->isVisible());
    QTest::mouseClick(m_panel->postMortemButton(), Qt::LeftButton);
    QCOMPARE(postMortem.count(), 1);
    QCOMPARE(postMortem.first().first().toString(), m_id);
    // Asking for them ticks nothing: the step is ticked when it is done.
    QVERIFY(incident().marks.isEmpty());
}

void TestChecklistPanel::refusalShowsInline()
{
    select(QStringLiteral("acknowledge"));
    // Someone else ticks it meanwhile.
    QVERIFY(!m_desk->markStep(m_id, QStringLiteral("acknowledge"), 1, ChecklistMark::State::Done, QString())
                 .has_value());
    QVERIFY(!m_panel->doneButton()->isEnabled());
    m_panel->markTargetDone();
    QVERIFY(m_panel->errorLabel()->isVisible());
    QCOMPARE(m_panel->errorLabel()->text(),
             QStringLiteral("“Show you know what the service means to them” is already marked."));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(incident().marks.size(), 1);
}

void TestChecklistPanel::drillReportShowsTheStepsAndCopies()
{
    m_clock.setNowMs(at(3));
    QVERIFY(!m_desk->markStep(m_id, QStringLiteral("internal"), 1, ChecklistMark::State::Done, QString())
                 .has_value());
    m_clock.setNowMs(at(20));
    QVERIFY(!m_desk->markStep(m_id, QStringLiteral("announce"), 1, ChecklistMark::State::Done, QString())
                 .has_value());
    m_clock.setNowMs(at(25));
    m_panel->refresh();
    QCOMPARE(m_panel->reportButton()->text(), QStringLiteral("Drill &report…"));
    m_panel->reportButton()->click();
    auto* dialog = m_panel->findChild<DrillReportDialog*>();
    QVERIFY(dialog);
    QVERIFY(activate(dialog));
    QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Drill report: INC-1")));
    const QString markdown = dialog->markdown();
    QVERIFY(markdown.startsWith(QStringLiteral("# Drill report: INC-1 — Checkout failing")));
    QVERIFY(markdown.contains(QStringLiteral("| Step | Due | Done | After declaring | Late by |")));
    // The announcement went out 20 min after declaring, 5 min past its 15 min.
    QVERIFY(markdown.contains(QStringLiteral("| Tell users about the problem |")));
    QVERIFY(markdown.contains(QStringLiteral("| 20 min | 5 min |")));
    QVERIFY(markdown.contains(QStringLiteral("| 3 min | on time |")));
    // Rendered: a table with the steps, not Markdown source.
    const QString shown = dialog->browser()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Tell the internal teams")));
    QVERIFY(!shown.contains(QStringLiteral("|---|")));
    QVERIFY(dialog->browser()->document()->toHtml().contains(QStringLiteral("<table")));

    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), markdown);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("drill.md"));
    QVERIFY(!dialog->saveTo(path).has_value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), markdown);
    // A folder that does not exist: an error that names the file.
    const std::optional<QString> error = dialog->saveTo(dir.filePath(QStringLiteral("missing/drill.md")));
    QVERIFY(error.has_value());
    QVERIFY(error->contains(QStringLiteral("drill.md")));
    dialog->reject();
}

void TestChecklistPanel::checklistReportForARealIncident()
{
    DeclareRequest request;
    request.title = QStringLiteral("DNS failing");
    const QString real = m_desk->declare(request);
    m_panel->setIncident(real);
    QCOMPARE(m_panel->reportButton()->text(), QStringLiteral("Checklist &report…"));
    DrillReportDialog* dialog = m_panel->openReport();
    QVERIFY(dialog);
    QVERIFY(dialog->markdown().startsWith(QStringLiteral("# Checklist report: INC-2 — DNS failing")));
    dialog->reject();
    m_panel->setIncident(QString());
    QCOMPARE(m_panel->nextLabel()->text(), QStringLiteral("No incident selected."));
    QVERIFY(!m_panel->reportButton()->isEnabled());
    QVERIFY(!m_panel->doneButton()->isEnabled());
}

void TestChecklistPanel::screenshot()
{
    m_clock.setNowMs(at(4));
    QVERIFY(!m_desk->markStep(m_id, QStringLiteral("internal"), 1, ChecklistMark::State::Done, QString())
                 .has_value());
    m_clock.setNowMs(at(9));
    QVERIFY(!m_desk
                 ->markStep(m_id, QStringLiteral("fallback-page"), 1, ChecklistMark::State::Skipped,
                            QString(), QStringLiteral("Status page up"))
                 .has_value());
    m_clock.setNowMs(at(27, 30));
    m_panel->refresh();
    select(QStringLiteral("announce"));
    const QPixmap panel = m_panel->grab();
    QVERIFY(!panel.isNull());
    DrillReportDialog* dialog = m_panel->openReport();
    QVERIFY(activate(dialog));
    const QPixmap report = dialog->grab();
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(panel.save(dir + QStringLiteral("/vigie-checklist.png")));
        QVERIFY(report.save(dir + QStringLiteral("/vigie-drill-report.png")));
    }
    dialog->reject();
}

QTEST_MAIN(TestChecklistPanel)
#include "tst_checklistpanel.moc"
