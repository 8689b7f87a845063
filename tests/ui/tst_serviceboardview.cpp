#include "board/ServiceBoardModel.h"
#include "board/ServiceBoardView.h"

#include "ManualClock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace {

constexpr qint64 kMinuteMs = 60'000;

struct Fixture
{
    QString name;
    QString group;
    ServiceState state;
    int minutesAgo;
    int latencyMs;
    double uptime;
    QString reason;
};

// Twelve services in mixed states, as a busy morning looks.
QList<Fixture> fixtures()
{
    return {
        {QStringLiteral("Public website"),
         QStringLiteral("Web"),
         ServiceState::Up,
         3 * 24 * 60,
         142,
         99.98,
         {}},
        {QStringLiteral("Checkout API"), QStringLiteral("Payments"), ServiceState::Down, 12, 5000, 97.41,
         QStringLiteral("Timed out after 5000 ms connecting to 127.0.0.1:8443")},
        {QStringLiteral("Card tokenizer"), QStringLiteral("Payments"), ServiceState::Degraded, 47, 1830,
         99.20, QStringLiteral("Slow: 1830 ms, above 1000 ms")},
        {QStringLiteral("Invoice PDF renderer"),
         QStringLiteral("Payments"),
         ServiceState::Up,
         310,
         388,
         100.0,
         {}},
        {QStringLiteral("Login"), QStringLiteral("Identity"), ServiceState::Up, 26 * 60, 96, 99.99, {}},
        {QStringLiteral("Token refresh"),
         QStringLiteral("Identity"),
         ServiceState::Up,
         8 * 60,
         51,
         99.95,
         {}},
        {QStringLiteral("Primary database"),
         QStringLiteral("Data"),
         ServiceState::Up,
         9 * 24 * 60,
         3,
         100.0,
         {}},
        {QStringLiteral("Search cluster"), QStringLiteral("Data"), ServiceState::Degraded, 5, 920, 98.76,
         QStringLiteral("Certificate expires in 6 days")},
        {QStringLiteral("Status page"), QStringLiteral("Web"), ServiceState::Paused, 2 * 60, -1, -1, {}},
        {QStringLiteral("DNS: example.org"),
         QStringLiteral("Network"),
         ServiceState::Up,
         14 * 60,
         18,
         100.0,
         {}},
        {QStringLiteral("Mail relay"), QStringLiteral("Network"), ServiceState::Down, 2, 0, 91.30,
         QStringLiteral("Connection refused by 127.0.0.1:2525")},
        {QStringLiteral("Webhooks dispatcher"),
         QStringLiteral("Integrations"),
         ServiceState::Unknown,
         0,
         -1,
         -1,
         {}},
    };
}

void populate(ServiceBoardModel& model, const ManualClock& clock)
{
    const QList<Fixture> all = fixtures();
    QList<ServiceDefinition> defs;
    QList<ServiceSummary> summaries;
    for (int i = 0; i < all.size(); ++i) {
        const Fixture& f = all.at(i);
        ServiceDefinition def;
        def.id = i + 1;
        def.name = f.name;
        def.group = f.group;
        def.target = QStringLiteral("http://127.0.0.1:%1/health").arg(8000 + i);
        def.paused = f.state == ServiceState::Paused;
        defs << def;
        const qint64 since = f.state == ServiceState::Unknown ? 0 : clock.nowMs() - f.minutesAgo * kMinuteMs;
        summaries << ServiceSummary{def.id, f.state, since, f.reason, f.uptime, f.latencyMs};
    }
    model.setServices(defs);
    model.applySummaries(summaries);
}

int countOf(ServiceState state)
{
    int n = 0;
    for (const Fixture& f : fixtures())
        n += f.state == state ? 1 : 0;
    return n;
}

} // namespace

class TestServiceBoardView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFilterReducesRows_data();
    void textFilterReducesRows();
    void stateFilterReducesRows_data();
    void stateFilterReducesRows();
    void filtersCombine();
    void selectionEmitsServiceSelected();
    void enterEmitsServiceActivated();
    void ctrlFFocusesTheFilter();
    void screenshot();
};

void TestServiceBoardView::textFilterReducesRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("visible");
    QTest::newRow("empty shows all") << QString() << 12;
    QTest::newRow("group, any case") << QStringLiteral("payments") << 3;
    QTest::newRow("name part") << QStringLiteral("TOKEN") << 2;
    QTest::newRow("reason") << QStringLiteral("refused") << 1;
    QTest::newRow("nothing") << QStringLiteral("no such service") << 0;
}

void TestServiceBoardView::textFilterReducesRows()
{
    QFETCH(QString, text);
    QFETCH(int, visible);
    ManualClock clock;
    ServiceBoardModel model(clock);
    populate(model, clock);
    ServiceBoardView view(&model);
    view.filterEdit()->setText(text);
    QCOMPARE(view.visibleRowCount(), visible);
    QCOMPARE(view.treeView()->model()->rowCount(), visible);
}

void TestServiceBoardView::stateFilterReducesRows_data()
{
    QTest::addColumn<int>("state");
    QTest::newRow("down") << int(ServiceState::Down);
    QTest::newRow("degraded") << int(ServiceState::Degraded);
    QTest::newRow("up") << int(ServiceState::Up);
    QTest::newRow("paused") << int(ServiceState::Paused);
}

void TestServiceBoardView::stateFilterReducesRows()
{
    QFETCH(int, state);
    ManualClock clock;
    ServiceBoardModel model(clock);
    populate(model, clock);
    ServiceBoardView view(&model);
    QComboBox* combo = view.stateFilterCombo();
    combo->setCurrentIndex(combo->findData(state));
    QVERIFY(combo->currentIndex() > 0);
    QCOMPARE(view.visibleRowCount(), countOf(static_cast<ServiceState>(state)));
    for (int row = 0; row < view.visibleRowCount(); ++row) {
        QCOMPARE(view.treeView()->model()->index(row, 0).data(ServiceBoardModel::StateRole).toInt(), state);
    }
    combo->setCurrentIndex(0);
    QCOMPARE(view.visibleRowCount(), 12);
}

void TestServiceBoardView::filtersCombine()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    populate(model, clock);
    ServiceBoardView view(&model);
    view.filterEdit()->setText(QStringLiteral("payments"));
    view.stateFilterCombo()->setCurrentIndex(view.stateFilterCombo()->findData(int(ServiceState::Up)));
    QCOMPARE(view.visibleRowCount(), 1);
    QCOMPARE(view.treeView()->model()->index(0, ServiceBoardModel::Name).data().toString(),
             QStringLiteral("Invoice PDF renderer"));
    // A live state change moves the row out of the filtered view.
    model.applyStateChange(StateChange{0, 4, clock.nowMs(), ServiceState::Up, ServiceState::Down, QString()});
    QCOMPARE(view.visibleRowCount(), 0);
}

void TestServiceBoardView::selectionEmitsServiceSelected()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    populate(model, clock);
    ServiceBoardView view(&model);
    QSignalSpy selected(&view, &ServiceBoardView::serviceSelected);

    QTreeView* tree = view.treeView();
    const QModelIndex second = tree->model()->index(1, ServiceBoardModel::Name);
    const qint64 expected = second.data(ServiceBoardModel::ServiceIdRole).toLongLong();
    tree->selectionModel()->setCurrentIndex(second,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).toLongLong(), expected);
    QCOMPARE(view.selectedServiceId(), expected);

    view.selectService(7);
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.last().at(0).toLongLong(), 7);

    // Filtering the selected row away reports "nothing selected".
    view.filterEdit()->setText(QStringLiteral("no such service"));
    QCOMPARE(selected.count(), 3);
    QCOMPARE(selected.last().at(0).toLongLong(), 0);
}

void TestServiceBoardView::enterEmitsServiceActivated()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    populate(model, clock);
    ServiceBoardView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &ServiceBoardView::serviceActivated);
    view.selectService(5);
    QTest::keyClick(view.treeView(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toLongLong(), 5);
}

void TestServiceBoardView::ctrlFFocusesTheFilter()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    populate(model, clock);
    ServiceBoardView view(&model);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.treeView()->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(view.treeView()->hasFocus(), 2000);
    QTest::keyClick(view.treeView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(view.filterEdit()->hasFocus(), 2000);
}

void TestServiceBoardView::screenshot()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    populate(model, clock);
    ServiceBoardView view(&model);
    view.resize(1100, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectService(3);
    // Worst first by default.
    QCOMPARE(view.treeView()->model()->index(0, 0).data(ServiceBoardModel::StateRole).toInt(),
             int(ServiceState::Down));
    const QPixmap shot = view.grab();
    QVERIFY(!shot.isNull());
    // Only when asked: a picture for a person to look at, never a committed artefact.
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("vigie-board.png"))));
}

QTEST_MAIN(TestServiceBoardView)
#include "tst_serviceboardview.moc"
