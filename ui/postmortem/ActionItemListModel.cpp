#include "postmortem/ActionItemListModel.h"

#include <QColor>
#include <QLocale>

ActionItemListModel::ActionItemListModel(Mode mode, QObject* parent)
    : QAbstractTableModel(parent), m_mode(mode)
{}

void ActionItemListModel::setItems(const QList<ActionItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void ActionItemListModel::setReferences(const QHash<QString, QString>& references)
{
    m_references = references;
    if (m_mode == Mode::AcrossIncidents && !m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QString ActionItemListModel::reference(const QString& incidentId) const
{
    return m_references.value(incidentId, incidentId);
}

int ActionItemListModel::addItem(const QString& incidentId, const QString& title)
{
    ActionItem item;
    item.incidentId = incidentId;
    item.title = title;
    const int row = static_cast<int>(m_items.size());
    beginInsertRows(QModelIndex(), row, row);
    m_items.append(item);
    endInsertRows();
    Q_EMIT edited();
    return row;
}

bool ActionItemListModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
    return true;
}

int ActionItemListModel::columnFor(Column column) const
{
    if (m_mode == Mode::AcrossIncidents)
        return column;
    return column == IncidentColumn ? -1 : column - 1;
}

ActionItemListModel::Column ActionItemListModel::columnAt(int modelColumn) const
{
    return static_cast<Column>(m_mode == Mode::AcrossIncidents ? modelColumn : modelColumn + 1);
}

QString ActionItemListModel::statusText(ActionItem::Status status)
{
    switch (status) {
    case ActionItem::Status::Open:
        return tr("Open");
    case ActionItem::Status::InProgress:
        return tr("In progress");
    case ActionItem::Status::Done:
        return tr("Done");
    }
    return tr("Open");
}

int ActionItemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ActionItemListModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == Mode::AcrossIncidents ? ColumnCount : ColumnCount - 1;
}

QVariant ActionItemListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem& item = m_items.at(index.row());
    const Column column = columnAt(index.column());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case IncidentColumn:
            return reference(item.incidentId);
        case TitleColumn:
            return item.title;
        case OwnerColumn:
            return item.owner;
        case DueColumn:
            // A QDate in both roles, so that a sort proxy orders by date, not by its words.
            // The editor starts from today on an item with no date yet; the list sorts undated items first.
            if (role == Qt::EditRole)
                return m_mode == Mode::Editable && !item.dueDate.isValid() ? QDate::currentDate()
                                                                           : item.dueDate;
            return item.dueDate.isValid() ? QVariant(item.dueDate) : QVariant(QString());
        case StatusColumn:
            return role == Qt::EditRole ? QVariant(static_cast<int>(item.status))
                                        : QVariant(statusText(item.status));
        case LinkColumn:
            return item.link;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == DueColumn && item.isOverdue(QDate::currentDate()))
        return tr("Overdue");
    if (role == Qt::ForegroundRole && column == DueColumn && item.isOverdue(QDate::currentDate()))
        return QColor(0xb0, 0x1e, 0x1e);
    return {};
}

bool ActionItemListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || m_mode != Mode::Editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ActionItem& item = m_items[index.row()];
    const ActionItem before = item;
    switch (columnAt(index.column())) {
    case TitleColumn:
        item.title = value.toString().trimmed();
        break;
    case OwnerColumn:
        item.owner = value.toString().trimmed();
        break;
    case DueColumn:
        item.dueDate = value.toDate();
        break;
    case StatusColumn: {
        const int status = value.toInt();
        if (status < 0 || status > static_cast<int>(ActionItem::Status::Done))
            return false;
        item.status = static_cast<ActionItem::Status>(status);
        break;
    }
    case LinkColumn:
        item.link = value.toString().trimmed();
        break;
    case IncidentColumn:
    case ColumnCount:
        return false;
    }
    if (item == before)
        return true;
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags ActionItemListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_mode == Mode::Editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ActionItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnAt(section)) {
    case IncidentColumn:
        return tr("Incident");
    case TitleColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case LinkColumn:
        return tr("Link");
    case ColumnCount:
        break;
    }
    return {};
}
