#include "postmortem/ActionItemDelegate.h"

#include "postmortem/ActionItemListModel.h"

#include <QComboBox>
#include <QDateEdit>

ActionItemDelegate::ActionItemDelegate(const ActionItemListModel& model, QObject* parent)
    : QStyledItemDelegate(parent), m_model(model)
{}

QWidget* ActionItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const
{
    switch (m_model.columnAt(index.column())) {
    case ActionItemListModel::StatusColumn: {
        auto* combo = new QComboBox(parent);
        for (ActionItem::Status status : ActionItem::allStatuses())
            combo->addItem(ActionItemListModel::statusText(status), static_cast<int>(status));
        return combo;
    }
    case ActionItemListModel::DueColumn: {
        auto* date = new QDateEdit(parent);
        date->setCalendarPopup(true);
        return date;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActionItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, date->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
