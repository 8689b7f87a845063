#include "incident/IncidentDesk.h"
#include "incident/IncidentListFilter.h"
#include "incident/IncidentListModel.h"
#include "incident/IncidentTimelineFilter.h"
#include "incident/IncidentTimelineModel.h"

#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kStartMs = 1'700'000'000'000;

DeclareRequest request(const QString& title, Severity severity, const QString& service, qint64 serviceId)
{
    DeclareRequest r;
    r.title = title;
    r.severity = severity;
    AffectedService affected;
    affected.serviceId = serviceId;
    affected.serviceName = service;
    r.affected = {affected};
    return r;
}

QStringList references(const QAbstractItemModel& model)
{
    QStringList refs;
    for (int row = 0; row < model.rowCount(); ++row)
        refs.append(model.index(row, IncidentListModel::Reference).data().toString());
    std::sort(refs.begin(), refs.end());
    return refs;
}

} // namespace

class TestIncidentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsAppearOnDeclare();
    void statusChangeRepaintsItsRow();
    void durationGrowsForOpenIncidentsOnly();
    void loadResets();
    void filters_data();
    void filters();
    void resolvedLeavesOpenScope();
    void timelineAppendsItsIncidentsEvents();
    void timelineFiltersByAudience();

private:
    ManualClock m_clock{kStartMs};
};

void TestIncidentListModel::init()
{
    m_clock.setNowMs(kStartMs);
}

void TestIncidentListModel::rowsAppearOnDeclare()
{
    IncidentDesk desk(m_clock);
    IncidentListModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QString first = desk.declare(
        request(QStringLiteral("Checkout down"), Severity::Sev1, QStringLiteral("Checkout API"), 1));
    const QString second =
        desk.declare(request(QStringLiteral("Slow search"), Severity::Sev3, QStringLiteral("Search"), 2));

    QCOMPARE(inserted.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(second), 0); // most recent first, like the desk
    QCOMPARE(model.rowOf(first), 1);
    const int row = model.rowOf(first);
    QCOMPARE(model.index(row, IncidentListModel::Reference).data().toString(), QStringLiteral("INC-1"));
    QCOMPARE(model.index(row, IncidentListModel::Title).data().toString(), QStringLiteral("Checkout down"));
    QCOMPARE(model.index(row, IncidentListModel::Severity).data().toString(), QStringLiteral("SEV1"));
    QCOMPARE(model.index(row, IncidentListModel::Severity).data(Qt::ToolTipRole).toString(),
             severityMeaning(Severity::Sev1));
    QCOMPARE(model.index(row, IncidentListModel::Status).data().toString(),
             incidentStatusLabel(IncidentStatus::Investigating));
    QCOMPARE(model.index(row, IncidentListModel::Services).data().toString(), QStringLiteral("Checkout API"));
    QCOMPARE(model.index(row, IncidentListModel::Commander).data().toString(), desk.userName());
    QCOMPARE(model.index(row, 0).data(IncidentListModel::IncidentIdRole).toString(), first);
    QVERIFY(model.index(row, 0).data(IncidentListModel::OpenRole).toBool());
}

void TestIncidentListModel::statusChangeRepaintsItsRow()
{
    IncidentDesk desk(m_clock);
    IncidentListModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first =
        desk.declare(request(QStringLiteral("A"), Severity::Sev2, QStringLiteral("Checkout API"), 1));
    desk.declare(request(QStringLiteral("B"), Severity::Sev2, QStringLiteral("Search"), 2));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(!desk.setStatus(first, IncidentStatus::Identified).has_value());

    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), model.rowOf(first));
    QCOMPARE(bottomRight.row(), model.rowOf(first));
    QCOMPARE(model.index(model.rowOf(first), IncidentListModel::Status).data().toString(),
             incidentStatusLabel(IncidentStatus::Identified));
}

void TestIncidentListModel::durationGrowsForOpenIncidentsOnly()
{
    IncidentDesk desk(m_clock);
    IncidentListModel model(desk);
    const QString open = desk.declare(request(QStringLiteral("A"), Severity::Sev2, QStringLiteral("X"), 1));
    const QString closed = desk.declare(request(QStringLiteral("B"), Severity::Sev2, QStringLiteral("Y"), 2));
    m_clock.advanceMs(3 * kMinuteMs);
    QVERIFY(!desk.setStatus(closed, IncidentStatus::Resolved).has_value());
    m_clock.advanceMs(5 * kMinuteMs);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.refreshDurations();

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), model.rowOf(open));
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(IncidentListModel::Duration));
    QCOMPARE(model.index(model.rowOf(open), IncidentListModel::Duration).data().toString(),
             QStringLiteral("8 min"));
    QCOMPARE(model.index(model.rowOf(closed), IncidentListModel::Duration).data().toString(),
             QStringLiteral("3 min"));
}

void TestIncidentListModel::loadResets()
{
    IncidentDesk source(m_clock);
    source.declare(request(QStringLiteral("A"), Severity::Sev2, QStringLiteral("X"), 1));
    source.declare(request(QStringLiteral("B"), Severity::Sev2, QStringLiteral("Y"), 2));
    QList<IncidentRecord> records;
    for (const QString& id : source.incidentIds())
        records.append(*source.record(id));

    IncidentDesk desk(m_clock);
    IncidentListModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    desk.load(records);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(references(model), (QStringList{QStringLiteral("INC-1"), QStringLiteral("INC-2")}));
}

void TestIncidentListModel::filters_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QList<int>>("severities");
    QTest::addColumn<int>("kind"); // -1: any
    QTest::addColumn<bool>("drills");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const int all = static_cast<int>(IncidentListFilter::Scope::All);
    const int open = static_cast<int>(IncidentListFilter::Scope::Open);
    const int past = static_cast<int>(IncidentListFilter::Scope::Past);
    const QString inc1 = QStringLiteral("INC-1"), inc2 = QStringLiteral("INC-2"),
                  inc3 = QStringLiteral("INC-3"), mnt1 = QStringLiteral("MNT-1");
    QTest::newRow("everything") << all << QList<int>() << -1 << true << QString()
                                << QStringList{inc1, inc2, inc3, mnt1};
    QTest::newRow("open only") << open << QList<int>() << -1 << true << QString()
                               << QStringList{inc1, inc3, mnt1};
    QTest::newRow("past only") << past << QList<int>() << -1 << true << QString() << QStringList{inc2};
    QTest::newRow("SEV1 and SEV3") << all << QList<int>{1, 3} << -1 << true << QString()
                                   << QStringList{inc1, inc2, mnt1};
    QTest::newRow("incidents only") << all << QList<int>() << 0 << true << QString()
                                    << QStringList{inc1, inc2, inc3};
    QTest::newRow("maintenances only") << all << QList<int>() << 1 << true << QString() << QStringList{mnt1};
    QTest::newRow("drills hidden") << all << QList<int>() << -1 << false << QString()
                                   << QStringList{inc1, inc2, mnt1};
    QTest::newRow("text in title") << all << QList<int>() << -1 << true << QStringLiteral("SLOW")
                                   << QStringList{inc2};
    QTest::newRow("text in service") << all << QList<int>() << -1 << true << QStringLiteral("payments db")
                                     << QStringList{mnt1};
    QTest::newRow("text is a reference")
        << all << QList<int>() << -1 << true << QStringLiteral("inc-3") << QStringList{inc3};
    QTest::newRow("open SEV2 without drills")
        << open << QList<int>{2} << 0 << false << QString() << QStringList();
}

void TestIncidentListModel::filters()
{
    QFETCH(int, scope);
    QFETCH(QList<int>, severities);
    QFETCH(int, kind);
    QFETCH(bool, drills);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    IncidentDesk desk(m_clock);
    IncidentListModel model(desk);
    IncidentListFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    desk.declare(request(QStringLiteral("Checkout down"), Severity::Sev1, QStringLiteral("Checkout API"), 1));
    const QString slow =
        desk.declare(request(QStringLiteral("Slow search"), Severity::Sev3, QStringLiteral("Search"), 2));
    QVERIFY(!desk.setStatus(slow, IncidentStatus::Resolved).has_value());
    DeclareRequest drill = request(QStringLiteral("DNS rehearsal"), Severity::Sev2, QStringLiteral("DNS"), 3);
    drill.drill = true;
    desk.declare(drill);
    DeclareRequest maintenance =
        request(QStringLiteral("Database upgrade"), Severity::Sev4, QStringLiteral("Payments DB"), 4);
    maintenance.kind = Incident::Kind::Maintenance;
    desk.declare(maintenance);

    filter.setScope(static_cast<IncidentListFilter::Scope>(scope));
    QSet<Severity> chosen;
    for (const int level : severities)
        chosen.insert(static_cast<Severity>(level));
    filter.setSeverities(chosen);
    filter.setKind(kind < 0 ? std::nullopt : std::optional(static_cast<Incident::Kind>(kind)));
    filter.setShowDrills(drills);
    filter.setText(text);

    QCOMPARE(references(filter), expected);
}

void TestIncidentListModel::resolvedLeavesOpenScope()
{
    IncidentDesk desk(m_clock);
    IncidentListModel model(desk);
    IncidentListFilter filter;
    filter.setSourceModel(&model);
    filter.setScope(IncidentListFilter::Scope::Open);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = desk.declare(request(QStringLiteral("A"), Severity::Sev2, QStringLiteral("X"), 1));
    QCOMPARE(filter.rowCount(), 1);
    QVERIFY(!desk.setStatus(id, IncidentStatus::Resolved).has_value());
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(!desk.setStatus(id, IncidentStatus::Monitoring).has_value()); // reopened
    QCOMPARE(filter.rowCount(), 1);
}

void TestIncidentListModel::timelineAppendsItsIncidentsEvents()
{
    IncidentDesk desk(m_clock);
    desk.setUserName(QStringLiteral("alice"));
    const QString shown = desk.declare(request(QStringLiteral("A"), Severity::Sev2, QStringLiteral("X"), 1));
    const QString other = desk.declare(request(QStringLiteral("B"), Severity::Sev2, QStringLiteral("Y"), 2));
    IncidentTimelineModel model(desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(shown);
    QCOMPARE(model.rowCount(), 1); // the declaration
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QVERIFY(
        !desk.addNote(other, QStringLiteral("elsewhere"), IncidentEvent::Visibility::Internal).has_value());
    QCOMPARE(inserted.count(), 0);
    m_clock.advanceMs(kMinuteMs);
    QVERIFY(
        !desk.addNote(shown, QStringLiteral("Rolled back"), IncidentEvent::Visibility::Public).has_value());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);

    const int row = 1;
    QCOMPARE(model.index(row, IncidentTimelineModel::Text).data().toString(), QStringLiteral("Rolled back"));
    QCOMPARE(model.index(row, IncidentTimelineModel::Author).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(row, IncidentTimelineModel::Kind).data().toString(),
             IncidentEvent::kindLabel(IncidentEvent::Kind::Note));
    QCOMPARE(model.index(row, 0).data(IncidentTimelineModel::TimeRole).toLongLong(), kStartMs + kMinuteMs);
    QCOMPARE(model.index(row, 0).data(IncidentTimelineModel::VisibilityRole).toInt(),
             int(IncidentEvent::Visibility::Public));
    // Public and internal look different: their own icon and colour.
    const QVariant publicColor = model.index(row, IncidentTimelineModel::Visibility).data(Qt::ForegroundRole);
    const QVariant internalColor = model.index(0, IncidentTimelineModel::Visibility).data(Qt::ForegroundRole);
    QVERIFY(publicColor.isValid());
    QVERIFY(publicColor != internalColor);
    QVERIFY(model.index(row, IncidentTimelineModel::Visibility).data().toString() !=
            model.index(0, IncidentTimelineModel::Visibility).data().toString());

    model.setIncident(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestIncidentListModel::timelineFiltersByAudience()
{
    IncidentDesk desk(m_clock);
    const QString id = desk.declare(request(QStringLiteral("A"), Severity::Sev2, QStringLiteral("X"), 1));
    QVERIFY(!desk.setStatus(id, IncidentStatus::Identified).has_value()); // public
    QVERIFY(!desk.addNote(id, QStringLiteral("internal"), IncidentEvent::Visibility::Internal).has_value());
    IncidentTimelineModel model(desk);
    model.setIncident(id);
    IncidentTimelineFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.rowCount(), 3);
    filter.setVisibility(IncidentEvent::Visibility::Public);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(IncidentTimelineModel::KindRole).toInt(),
             int(IncidentEvent::Kind::StatusChanged));
    filter.setVisibility(IncidentEvent::Visibility::Internal);
    QCOMPARE(filter.rowCount(), 2);
    // New events pass the filter as they come.
    QVERIFY(!desk.addNote(id, QStringLiteral("another"), IncidentEvent::Visibility::Internal).has_value());
    QCOMPARE(filter.rowCount(), 3);
    filter.setVisibility(std::nullopt);
    QCOMPARE(filter.rowCount(), 4);
}

QTEST_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
