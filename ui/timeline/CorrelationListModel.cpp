#include "timeline/CorrelationListModel.h"

#include "style/StateStyle.h"
#include "util/TimeText.h"

#include <QCoreApplication>

CorrelationListModel::CorrelationListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CorrelationListModel::setChanges(const QList<CorrelatedChange>& changes,
                                      const QHash<qint64, QString>& names)
{
    beginResetModel();
    m_changes = changes;
    m_names = names;
    endResetModel();
}

void CorrelationListModel::clear()
{
    setChanges({}, {});
}

int CorrelationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int CorrelationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CorrelationListModel::offsetText(qint64 offsetMs)
{
    const qint64 seconds = (offsetMs < 0 ? -offsetMs : offsetMs) / 1000;
    const QString sign = offsetMs < 0 ? QStringLiteral("−") : QStringLiteral("+");
    if (seconds < 60)
        return sign + tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return sign + tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return sign + tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant CorrelationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_changes.size())
        return {};
    const CorrelatedChange& c = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Offset:
            return offsetText(c.offsetMs);
        case Service:
            return m_names.value(c.change.serviceId, QString::number(c.change.serviceId));
        case Change:
            return QString(serviceStateLabel(c.change.from) + QStringLiteral(" → ") +
                           serviceStateLabel(c.change.to));
        case Reason:
            return c.change.reason;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == Change ? QVariant(StateStyle::iconFor(c.change.to)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Change ? QVariant(StateStyle::textColorFor(c.change.to)) : QVariant();
    case Qt::ToolTipRole:
        return TimeText::absolute(c.change.atMs);
    case ServiceIdRole:
        return c.change.serviceId;
    case AtMsRole:
        return c.change.atMs;
    default:
        return {};
    }
}

QVariant CorrelationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Offset:
        return tr("When");
    case Service:
        return tr("Service");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}
