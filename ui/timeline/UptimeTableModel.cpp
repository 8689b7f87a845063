#include "timeline/UptimeTableModel.h"

#include "style/StateStyle.h"

#include <QLocale>

UptimeTableModel::UptimeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int UptimeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UptimeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UptimeTableModel::setRows(const QList<UptimeRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QVariant UptimeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::TextAlignmentRole)
        return section >= SlaTarget ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Name:
        return tr("Service");
    case Group:
        return tr("Group");
    case SlaTarget:
        return tr("SLA target");
    case UptimeVisible:
        return tr("Uptime (shown)");
    case Uptime24h:
        return tr("24 h");
    case Uptime7d:
        return tr("7 days");
    case Uptime30d:
        return tr("30 days");
    case Uptime90d:
        return tr("90 days");
    case DowntimeMinutes:
        return tr("Downtime (min)");
    case ErrorBudgetLeft:
        return tr("Error budget left");
    default:
        return QVariant();
    }
}

double UptimeTableModel::numberAt(const UptimeRow& row, int column)
{
    switch (column) {
    case SlaTarget:
        return row.slaTargetPercent;
    case UptimeVisible:
        return row.uptimeVisiblePercent;
    case Uptime24h:
        return row.uptime24hPercent;
    case Uptime7d:
        return row.uptime7dPercent;
    case Uptime30d:
        return row.uptime30dPercent;
    case Uptime90d:
        return row.uptime90dPercent;
    case DowntimeMinutes:
        return row.downtimeMinutes;
    case ErrorBudgetLeft:
        return row.errorBudgetLeftPercent;
    default:
        return 0;
    }
}

QVariant UptimeTableModel::displayText(const UptimeRow& row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Name:
        return row.name;
    case Group:
        return row.group;
    case DowntimeMinutes:
        return locale.toString(row.downtimeMinutes, 'f', row.downtimeMinutes < 10 ? 1 : 0);
    case ErrorBudgetLeft:
        if (row.errorBudgetLeftPercent == -1 && row.uptimeVisiblePercent < 0)
            return tr("—");
        return tr("%1 %").arg(locale.toString(row.errorBudgetLeftPercent, 'f', 0));
    default: {
        const double value = numberAt(row, column);
        if (value < 0)
            return tr("—");
        // Three decimals: 99.9 and 99.95 differ by half the budget of a 99.9 % target.
        return tr("%1 %").arg(locale.toString(value, 'f', column == SlaTarget ? 2 : 3));
    }
    }
}

QVariant UptimeTableModel::foreground(const UptimeRow& row, int column) const
{
    const bool isUptime = column >= UptimeVisible && column <= Uptime90d;
    const double value = numberAt(row, column);
    if (isUptime && value >= 0 && value < row.slaTargetPercent)
        return StateStyle::textColorFor(ServiceState::Down);
    if (column == ErrorBudgetLeft && row.uptimeVisiblePercent >= 0) {
        if (row.errorBudgetLeftPercent < 0)
            return StateStyle::textColorFor(ServiceState::Down);
        if (row.errorBudgetLeftPercent < 25)
            return StateStyle::textColorFor(ServiceState::Degraded);
    }
    return QVariant();
}

QVariant UptimeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const UptimeRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        return column >= SlaTarget ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return foreground(row, column);
    case ServiceIdRole:
        return row.serviceId;
    case SortRole:
        if (column == Name)
            return row.name;
        if (column == Group)
            return row.group;
        return numberAt(row, column);
    default:
        return QVariant();
    }
}
