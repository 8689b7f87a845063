#include "detail/StateChangeListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestStateChangeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsNewestFirst();
    void liveChangeIsInsertedAtItsTime();
};

namespace {
StateChange change(qint64 id, qint64 atMs, ServiceState from, ServiceState to,
                   const QString& reason = QString())
{
    return StateChange{id, 1, atMs, from, to, reason};
}
} // namespace

void TestStateChangeListModel::showsNewestFirst()
{
    StateChangeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChanges({change(1, 1000, ServiceState::Unknown, ServiceState::Up),
                      change(3, 9000, ServiceState::Down, ServiceState::Up),
                      change(2, 5000, ServiceState::Up, ServiceState::Down, QStringLiteral("refused"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.changeAt(0).id, 3);
    QCOMPARE(model.changeAt(1).id, 2);
    QCOMPARE(model.changeAt(2).id, 1);
    QCOMPARE(model.index(1, StateChangeListModel::Change).data().toString(),
             serviceStateLabel(ServiceState::Up) + QStringLiteral(" → ") +
                 serviceStateLabel(ServiceState::Down));
    QCOMPARE(model.index(1, StateChangeListModel::Reason).data().toString(), QStringLiteral("refused"));
    QVERIFY(!model.index(0, StateChangeListModel::Time).data().toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestStateChangeListModel::liveChangeIsInsertedAtItsTime()
{
    StateChangeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setChanges({change(1, 1000, ServiceState::Unknown, ServiceState::Up),
                      change(2, 5000, ServiceState::Up, ServiceState::Down)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addChange(change(4, 7000, ServiceState::Down, ServiceState::Up));
    model.addChange(change(3, 3000, ServiceState::Up, ServiceState::Degraded));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.changeAt(row).id;
    QCOMPARE(ids, (QList<qint64>{4, 2, 3, 1}));
}

QTEST_MAIN(TestStateChangeListModel)
#include "tst_statechangelistmodel.moc"
