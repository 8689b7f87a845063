#include "timeline/CorrelationListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestCorrelationListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offsetText_data();
    void offsetText();
    void showsChangesNearestFirst();
};

void TestCorrelationListModel::offsetText_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds after") << 40'000LL << QStringLiteral("+40 s");
    QTest::newRow("seconds before") << -40'000LL << QStringLiteral("−40 s");
    QTest::newRow("minutes") << 125'000LL << QStringLiteral("+2 min 05 s");
    QTest::newRow("hours") << -(3'600'000LL + 7 * 60'000) << QStringLiteral("−1 h 07 min");
    QTest::newRow("zero") << 0LL << QStringLiteral("+0 s");
}

void TestCorrelationListModel::offsetText()
{
    QFETCH(qint64, offsetMs);
    QFETCH(QString, text);
    QCOMPARE(CorrelationListModel::offsetText(offsetMs), text);
}

void TestCorrelationListModel::showsChangesNearestFirst()
{
    CorrelationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    StateChange a;
    a.serviceId = 7;
    a.atMs = 1'000'000;
    a.from = ServiceState::Up;
    a.to = ServiceState::Down;
    a.reason = QStringLiteral("connection refused");
    StateChange b = a;
    b.serviceId = 9;
    b.to = ServiceState::Degraded;
    model.setChanges({CorrelatedChange{a, -30'000, -90'000}, CorrelatedChange{b, 60'000, 0}},
                     {{7, QStringLiteral("Database")}, {9, QStringLiteral("Search")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CorrelationListModel::Service).data().toString(), QStringLiteral("Database"));
    QCOMPARE(model.index(0, CorrelationListModel::Offset).data().toString(), QStringLiteral("−30 s"));
    QCOMPARE(model.index(0, CorrelationListModel::Change).data().toString(), QStringLiteral("Up → Down"));
    QCOMPARE(model.index(1, CorrelationListModel::Reason).data().toString(),
             QStringLiteral("connection refused"));
    QCOMPARE(model.index(1, 0).data(CorrelationListModel::ServiceIdRole).toLongLong(), 9);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestCorrelationListModel)
#include "tst_correlationlistmodel.moc"
