#include "IncidentHistoryFixture.h"

#include "history/IncidentHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;

QList<Incident> incidents()
{
    QList<Incident> list;
    for (const IncidentRecord& record : IncidentHistoryFixture::records())
        list.append(record.incident);
    return list;
}

IncidentHistory lastSixMonths(const QTimeZone& zone = QTimeZone::utc(), bool drills = false)
{
    IncidentHistory::Options options;
    options.includeDrills = drills;
    return IncidentHistory(incidents(), zone,
                           IncidentHistory::Range::lastMonths(6, IncidentHistoryFixture::nowMs(), zone),
                           options);
}

QList<int> column(const QAbstractItemModel& model, int column)
{
    QList<int> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(IncidentHistoryModel::ValueRole).toInt());
    return values;
}

} // namespace

// The history table: one row per month, counts per severity, mean and median times, checked by
// QAbstractItemModelTester through resets, with the figures of IncidentHistoryFixture.
class TestIncidentHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void rowsAreMonthsWithTheirCounts();
    void timesShowMeanAndMedianWithHowManyHadThem();
    void headers();
    void resetsWhenTheHistoryChanges();
};

void TestIncidentHistoryModel::rowsAreMonthsWithTheirCounts()
{
    IncidentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(lastSixMonths());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(IncidentHistoryModel::ColumnCount));
    QCOMPARE(model.index(0, IncidentHistoryModel::MonthColumn).data().toString(),
             QStringLiteral("October 2025"));
    QCOMPARE(model.index(0, IncidentHistoryModel::MonthColumn).data(IncidentHistoryModel::MonthRole).toDate(),
             QDate(2025, 10, 1));
    QCOMPARE(model.index(5, IncidentHistoryModel::MonthColumn).data().toString(),
             QStringLiteral("March 2026"));
    QCOMPARE(column(model, IncidentHistoryModel::Sev1Column), (QList<int>{0, 1, 0, 0, 0, 0}));
    QCOMPARE(column(model, IncidentHistoryModel::Sev2Column), (QList<int>{1, 0, 0, 1, 0, 1}));
    QCOMPARE(column(model, IncidentHistoryModel::Sev3Column), (QList<int>{0, 1, 0, 0, 0, 0}));
    QCOMPARE(column(model, IncidentHistoryModel::Sev4Column), (QList<int>{0, 0, 0, 0, 1, 0}));
    QCOMPARE(column(model, IncidentHistoryModel::TotalColumn), (QList<int>{1, 2, 0, 1, 1, 1}));
    QCOMPARE(model.index(1, IncidentHistoryModel::TotalColumn).data().toString(), QStringLiteral("2"));
    // Numbers line up on the right; the month on the left.
    QCOMPARE(model.index(1, IncidentHistoryModel::TotalColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(1, IncidentHistoryModel::MonthColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignLeft | Qt::AlignVCenter));
    // In Paris, INC-4 (31 Jan 23:30 UTC) belongs to February.
    model.setHistory(lastSixMonths(QTimeZone("Europe/Paris")));
    QCOMPARE(column(model, IncidentHistoryModel::TotalColumn), (QList<int>{1, 2, 0, 0, 2, 1}));
    // With drills, March has INC-6 (SEV1) too.
    model.setHistory(lastSixMonths(QTimeZone::utc(), true));
    QCOMPARE(column(model, IncidentHistoryModel::Sev1Column), (QList<int>{0, 1, 0, 0, 0, 1}));
    QCOMPARE(column(model, IncidentHistoryModel::TotalColumn), (QList<int>{1, 2, 0, 1, 1, 2}));
}

void TestIncidentHistoryModel::timesShowMeanAndMedianWithHowManyHadThem()
{
    IncidentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(lastSixMonths());
    // November: detect 2 and 10 min (mean = median = 6 min); resolve 180 and 30 (mean = median = 105 min).
    const auto value = [&model](int row, int column) {
        return model.index(row, column).data(IncidentHistoryModel::ValueRole);
    };
    QCOMPARE(value(1, IncidentHistoryModel::MeanDetectColumn).toLongLong(), 6 * kMin);
    QCOMPARE(value(1, IncidentHistoryModel::MedianDetectColumn).toLongLong(), 6 * kMin);
    QCOMPARE(value(1, IncidentHistoryModel::MedianResolveColumn).toLongLong(), 105 * kMin);
    QCOMPARE(model.index(1, IncidentHistoryModel::MedianResolveColumn).data().toString(),
             QStringLiteral("1 h 45 min"));
    QCOMPARE(model.index(1, IncidentHistoryModel::MedianDetectColumn).data().toString(),
             QStringLiteral("6 min"));
    QCOMPARE(model.index(1, IncidentHistoryModel::MedianDetectColumn)
                 .data(IncidentHistoryModel::SampleCountRole)
                 .toInt(),
             2);
    // December had no incident: no figure, a dash.
    QVERIFY(!value(2, IncidentHistoryModel::MedianDetectColumn).isValid());
    QCOMPARE(model.index(2, IncidentHistoryModel::MedianDetectColumn).data().toString(), QStringLiteral("—"));
    // February's incident is not resolved: it has a time to detect but none to resolve, and says so.
    QCOMPARE(value(4, IncidentHistoryModel::MedianDetectColumn).toLongLong(), 20 * kMin);
    QVERIFY(!value(4, IncidentHistoryModel::MeanResolveColumn).isValid());
    // (Plural forms come from the catalogues, which tests do not load: "incident(s)".)
    const QString noResolve =
        model.index(4, IncidentHistoryModel::MeanResolveColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(noResolve.startsWith(QStringLiteral("0 of 1 incident")), qPrintable(noResolve));
    QVERIFY2(noResolve.contains(QStringLiteral("resolution time")), qPrintable(noResolve));
    const QString detect =
        model.index(1, IncidentHistoryModel::MeanDetectColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(detect.startsWith(QStringLiteral("2 of 2 incident")), qPrintable(detect));
    QVERIFY2(detect.contains(QStringLiteral("detection time")), qPrintable(detect));
}

void TestIncidentHistoryModel::headers()
{
    IncidentHistoryModel model;
    QCOMPARE(model.headerData(IncidentHistoryModel::Sev1Column, Qt::Horizontal).toString(),
             QStringLiteral("SEV1"));
    QCOMPARE(model.headerData(IncidentHistoryModel::Sev4Column, Qt::Horizontal).toString(),
             QStringLiteral("SEV4"));
    QCOMPARE(model.headerData(IncidentHistoryModel::MedianDetectColumn, Qt::Horizontal).toString(),
             QStringLiteral("Median TTD"));
    QCOMPARE(model.headerData(IncidentHistoryModel::MeanResolveColumn, Qt::Horizontal).toString(),
             QStringLiteral("Mean TTR"));
    QVERIFY(!model.headerData(IncidentHistoryModel::MeanResolveColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

void TestIncidentHistoryModel::resetsWhenTheHistoryChanges()
{
    IncidentHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setHistory(lastSixMonths());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    // All incidents: May 2024 to March 2026, 23 months.
    const QList<Incident> all = incidents();
    model.setHistory(IncidentHistory(
        all, QTimeZone::utc(),
        IncidentHistory::Range::spanning(all, IncidentHistoryFixture::nowMs(), QTimeZone::utc())));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 23);
    QCOMPARE(model.index(0, IncidentHistoryModel::Sev3Column).data(IncidentHistoryModel::ValueRole).toInt(),
             1);
    model.setHistory(IncidentHistory());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestIncidentHistoryModel)
#include "tst_incidenthistorymodel.moc"
