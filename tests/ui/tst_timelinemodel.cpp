#include "timeline/TimelineModel.h"

#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;

ServiceDefinition service(qint64 id, const QString& name, const QString& group, double sla = 99.9)
{
    ServiceDefinition def;
    def.id = id;
    def.name = name;
    def.group = group;
    def.slaTargetPercent = sla;
    return def;
}

StateBand band(qint64 id, ServiceState state, qint64 start, qint64 end, bool known = true)
{
    StateBand b;
    b.serviceId = id;
    b.state = state;
    b.startMs = start;
    b.endMs = end;
    b.known = known;
    return b;
}

QList<ServiceDefinition> services()
{
    return {service(1, QStringLiteral("Checkout API"), QStringLiteral("Payments"), 99.95),
            service(2, QStringLiteral("Login"), QStringLiteral("Identity")),
            service(3, QStringLiteral("Status page"), QString()),
            service(4, QStringLiteral("Card tokenizer"), QStringLiteral("Payments"))};
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsAreSortedWithUngroupedLast();
    void rolesOfServiceAndGroupRows();
    void liveBandGrowsWithTheClock();
    void stateChangeClosesTheLiveBand();
    void stateChangeAfterOldDataLeavesAGap();
    void setServicesKeepsBandsOfRemainingServices();
};

void TestTimelineModel::groupsAreSortedWithUngroupedLast()
{
    ManualClock clock;
    TimelineModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices(services());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Identity"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Payments"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Ungrouped"));
    const QModelIndex payments = model.index(1, 0);
    QCOMPARE(model.rowCount(payments), 2);
    // Workspace order inside a group.
    QCOMPARE(model.index(0, 0, payments).data().toString(), QStringLiteral("Checkout API"));
    QCOMPARE(model.index(1, 0, payments).data().toString(), QStringLiteral("Card tokenizer"));
    QCOMPARE(model.serviceIds(), (QList<qint64>{2, 1, 4, 3}));
    QCOMPARE(model.indexOfService(4).parent(), payments);
}

void TestTimelineModel::rolesOfServiceAndGroupRows()
{
    ManualClock clock;
    TimelineModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices(services());
    const qint64 now = clock.nowMs();
    model.setBands(1, {band(1, ServiceState::Up, now - 60 * kMin, now - 10 * kMin),
                       band(1, ServiceState::Down, now - 10 * kMin, now)});
    model.setBands(4, {band(4, ServiceState::Degraded, now - 30 * kMin, now)});
    const QModelIndex checkout = model.indexOfService(1);
    QCOMPARE(checkout.data(TimelineModel::ServiceIdRole).toLongLong(), 1);
    QCOMPARE(checkout.data(TimelineModel::StateRole).toInt(), int(ServiceState::Down));
    QCOMPARE(checkout.data(TimelineModel::SlaRole).toDouble(), 99.95);
    QCOMPARE(checkout.data(TimelineModel::BandsRole).value<QList<StateBand>>().size(), 2);
    QVERIFY(!checkout.data(TimelineModel::IsGroupRole).toBool());
    const QModelIndex group = checkout.parent();
    QVERIFY(group.data(TimelineModel::IsGroupRole).toBool());
    QCOMPARE(group.data(TimelineModel::StateRole).toInt(), int(ServiceState::Down));
    QCOMPARE(group.data(TimelineModel::BandsRole).value<QList<StateBand>>().size(), 3);
    QCOMPARE(group.data(TimelineModel::GroupNameRole).toString(), QStringLiteral("Payments"));
}

void TestTimelineModel::liveBandGrowsWithTheClock()
{
    ManualClock clock;
    TimelineModel model(clock);
    model.setServices(services());
    const qint64 now = clock.nowMs();
    model.setBands(2, {band(2, ServiceState::Up, now - 60 * kMin, now)});
    model.setBands(3, {band(3, ServiceState::Up, now - 60 * kMin, now - 30 * kMin)}); // historical only
    clock.advanceMs(5 * kMin);
    QCOMPARE(model.bandsOf(2).constLast().endMs, now + 5 * kMin);
    QCOMPARE(model.bandsOf(3).constLast().endMs, now - 30 * kMin);
}

void TestTimelineModel::stateChangeClosesTheLiveBand()
{
    ManualClock clock;
    TimelineModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices(services());
    const qint64 now = clock.nowMs();
    model.setBands(1, {band(1, ServiceState::Up, now - 60 * kMin, now)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    clock.advanceMs(3 * kMin);
    StateChange change;
    change.serviceId = 1;
    change.atMs = now + 2 * kMin;
    change.from = ServiceState::Up;
    change.to = ServiceState::Down;
    change.reason = QStringLiteral("Connection refused");
    model.applyStateChange(change);
    QVERIFY(changed.size() >= 1);
    const QList<StateBand> bands = model.bandsOf(1);
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands.at(0).endMs, now + 2 * kMin);
    QCOMPARE(bands.at(1).state, ServiceState::Down);
    QCOMPARE(bands.at(1).startMs, now + 2 * kMin);
    QCOMPARE(bands.at(1).endMs, now + 3 * kMin); // grows to now
    QCOMPARE(bands.at(1).reason, QStringLiteral("Connection refused"));
    clock.advanceMs(kMin);
    QCOMPARE(model.bandsOf(1).constLast().endMs, now + 4 * kMin);
    QCOMPARE(model.indexOfService(1).data(TimelineModel::StateRole).toInt(), int(ServiceState::Down));
}

void TestTimelineModel::stateChangeAfterOldDataLeavesAGap()
{
    ManualClock clock;
    TimelineModel model(clock);
    model.setServices(services());
    const qint64 now = clock.nowMs();
    model.setBands(2, {band(2, ServiceState::Up, now - 60 * kMin, now - 40 * kMin)});
    StateChange change;
    change.serviceId = 2;
    change.atMs = now - 10 * kMin;
    change.to = ServiceState::Degraded;
    model.applyStateChange(change);
    const QList<StateBand> bands = model.bandsOf(2);
    QCOMPARE(bands.size(), 3);
    QVERIFY(!bands.at(1).known);
    QCOMPARE(bands.at(1).startMs, now - 40 * kMin);
    QCOMPARE(bands.at(1).endMs, now - 10 * kMin);
    QCOMPARE(bands.at(2).endMs, now);
}

void TestTimelineModel::setServicesKeepsBandsOfRemainingServices()
{
    ManualClock clock;
    TimelineModel model(clock);
    model.setServices(services());
    const qint64 now = clock.nowMs();
    QHash<qint64, QList<StateBand>> all;
    all.insert(1, {band(1, ServiceState::Up, now - kMin, now)});
    all.insert(2, {band(2, ServiceState::Down, now - kMin, now)});
    model.setAllBands(all);
    QList<ServiceDefinition> fewer = services();
    fewer.removeAt(1);
    model.setServices(fewer);
    QCOMPARE(model.bandsOf(1).size(), 1);
    QVERIFY(model.bandsOf(2).isEmpty());
    QVERIFY(!model.indexOfService(2).isValid());
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
