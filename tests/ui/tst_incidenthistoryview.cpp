#include "IncidentHistoryFixture.h"
#include "ManualClock.h"
#include "Rfc4180Reader.h"

#include "detail/ServiceDetailPane.h"
#include "history/IncidentHistoryChart.h"
#include "history/IncidentHistoryModel.h"
#include "history/IncidentHistoryView.h"
#include "incident/IncidentDesk.h"
#include "incident/IncidentsPanel.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"
#include "window/IncidentCoordinator.h"
#include "window/IncidentHistoryCoordinator.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QtCharts>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;

QList<int> totals(const QAbstractItemModel& model)
{
    QList<int> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, IncidentHistoryModel::TotalColumn)
                          .data(IncidentHistoryModel::ValueRole)
                          .toInt());
    return values;
}

QList<qreal> values(const QBarSet* set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list.append(set->at(i));
    return list;
}

QString cell(const QStringList& header, const QStringList& record, const char* key)
{
    const qsizetype column = header.indexOf(QString::fromLatin1(key));
    return column >= 0 && column < record.size() ? record.at(column) : QStringLiteral("<missing>");
}

} // namespace

// The incident history view offscreen, on a desk loaded with IncidentHistoryFixture's incidents: the table's
// figures, the chart's bars and lines, the period, zone and drill choices, following the desk, the CSV
// written off the UI thread and read back, a failed export explained; then its place in the cockpit window.
class TestIncidentHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheFiguresOfTheDesk();
    void followsTheChoicesAndTheDesk();
    void exportsTheIncidentsShownAsCsv();
    void explainsAFailedExport();
    void opensFromTheIncidentsMenu();

private:
    QTemporaryDir m_dir;
};

void TestIncidentHistoryView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestIncidentHistoryView::showsTheFiguresOfTheDesk()
{
    ManualClock clock(IncidentHistoryFixture::nowMs());
    IncidentDesk desk(clock);
    desk.load(IncidentHistoryFixture::records());
    IncidentHistoryView view(desk);
    view.setPreferredZone(QTimeZone::utc());
    view.setSpan(IncidentHistoryView::Span::Last6Months);
    view.resize(1100, 720);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.zone(), QTimeZone::utc());

    // The table: October 2025 to March 2026, December empty, the drill and the maintenance left out.
    const IncidentHistoryModel& model = *view.model();
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(view.table()->model(), view.model());
    QCOMPARE(totals(model), (QList<int>{1, 2, 0, 1, 1, 1}));
    QCOMPARE(view.history().overall().total, 6);
    QCOMPARE(view.history().overall().count(Severity::Sev2), 3);
    QCOMPARE(view.history().overall().detect.medianMs, 7 * kMin);
    QCOMPARE(view.history().overall().resolve.medianMs, 50 * kMin);
    QCOMPARE(view.history().overall().resolve.count, 5);
    QCOMPARE(view.history().drillsLeftOut(), 1);
    const QString summary = view.summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("October 2025")) &&
                 summary.contains(QStringLiteral("March 2026")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("median time to detect 7 min (6 of 6")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("median time to resolve 50 min (5 of 6")), qPrintable(summary));

    // The chart: four stacked bands (SEV1 first), one bar per month, and the median lines.
    IncidentHistoryChart* chart = view.chart();
    QVERIFY(chart->chart()->series().contains(chart->bars()));
    QCOMPARE(chart->chart()->series().size(), 3);
    const QList<QBarSet*> sets = chart->bars()->barSets();
    QCOMPARE(sets.size(), 4);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("SEV1"));
    QCOMPARE(values(sets.at(0)), (QList<qreal>{0, 1, 0, 0, 0, 0}));
    QCOMPARE(values(sets.at(1)), (QList<qreal>{1, 0, 0, 1, 0, 1}));
    QCOMPARE(values(sets.at(2)), (QList<qreal>{0, 1, 0, 0, 0, 0}));
    QCOMPARE(values(sets.at(3)), (QList<qreal>{0, 0, 0, 0, 1, 0}));
    QCOMPARE(chart->monthAxis()->count(), 6);
    QCOMPARE(chart->monthAxis()->at(0), QStringLiteral("Oct 25"));
    // Medians in minutes (the longest is 105 min); no point for December, none for February's resolve.
    QVERIFY(chart->timeAxis()->titleText().contains(QStringLiteral("min")));
    QCOMPARE(chart->medianDetectLine()->points(), (QList<QPointF>{{0, 4}, {1, 6}, {3, 6}, {4, 20}, {5, 8}}));
    QCOMPARE(chart->medianResolveLine()->points(), (QList<QPointF>{{0, 50}, {1, 105}, {3, 90}, {5, 40}}));
    QVERIFY(chart->timeAxis()->max() >= 105);

    if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(view.grab().save(dir + QStringLiteral("/vigie-incident-history.png")));
    }
}

void TestIncidentHistoryView::followsTheChoicesAndTheDesk()
{
    ManualClock clock(IncidentHistoryFixture::nowMs());
    IncidentDesk desk(clock);
    desk.load(IncidentHistoryFixture::records());
    IncidentHistoryView view(desk);
    view.setPreferredZone(QTimeZone::utc());
    view.setSpan(IncidentHistoryView::Span::Last6Months);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(totals(*view.model()), (QList<int>{1, 2, 0, 1, 1, 1}));

    // Drills in: March has the drill too.
    auto* drills = view.findChild<QCheckBox*>(QStringLiteral("historyDrills"));
    QVERIFY(drills);
    drills->click();
    QTRY_COMPARE(totals(*view.model()), (QList<int>{1, 2, 0, 1, 1, 2}));
    QCOMPARE(view.chart()->bars()->barSets().at(0)->at(5), 1.0);
    drills->click();
    QTRY_COMPARE(totals(*view.model()), (QList<int>{1, 2, 0, 1, 1, 1}));

    // Months cut in Paris: INC-4 moves from January to February. The workspace's zone is offered first.
    view.setPreferredZone(QTimeZone("Europe/Paris"));
    auto* zones = view.findChild<QComboBox*>(QStringLiteral("historyZone"));
    QVERIFY(zones);
    QCOMPARE(zones->currentIndex(), 0);
    QVERIFY(zones->currentText().contains(QStringLiteral("Europe/Paris")));
    QTRY_COMPARE(totals(*view.model()), (QList<int>{1, 2, 0, 0, 2, 1}));
    // A new workspace zone replaces the entry, it does not pile up.
    const int entries = zones->count();
    view.setPreferredZone(QTimeZone("America/New_York"));
    QCOMPARE(zones->count(), entries);
    QVERIFY(zones->currentText().contains(QStringLiteral("America/New_York")));
    view.setPreferredZone(QTimeZone::utc());
    QCOMPARE(zones->count(), entries - 1);
    QCOMPARE(view.zone(), QTimeZone::utc());

    // All incidents: from May 2024 (INC-0) to March 2026.
    view.setSpan(IncidentHistoryView::Span::All);
    QTRY_COMPARE(view.model()->rowCount(), 23);
    QCOMPARE(view.history().overall().total, 7);
    QCOMPARE(view.chart()->monthAxis()->count(), 23);
    view.setSpan(IncidentHistoryView::Span::Last12Months);
    QTRY_COMPARE(view.model()->rowCount(), 12);

    // A change on the desk shows without asking: INC-7 becomes a SEV1.
    QCOMPARE(view.history().overall().count(Severity::Sev1), 1);
    QCOMPARE(desk.setSeverity(QStringLiteral("history-INC-7"), Severity::Sev1), std::nullopt);
    QTRY_COMPARE(view.history().overall().count(Severity::Sev1), 2);
    QCOMPARE(view.model()
                 ->index(11, IncidentHistoryModel::Sev1Column)
                 .data(IncidentHistoryModel::ValueRole)
                 .toInt(),
             1);

    // Hidden, it only notes the change; shown again, it is up to date.
    view.hide();
    QCOMPARE(desk.setSeverity(QStringLiteral("history-INC-7"), Severity::Sev3), std::nullopt);
    QCoreApplication::processEvents();
    QCOMPARE(view.history().overall().count(Severity::Sev1), 2);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.history().overall().count(Severity::Sev1), 1);
}

void TestIncidentHistoryView::exportsTheIncidentsShownAsCsv()
{
    ManualClock clock(IncidentHistoryFixture::nowMs());
    IncidentDesk desk(clock);
    desk.load(IncidentHistoryFixture::records());
    IncidentHistoryView view(desk);
    view.setPreferredZone(QTimeZone("Europe/Paris"));
    view.setSpan(IncidentHistoryView::Span::Last6Months);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.exportButton()->isEnabled());

    const QString path = m_dir.filePath(QStringLiteral("incidents.csv"));
    QSignalSpy finished(&view, &IncidentHistoryView::exportFinished);
    view.exportCsvTo(path);
    // The file is written on a worker: the call returns at once, the button waiting for the outcome.
    QCOMPARE(finished.size(), 0);
    QVERIFY(!view.exportButton()->isEnabled());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), path);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QVERIFY(view.exportButton()->isEnabled());
    QVERIFY(view.exportLabel()->isVisible());
    QVERIFY2(view.exportLabel()->text().contains(QDir::toNativeSeparators(path)),
             qPrintable(view.exportLabel()->text()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    Rfc4180Reader reader;
    const QList<QStringList> records = reader.read(bytes);
    QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
    // The header and the six incidents counted, oldest first; not the drill, the maintenance or INC-0.
    QCOMPARE(records.size(), 7);
    const QStringList& header = records.at(0);
    QStringList references;
    for (qsizetype i = 1; i < records.size(); ++i)
        references.append(cell(header, records.at(i), "reference"));
    QCOMPARE(references,
             (QStringList{QStringLiteral("INC-1"), QStringLiteral("INC-2"), QStringLiteral("INC-3"),
                          QStringLiteral("INC-4"), QStringLiteral("INC-5"), QStringLiteral("INC-7")}));
    // INC-4: in Paris time, its hostile title defused, its spans in seconds and minutes.
    const QStringList& inc4 = records.at(4);
    QCOMPARE(cell(header, inc4, "title"), QLatin1Char('\'') + IncidentHistoryFixture::hostileTitle());
    QCOMPARE(cell(header, inc4, "started_at"), QStringLiteral("2026-02-01T00:30:00+01:00"));
    QCOMPARE(cell(header, inc4, "ttd_seconds"), QStringLiteral("360"));
    QCOMPARE(cell(header, inc4, "ttr_minutes"), QStringLiteral("90.00"));
    QCOMPARE(cell(header, inc4, "severity"), QStringLiteral("SEV2"));
    QCOMPARE(cell(header, inc4, "affected_services"), QStringLiteral("API"));
    QCOMPARE(cell(header, records.at(5), "resolved_at"), QString());
    QCOMPARE(cell(header, records.at(5), "status"), QStringLiteral("monitoring"));
    QVERIFY(!bytes.contains("SECRET-NOTE"));

    // With drills, the drill is written too, flagged.
    view.setIncludeDrills(true);
    QTRY_COMPARE(view.history().incidents().size(), qsizetype(7));
    view.exportCsvTo(path);
    QTRY_COMPARE(finished.size(), 2);
    // The file was replaced whole (a new file renamed over the old one): read it afresh.
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QList<QStringList> withDrill = reader.read(again.readAll());
    QCOMPARE(withDrill.size(), 8);
    QCOMPARE(cell(header, withDrill.at(6), "reference"), QStringLiteral("INC-6"));
    QCOMPARE(cell(header, withDrill.at(6), "drill"), QStringLiteral("true"));
}

void TestIncidentHistoryView::explainsAFailedExport()
{
    ManualClock clock(IncidentHistoryFixture::nowMs());
    IncidentDesk desk(clock);
    desk.load(IncidentHistoryFixture::records());
    IncidentHistoryView view(desk);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/incidents.csv"));
    QSignalSpy finished(&view, &IncidentHistoryView::exportFinished);
    view.exportCsvTo(path);
    QTRY_COMPARE(finished.size(), 1);
    const QString error = finished.at(0).at(1).toString();
    QVERIFY(!error.isEmpty());
    QVERIFY2(view.exportLabel()->text().contains(error), qPrintable(view.exportLabel()->text()));
    QVERIFY2(view.exportLabel()->text().contains(QStringLiteral("not exported")),
             qPrintable(view.exportLabel()->text()));
    QVERIFY(view.exportLabel()->styleSheet().contains(QStringLiteral("color")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(view.exportButton()->isEnabled());

    // Nothing to export: the button says so by being off.
    ManualClock empty(IncidentHistoryFixture::nowMs());
    IncidentDesk none(empty);
    IncidentHistoryView blank(none);
    blank.show();
    QVERIFY(QTest::qWaitForWindowExposed(&blank));
    QCOMPARE(blank.model()->rowCount(), 12);
    QCOMPARE(blank.history().overall().total, 0);
    QVERIFY(!blank.exportButton()->isEnabled());
}

void TestIncidentHistoryView::opensFromTheIncidentsMenu()
{
    const QString path = m_dir.filePath(QStringLiteral("window.sqlite"));
    MonitoringSession session(SystemClock::instance());
    QCOMPARE(session.open(path), std::nullopt);
    IncidentSession incidents(session, SystemClock::instance());
    QCOMPARE(incidents.open(path), std::nullopt);
    MainWindow window(session, &incidents);
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    IncidentHistoryCoordinator* history = window.historyCoordinator();
    QVERIFY(history);
    IncidentHistoryView* view = history->view();
    // A tab right after the incidents, and an action in the Incidents menu with a shortcut of its own.
    QCOMPARE(window.tabs()->indexOf(view), window.tabs()->indexOf(window.incidentCoordinator()->panel()) + 1);
    QVERIFY(window.incidentCoordinator()->menu()->actions().contains(history->showAction()));
    const QKeySequence shortcut = history->showAction()->shortcut();
    QCOMPARE(shortcut, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    int sameShortcut = 0;
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& sequence : action->shortcuts())
            sameShortcut += sequence == shortcut ? 1 : 0;
    }
    QCOMPARE(sameShortcut, 1);

    window.tabs()->setCurrentIndex(0);
    QApplication::setActiveWindow(&window);
    QTest::keySequence(&window, shortcut);
    QTRY_COMPARE(window.tabs()->currentWidget(), view);
    QVERIFY(!window.detailPane()->isVisible());

    // Incidents declared now show in the current month, at once.
    DeclareRequest request;
    request.title = QStringLiteral("Checkout failing");
    request.severity = Severity::Sev1;
    incidents.desk().declare(request);
    request.title = QStringLiteral("Search slow");
    request.severity = Severity::Sev3;
    incidents.desk().declare(request);
    QTRY_COMPARE(view->history().overall().total, 2);
    QCOMPARE(view->model()->rowCount(), 12);
    QCOMPARE(view->model()
                 ->index(11, IncidentHistoryModel::TotalColumn)
                 .data(IncidentHistoryModel::ValueRole)
                 .toInt(),
             2);

    if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + QStringLiteral("/vigie-window-history.png")));
    }
    incidents.close();
}

QTEST_MAIN(TestIncidentHistoryView)
#include "tst_incidenthistoryview.moc"
