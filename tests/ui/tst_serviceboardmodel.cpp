#include "board/ServiceBoardModel.h"

#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <set>

namespace {

constexpr qint64 kMinuteMs = 60'000;

ServiceDefinition service(qint64 id, const QString& name, const QString& group = QString())
{
    ServiceDefinition def;
    def.id = id;
    def.name = name;
    def.group = group;
    def.target = QStringLiteral("http://127.0.0.1:8080/") + name;
    return def;
}

CheckResult result(qint64 serviceId, qint64 atMs, int latencyMs, const QString& reason = QString())
{
    CheckResult r;
    r.serviceId = serviceId;
    r.startedAtMs = atMs;
    r.outcome = reason.isEmpty() ? CheckResult::Outcome::Up : CheckResult::Outcome::Down;
    r.totalUs = latencyMs * 1000;
    r.reason = reason;
    return r;
}

QList<ServiceDefinition> fiveServices()
{
    return {service(1, QStringLiteral("alpha")), service(2, QStringLiteral("bravo")),
            service(3, QStringLiteral("charlie")), service(4, QStringLiteral("delta")),
            service(5, QStringLiteral("echo"))};
}

QString cell(const ServiceBoardModel& model, qint64 id, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(id), column).data(role).toString();
}

} // namespace

class TestServiceBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelStaysConsistentThroughUpdates();
    void resultsBatchSignalsOnlyAffectedRows();
    void unchangedResultsSignalNothing();
    void resultShowsLatencyAndReason();
    void stateChangeShowsStateSinceAndReason();
    void summariesFillTheBoard();
    void summaryAfterLiveDataOnlyUpdatesUptime();
    void uptimeFollowsTheLocale();
    void pausedDefinitionShowsPaused();
    void removeServiceForgetsIt();
    void sortsNumerically_data();
    void sortsNumerically();
    void worstState_data();
    void worstState();
    void incidentMarksShowAndMaintenanceIsCalm();
    void latencyChangeNamesItsRoles_data();
    void latencyChangeNamesItsRoles();
    void stateChangeNamesNoRoles();
    void refreshSinceSignalsOnlyTextsThatMoved();
};

void TestServiceBoardModel::initTestCase()
{
    // Number formats below are written for English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestServiceBoardModel::modelStaysConsistentThroughUpdates()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setServices(fiveServices());
    model.applySummaries(
        {ServiceSummary{2, ServiceState::Up, clock.nowMs() - kMinuteMs, QString(), 99.5, 40}});
    model.applyResults(
        {result(1, clock.nowMs(), 12), result(3, clock.nowMs(), 0, QStringLiteral("timeout"))});
    model.applyStateChange(
        StateChange{0, 3, clock.nowMs(), ServiceState::Up, ServiceState::Down, QStringLiteral("timeout")});
    model.upsertService(service(6, QStringLiteral("foxtrot")));
    ServiceDefinition renamed = service(2, QStringLiteral("bravo-2"), QStringLiteral("edge"));
    renamed.paused = true;
    model.upsertService(renamed);
    model.removeService(4);
    model.removeService(1);
    model.refreshSince();
    model.setServices({service(9, QStringLiteral("zulu"))});

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 9, ServiceBoardModel::Name), QStringLiteral("zulu"));
}

void TestServiceBoardModel::resultsBatchSignalsOnlyAffectedRows()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    // Two results for "bravo" in one batch: still one signal for its row.
    model.applyResults(
        {result(2, clock.nowMs() - 1000, 30), result(4, clock.nowMs(), 55), result(2, clock.nowMs(), 31)});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(changed.count(), 2);
    std::set<int> rows;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), bottomRight.row());
        QVERIFY(topLeft.column() <= ServiceBoardModel::Latency);
        QVERIFY(bottomRight.column() >= ServiceBoardModel::Latency);
        rows.insert(topLeft.row());
    }
    QCOMPARE(rows, (std::set<int>{model.rowOf(2), model.rowOf(4)}));
    QCOMPARE(cell(model, 2, ServiceBoardModel::Latency), QStringLiteral("31 ms"));
}

void TestServiceBoardModel::unchangedResultsSignalNothing()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    const QList<CheckResult> batch = {result(1, clock.nowMs(), 20), result(5, clock.nowMs(), 70)};
    model.applyResults(batch);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyResults(batch);
    QCOMPARE(changed.count(), 0);
}

void TestServiceBoardModel::resultShowsLatencyAndReason()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    model.applyResults({result(3, clock.nowMs(), 1234, QStringLiteral("HTTP 503 from 127.0.0.1"))});
    QCOMPARE(cell(model, 3, ServiceBoardModel::Latency), QStringLiteral("1,234 ms"));
    QCOMPARE(cell(model, 3, ServiceBoardModel::Reason), QStringLiteral("HTTP 503 from 127.0.0.1"));
    QCOMPARE(
        model.index(model.rowOf(3), ServiceBoardModel::Latency).data(ServiceBoardModel::SortRole).toInt(),
        1234);
}

void TestServiceBoardModel::stateChangeShowsStateSinceAndReason()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    const qint64 at = clock.nowMs();
    model.applyStateChange(
        StateChange{7, 4, at, ServiceState::Up, ServiceState::Down, QStringLiteral("refused")});
    clock.advanceMs(12 * kMinuteMs + 5000);

    QCOMPARE(model.stateOf(4), ServiceState::Down);
    QCOMPARE(cell(model, 4, ServiceBoardModel::State), serviceStateLabel(ServiceState::Down));
    QCOMPARE(model.index(model.rowOf(4), 0).data(ServiceBoardModel::StateRole).toInt(),
             static_cast<int>(ServiceState::Down));
    QCOMPARE(cell(model, 4, ServiceBoardModel::Since), QStringLiteral("for 12 min"));
    QVERIFY(!cell(model, 4, ServiceBoardModel::Since, Qt::ToolTipRole).isEmpty());
    QCOMPARE(cell(model, 4, ServiceBoardModel::Reason), QStringLiteral("refused"));
    QVERIFY(model.index(model.rowOf(4), ServiceBoardModel::State).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(model.rowOf(4), ServiceBoardModel::Name).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(model.rowOf(1), ServiceBoardModel::Name).data(Qt::BackgroundRole).isValid());
}

void TestServiceBoardModel::summariesFillTheBoard()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    model.applySummaries({ServiceSummary{5, ServiceState::Degraded, clock.nowMs() - 3 * 60 * kMinuteMs,
                                         QStringLiteral("slow"), 97.126, 812}});
    QCOMPARE(model.stateOf(5), ServiceState::Degraded);
    QCOMPARE(cell(model, 5, ServiceBoardModel::Since), QStringLiteral("for 3 h 00 min"));
    QCOMPARE(cell(model, 5, ServiceBoardModel::Latency), QStringLiteral("812 ms"));
    QCOMPARE(cell(model, 5, ServiceBoardModel::Uptime24h), QStringLiteral("97.13 %"));
    QCOMPARE(model.reasonOf(5), QStringLiteral("slow"));
    // No data yet: blank, not "-1".
    QCOMPARE(cell(model, 1, ServiceBoardModel::Uptime24h), QString());
    QCOMPARE(cell(model, 1, ServiceBoardModel::Latency), QString());
}

void TestServiceBoardModel::summaryAfterLiveDataOnlyUpdatesUptime()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    StateChange down;
    down.serviceId = 2;
    down.atMs = clock.nowMs();
    down.from = ServiceState::Up;
    down.to = ServiceState::Down;
    down.reason = QStringLiteral("connection refused");
    model.applyStateChange(down);
    model.applyResults({result(2, clock.nowMs(), 0, QStringLiteral("connection refused"))});
    // A summary read from the store before that change arrived must not bring the old state back.
    model.applySummaries(
        {ServiceSummary{2, ServiceState::Up, clock.nowMs() - kMinuteMs, QString(), 99.5, 40}});
    QCOMPARE(model.stateOf(2), ServiceState::Down);
    QCOMPARE(model.reasonOf(2), QStringLiteral("connection refused"));
    QCOMPARE(cell(model, 2, ServiceBoardModel::Latency), QStringLiteral("0.0 ms"));
    QCOMPARE(cell(model, 2, ServiceBoardModel::Uptime24h), QStringLiteral("99.50 %"));
}

void TestServiceBoardModel::uptimeFollowsTheLocale()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    model.applySummaries({ServiceSummary{1, ServiceState::Up, clock.nowMs(), QString(), 99.95, 10}});
    QCOMPARE(cell(model, 1, ServiceBoardModel::Uptime24h), QStringLiteral("99.95 %"));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString french = cell(model, 1, ServiceBoardModel::Uptime24h);
    QLocale::setDefault(previous);
    QCOMPARE(french, QStringLiteral("99,95 %"));
}

void TestServiceBoardModel::pausedDefinitionShowsPaused()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    ServiceDefinition paused = service(1, QStringLiteral("alpha"));
    paused.paused = true;
    model.setServices({paused});
    QCOMPARE(model.stateOf(1), ServiceState::Paused);
    paused.paused = false;
    model.upsertService(paused);
    QCOMPARE(model.stateOf(1), ServiceState::Unknown);
}

void TestServiceBoardModel::removeServiceForgetsIt()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    model.applyStateChange(StateChange{0, 3, clock.nowMs(), ServiceState::Up, ServiceState::Down, QString()});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeService(3);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(3), -1);
    QCOMPARE(model.stateOf(3), ServiceState::Unknown);
    // Rows after the removed one moved up and are still found by id.
    QCOMPARE(cell(model, 5, ServiceBoardModel::Name), QStringLiteral("echo"));
}

void TestServiceBoardModel::sortsNumerically_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    // Display strings would sort "120 ms" < "30 ms" < "5 ms" and "100.00 %" first: SortRole must be numeric.
    QTest::newRow("latency") << int(ServiceBoardModel::Latency)
                             << QStringList{QStringLiteral("alpha"), QStringLiteral("charlie"),
                                            QStringLiteral("bravo")};
    QTest::newRow("uptime") << int(ServiceBoardModel::Uptime24h)
                            << QStringList{QStringLiteral("charlie"), QStringLiteral("alpha"),
                                           QStringLiteral("bravo")};
    QTest::newRow("since: longest first")
        << int(ServiceBoardModel::Since)
        << QStringList{QStringLiteral("bravo"), QStringLiteral("alpha"), QStringLiteral("charlie")};
    QTest::newRow("state severity") << int(ServiceBoardModel::State)
                                    << QStringList{QStringLiteral("bravo"), QStringLiteral("alpha"),
                                                   QStringLiteral("charlie")};
    QTest::newRow("name") << int(ServiceBoardModel::Name)
                          << QStringList{QStringLiteral("alpha"), QStringLiteral("bravo"),
                                         QStringLiteral("charlie")};
}

void TestServiceBoardModel::sortsNumerically()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices({service(1, QStringLiteral("alpha")), service(2, QStringLiteral("bravo")),
                       service(3, QStringLiteral("charlie"))});
    const qint64 now = clock.nowMs();
    model.applySummaries({
        ServiceSummary{1, ServiceState::Degraded, now - 20 * kMinuteMs, QString(), 99.5, 5},
        ServiceSummary{2, ServiceState::Up, now - 90 * kMinuteMs, QString(), 100.0, 120},
        ServiceSummary{3, ServiceState::Down, now - 2 * kMinuteMs, QString(), 9.99, 30},
    });
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ServiceBoardModel::SortRole);
    proxy.sort(column, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, ServiceBoardModel::Name).data().toString();
    QCOMPARE(names, ascending);
}

void TestServiceBoardModel::worstState_data()
{
    QTest::addColumn<QList<int>>("states");
    QTest::addColumn<int>("worst");
    const auto s = [](ServiceState st) { return static_cast<int>(st); };
    QTest::newRow("no service") << QList<int>{} << s(ServiceState::Unknown);
    QTest::newRow("all up") << QList<int>{s(ServiceState::Up), s(ServiceState::Up)} << s(ServiceState::Up);
    QTest::newRow("paused is not worse than up")
        << QList<int>{s(ServiceState::Paused), s(ServiceState::Up)} << s(ServiceState::Up);
    QTest::newRow("degraded beats pending")
        << QList<int>{s(ServiceState::Unknown), s(ServiceState::Degraded), s(ServiceState::Up)}
        << s(ServiceState::Degraded);
    QTest::newRow("one down wins") << QList<int>{s(ServiceState::Up), s(ServiceState::Down),
                                                 s(ServiceState::Degraded)}
                                   << s(ServiceState::Down);
}

void TestServiceBoardModel::worstState()
{
    QFETCH(QList<int>, states);
    QFETCH(int, worst);
    ManualClock clock;
    ServiceBoardModel model(clock);
    QList<ServiceDefinition> defs;
    for (int i = 0; i < states.size(); ++i)
        defs << service(i + 1, QStringLiteral("s%1").arg(i));
    model.setServices(defs);
    for (int i = 0; i < states.size(); ++i) {
        model.applyStateChange(StateChange{0, i + 1, clock.nowMs(), ServiceState::Unknown,
                                           static_cast<ServiceState>(states.at(i)), QString()});
    }
    QCOMPARE(static_cast<int>(model.worstState()), worst);
}

void TestServiceBoardModel::incidentMarksShowAndMaintenanceIsCalm()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices(fiveServices());
    model.applyStateChange(StateChange{0, 2, clock.nowMs(), ServiceState::Up, ServiceState::Down, QString()});
    model.applyStateChange(
        StateChange{0, 3, clock.nowMs(), ServiceState::Up, ServiceState::Degraded, QString()});
    QCOMPARE(model.worstState(), ServiceState::Down);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setIncidentMarks({{2, QStringLiteral("MNT-1")}, {4, QStringLiteral("INC-3")}}, {2});
    QCOMPARE(cell(model, 4, ServiceBoardModel::Incident), QStringLiteral("INC-3"));
    QCOMPARE(cell(model, 2, ServiceBoardModel::Incident), QStringLiteral("MNT-1"));
    QCOMPARE(cell(model, 2, ServiceBoardModel::State), QStringLiteral("Maintenance"));
    QVERIFY(model.isUnderMaintenance(2));
    QVERIFY(!model.isUnderMaintenance(4));
    // A planned outage does not make the cockpit red: the worst unplanned state is degraded.
    QCOMPARE(model.worstState(), ServiceState::Degraded);
    QSet<int> rows;
    for (const QList<QVariant>& args : changed)
        rows.insert(args.at(0).toModelIndex().row());
    QCOMPARE(rows, (QSet<int>{model.rowOf(2), model.rowOf(4)}));

    // The same marks again change nothing; clearing them brings the state back.
    changed.clear();
    model.setIncidentMarks({{2, QStringLiteral("MNT-1")}, {4, QStringLiteral("INC-3")}}, {2});
    QCOMPARE(changed.size(), 0);
    model.setIncidentMarks({}, {});
    QCOMPARE(cell(model, 2, ServiceBoardModel::State), serviceStateLabel(ServiceState::Down));
    QCOMPARE(cell(model, 4, ServiceBoardModel::Incident), QString());
    QCOMPARE(model.worstState(), ServiceState::Down);
}

void TestServiceBoardModel::latencyChangeNamesItsRoles_data()
{
    QTest::addColumn<int>("beforeUs"); // -1: no result yet
    QTest::addColumn<int>("afterUs");
    QTest::addColumn<QList<int>>("roles");
    const QList<int> sortOnly{ServiceBoardModel::SortRole};
    const QList<int> shown{Qt::DisplayRole, ServiceBoardModel::SortRole};
    QTest::newRow("first figure") << -1 << 400 << shown;
    QTest::newRow("reads the same, 0.4 ms") << 400 << 420 << sortOnly;
    QTest::newRow("new text, 0.4 to 0.5 ms") << 400 << 460 << shown;
    QTest::newRow("reads the same, 12 ms") << 12'300 << 12'400 << sortOnly;
    QTest::newRow("new text, 12 to 13 ms") << 12'400 << 12'600 << shown;
}

void TestServiceBoardModel::latencyChangeNamesItsRoles()
{
    QFETCH(int, beforeUs);
    QFETCH(int, afterUs);
    QFETCH(QList<int>, roles);
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    CheckResult r = result(3, clock.nowMs(), 0);
    if (beforeUs >= 0) {
        r.totalUs = beforeUs;
        model.applyResults({r});
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    r.startedAtMs += 10'000;
    r.totalUs = afterUs;
    model.applyResults({r});

    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft, model.index(model.rowOf(3), ServiceBoardModel::Latency));
    QCOMPARE(bottomRight, topLeft);
    QList<int> signalled = changed.at(0).at(2).value<QList<int>>();
    std::sort(signalled.begin(), signalled.end());
    QCOMPARE(signalled, roles);
    // Whatever was signalled, the sort key follows the figure itself.
    QCOMPARE(topLeft.data(ServiceBoardModel::SortRole).toDouble(), afterUs / 1000.0);
}

void TestServiceBoardModel::stateChangeNamesNoRoles()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyStateChange(
        StateChange{1, 2, clock.nowMs(), ServiceState::Up, ServiceState::Down, QStringLiteral("refused")});

    // Colour, icon and font of the whole row change: no role list, every column.
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(model.rowOf(2), 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(),
             model.index(model.rowOf(2), ServiceBoardModel::ColumnCount - 1));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().isEmpty());
}

void TestServiceBoardModel::refreshSinceSignalsOnlyTextsThatMoved()
{
    ManualClock clock;
    ServiceBoardModel model(clock);
    model.setServices(fiveServices());
    // Two services have changed state; the others never did and show no "since".
    model.applyStateChange(StateChange{1, 2, clock.nowMs(), ServiceState::Unknown, ServiceState::Up, {}});
    model.applyStateChange(StateChange{2, 4, clock.nowMs(), ServiceState::Unknown, ServiceState::Up, {}});
    clock.advanceMs(5 * kMinuteMs + 1000);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.refreshSince();
    std::set<int> rows;
    for (const QList<QVariant>& args : std::as_const(changed)) {
        for (int row = args.at(0).toModelIndex().row(); row <= args.at(1).toModelIndex().row(); ++row)
            rows.insert(row);
        QCOMPARE(args.at(0).toModelIndex().column(), int(ServiceBoardModel::Since));
        QCOMPARE(args.at(1).toModelIndex().column(), int(ServiceBoardModel::Since));
        QCOMPARE(args.at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});
    }
    QCOMPARE(rows, (std::set<int>{model.rowOf(2), model.rowOf(4)}));
    QCOMPARE(cell(model, 2, ServiceBoardModel::Since), QStringLiteral("for 5 min"));

    // Half a minute later "for 5 min" still reads the same: nothing to repaint.
    changed.clear();
    clock.advanceMs(30'000);
    model.refreshSince();
    QCOMPARE(changed.count(), 0);

    // A minute later it reads "for 6 min" again for both.
    clock.advanceMs(30'000);
    model.refreshSince();
    QVERIFY(changed.count() >= 1);
    QCOMPARE(cell(model, 4, ServiceBoardModel::Since), QStringLiteral("for 6 min"));
}

QTEST_MAIN(TestServiceBoardModel)
#include "tst_serviceboardmodel.moc"
