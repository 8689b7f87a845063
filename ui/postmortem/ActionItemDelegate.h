#pragma once

#include <QStyledItemDelegate>

class ActionItemListModel;

// Edits an action item's status with a list of the three statuses and its due date with a calendar, instead
// of the number and the bare date field the model's edit role would get by default.
class ActionItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionItemDelegate)

public:
    ActionItemDelegate(const ActionItemListModel& model, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    const ActionItemListModel& m_model;
};
