#include "postmortem/ActionItemDelegate.h"
#include "postmortem/ActionItemListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QStyleOptionViewItem>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

namespace {

ActionItem item(const QString& incidentId, const QString& title, QDate due, ActionItem::Status status)
{
    ActionItem action;
    action.id = title;
    action.incidentId = incidentId;
    action.title = title;
    action.owner = QStringLiteral("Zoë");
    action.dueDate = due;
    action.status = status;
    return action;
}

} // namespace

class TestActionItemListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsInPlace()
    {
        ActionItemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &ActionItemListModel::edited);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.columnFor(ActionItemListModel::IncidentColumn), -1);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Action"));

        const int row = model.addItem(QStringLiteral("inc-1"));
        QCOMPARE(row, 0);
        QCOMPARE(edited.size(), 1);
        const auto cell = [&](ActionItemListModel::Column column) {
            return model.index(row, model.columnFor(column));
        };
        QVERIFY(model.flags(cell(ActionItemListModel::TitleColumn)) & Qt::ItemIsEditable);
        QVERIFY(
            model.setData(cell(ActionItemListModel::TitleColumn), QStringLiteral("  Alert on key expiry ")));
        QVERIFY(model.setData(cell(ActionItemListModel::OwnerColumn), QStringLiteral("Payments team")));
        QVERIFY(model.setData(cell(ActionItemListModel::DueColumn), QDate(2026, 4, 1)));
        QVERIFY(model.setData(cell(ActionItemListModel::StatusColumn),
                              static_cast<int>(ActionItem::Status::InProgress)));
        QVERIFY(model.setData(cell(ActionItemListModel::LinkColumn), QStringLiteral("T-12")));
        QVERIFY(!model.setData(cell(ActionItemListModel::StatusColumn), 7));
        QCOMPARE(edited.size(), 6);

        const ActionItem& stored = model.items().at(0);
        QCOMPARE(stored.incidentId, QStringLiteral("inc-1"));
        QCOMPARE(stored.title, QStringLiteral("Alert on key expiry"));
        QCOMPARE(stored.owner, QStringLiteral("Payments team"));
        QCOMPARE(stored.dueDate, QDate(2026, 4, 1));
        QCOMPARE(stored.status, ActionItem::Status::InProgress);
        QCOMPARE(stored.link, QStringLiteral("T-12"));
        QCOMPARE(cell(ActionItemListModel::StatusColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(cell(ActionItemListModel::DueColumn).data().toDate(), QDate(2026, 4, 1));

        // The same value again is no edit.
        QVERIFY(model.setData(cell(ActionItemListModel::OwnerColumn), QStringLiteral("Payments team")));
        QCOMPARE(edited.size(), 6);

        // The delegate edits the status with its words and the due date with a calendar.
        ActionItemDelegate delegate(model);
        QWidget host;
        const QModelIndex status = cell(ActionItemListModel::StatusColumn);
        std::unique_ptr<QWidget> editor(delegate.createEditor(&host, QStyleOptionViewItem(), status));
        auto* combo = qobject_cast<QComboBox*>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        delegate.setEditorData(combo, status);
        QCOMPARE(combo->currentText(), QStringLiteral("In progress"));
        combo->setCurrentIndex(combo->findData(static_cast<int>(ActionItem::Status::Done)));
        delegate.setModelData(combo, &model, status);
        QCOMPARE(model.items().at(0).status, ActionItem::Status::Done);
        const QModelIndex due = cell(ActionItemListModel::DueColumn);
        std::unique_ptr<QWidget> dateEditor(delegate.createEditor(&host, QStyleOptionViewItem(), due));
        auto* date = qobject_cast<QDateEdit*>(dateEditor.get());
        QVERIFY(date);
        delegate.setEditorData(date, due);
        QCOMPARE(date->date(), QDate(2026, 4, 1));
        date->setDate(QDate(2026, 5, 2));
        delegate.setModelData(date, &model, due);
        QCOMPARE(model.items().at(0).dueDate, QDate(2026, 5, 2));

        model.addItem(QStringLiteral("inc-1"), QStringLiteral("Second"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.removeItem(0));
        QVERIFY(!model.removeItem(5));

        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.items().at(0).title, QStringLiteral("Second"));
    }

    void listsAcrossIncidentsReadOnlyAndSorts()
    {
        ActionItemListModel model(ActionItemListModel::Mode::AcrossIncidents);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::EditRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(
            {item(QStringLiteral("a"), QStringLiteral("Later"), QDate(2026, 6, 1), ActionItem::Status::Open),
             item(QStringLiteral("b"), QStringLiteral("Undated"), QDate(), ActionItem::Status::InProgress),
             item(QStringLiteral("a"), QStringLiteral("Sooner"), QDate(2026, 2, 1),
                  ActionItem::Status::Open)});
        model.setReferences(
            {{QStringLiteral("a"), QStringLiteral("INC-1")}, {QStringLiteral("b"), QStringLiteral("INC-2")}});
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.index(1, ActionItemListModel::IncidentColumn).data().toString(),
                 QStringLiteral("INC-2"));
        QVERIFY(!(model.flags(model.index(0, ActionItemListModel::TitleColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, ActionItemListModel::TitleColumn), QStringLiteral("x")));
        // An overdue item says so.
        QCOMPARE(model.index(2, ActionItemListModel::DueColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Overdue"));

        proxy.sort(ActionItemListModel::DueColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, ActionItemListModel::TitleColumn).data().toString());
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Undated"), QStringLiteral("Sooner"), QStringLiteral("Later")}));
        proxy.sort(ActionItemListModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ActionItemListModel::TitleColumn).data().toString(),
                 QStringLiteral("Undated"));
    }
};

QTEST_MAIN(TestActionItemListModel)
#include "tst_actionitemlistmodel.moc"
