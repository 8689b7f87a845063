#include "detail/StateChangeListModel.h"

#include "style/StateStyle.h"
#include "util/TimeText.h"

#include <algorithm>

namespace {
bool newerFirst(const StateChange& a, const StateChange& b)
{
    if (a.atMs != b.atMs)
        return a.atMs > b.atMs;
    return a.id > b.id;
}
} // namespace

StateChangeListModel::StateChangeListModel(QObject* parent) : QAbstractTableModel(parent) {}

int StateChangeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int StateChangeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StateChangeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StateChange& change = m_changes.at(index.row());
    switch (role) {
    case AtMsRole:
        return change.atMs;
    case ToStateRole:
        return static_cast<int>(change.to);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return TimeText::absolute(change.atMs);
        case Change:
            //: A state transition, e.g. "Up → Down"
            return tr("%1 → %2").arg(serviceStateLabel(change.from), serviceStateLabel(change.to));
        case Reason:
            return change.reason;
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        if (index.column() == Change)
            return StateStyle::iconFor(change.to);
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Change)
            return StateStyle::textColorFor(change.to);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Reason && !change.reason.isEmpty())
            return change.reason;
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant StateChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Time:
        return tr("Time");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    default:
        return QVariant();
    }
}

void StateChangeListModel::setChanges(QList<StateChange> changes)
{
    std::stable_sort(changes.begin(), changes.end(), newerFirst);
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

void StateChangeListModel::addChange(const StateChange& change)
{
    const auto at = std::lower_bound(m_changes.cbegin(), m_changes.cend(), change, newerFirst);
    const int row = static_cast<int>(at - m_changes.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_changes.insert(row, change);
    endInsertRows();
}

void StateChangeListModel::clear()
{
    if (m_changes.isEmpty())
        return;
    beginResetModel();
    m_changes.clear();
    endResetModel();
}
