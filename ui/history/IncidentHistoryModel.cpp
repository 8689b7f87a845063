#include "history/IncidentHistoryModel.h"

#include "incident/IncidentStyle.h"
#include "incident/IncidentText.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

bool isCountColumn(int column)
{
    return column >= IncidentHistoryModel::Sev1Column && column <= IncidentHistoryModel::TotalColumn;
}

bool isDetectColumn(int column)
{
    return column == IncidentHistoryModel::MeanDetectColumn ||
           column == IncidentHistoryModel::MedianDetectColumn;
}

bool isMeanColumn(int column)
{
    return column == IncidentHistoryModel::MeanDetectColumn ||
           column == IncidentHistoryModel::MeanResolveColumn;
}

const IncidentHistory::DurationStats& statsOf(const IncidentHistory::Period& period, int column)
{
    return isDetectColumn(column) ? period.detect : period.resolve;
}

} // namespace

IncidentHistoryModel::IncidentHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void IncidentHistoryModel::setHistory(const IncidentHistory& history)
{
    beginResetModel();
    m_months = history.months();
    endResetModel();
}

int IncidentHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int IncidentHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Severity IncidentHistoryModel::severityOf(int column)
{
    if (column >= Sev1Column && column <= Sev4Column)
        return static_cast<Severity>(column - Sev1Column + 1);
    return Severity::Sev1;
}

QString IncidentHistoryModel::monthLabel(QDate month)
{
    return tr("%1 %2", "month name, year")
        .arg(QLocale().standaloneMonthName(month.month(), QLocale::LongFormat))
        .arg(month.year());
}

QVariant IncidentHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentHistory::Period& period = m_months.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(period, column);
    case ValueRole:
        return valueData(period, column);
    case MonthRole:
        return period.month;
    case SampleCountRole:
        return column >= MeanDetectColumn ? QVariant(statsOf(period, column).count) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(period, column);
    case Qt::TextAlignmentRole:
        return column == MonthColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        // Nothing to see recedes, so that the months with incidents stand out.
        const QVariant value = valueData(period, column);
        const bool empty = column == MonthColumn   ? period.total == 0
                           : isCountColumn(column) ? value.toInt() == 0
                                                   : !value.isValid();
        if (empty)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (column >= Sev1Column && column <= Sev4Column)
            return QBrush(IncidentStyle::severityColor(severityOf(column)));
        return {};
    }
    case Qt::FontRole:
        if (column == TotalColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant IncidentHistoryModel::displayData(const IncidentHistory::Period& period, int column) const
{
    if (column == MonthColumn)
        return monthLabel(period.month);
    const QVariant value = valueData(period, column);
    if (isCountColumn(column))
        return QLocale().toString(value.toInt());
    return value.isValid() ? IncidentText::span(value.toLongLong()) : QStringLiteral("—");
}

QVariant IncidentHistoryModel::valueData(const IncidentHistory::Period& period, int column) const
{
    if (column >= Sev1Column && column <= Sev4Column)
        return period.count(severityOf(column));
    if (column == TotalColumn)
        return period.total;
    if (column >= MeanDetectColumn && column < ColumnCount) {
        const IncidentHistory::DurationStats& stats = statsOf(period, column);
        if (!stats.hasData())
            return {};
        return isMeanColumn(column) ? stats.meanMs : stats.medianMs;
    }
    return {};
}

QString IncidentHistoryModel::toolTip(const IncidentHistory::Period& period, int column) const
{
    if (column < MeanDetectColumn)
        return QString();
    const IncidentHistory::DurationStats& stats = statsOf(period, column);
    QString text =
        isDetectColumn(column)
            ? tr("%1 of %n incident(s) had a detection time.", nullptr, period.total).arg(stats.count)
            : tr("%1 of %n incident(s) had a resolution time.", nullptr, period.total).arg(stats.count);
    if (stats.outOfOrder > 0)
        text +=
            QLatin1Char('\n') + tr("%n left out: moments entered out of order.", nullptr, stats.outOfOrder);
    return text;
}

QVariant IncidentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MeanDetectColumn:
        case MedianDetectColumn:
            return tr("Time to detect: from the start of the incident to its detection");
        case MeanResolveColumn:
        case MedianResolveColumn:
            return tr("Time to resolve: from the start of the incident to its resolution");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case Sev1Column:
    case Sev2Column:
    case Sev3Column:
    case Sev4Column:
        return severityLabel(severityOf(section));
    case TotalColumn:
        return tr("Total");
    case MeanDetectColumn:
        return tr("Mean TTD");
    case MedianDetectColumn:
        return tr("Median TTD");
    case MeanResolveColumn:
        return tr("Mean TTR");
    case MedianResolveColumn:
        return tr("Median TTR");
    default:
        return {};
    }
}
