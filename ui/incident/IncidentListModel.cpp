#include "incident/IncidentListModel.h"

#include "incident/IncidentDesk.h"
#include "incident/IncidentStyle.h"
#include "incident/IncidentText.h"
#include "time/Clock.h"
#include "util/TimeText.h"

#include <QFont>
#include <QPalette>

IncidentListModel::IncidentListModel(const IncidentDesk& desk, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk), m_ids(desk.incidentIds())
{
    connect(&desk, &IncidentDesk::incidentAdded, this, &IncidentListModel::onAdded);
    connect(&desk, &IncidentDesk::incidentChanged, this, &IncidentListModel::onChanged);
    connect(&desk, &IncidentDesk::loaded, this, &IncidentListModel::reload);
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const IncidentRecord* record = m_desk.record(m_ids.at(index.row()));
    if (!record)
        return QVariant();
    const Incident& incident = record->incident;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(incident, column);
    case IncidentIdRole:
        return incident.id;
    case OpenRole:
        return incident.isOpen();
    case SeverityRole:
        return static_cast<int>(incident.severity);
    case KindRole:
        return static_cast<int>(incident.kind);
    case DrillRole:
        return incident.drill;
    case SearchTextRole:
        return QStringList{incident.reference, incident.title, IncidentText::services(incident)}
            .join(QLatin1Char('\n'))
            .toLower();
    case SortRole:
        return sortData(incident, column);
    case Qt::DecorationRole:
        if (column == Severity && !incident.isMaintenance())
            return IncidentStyle::severityIcon(incident.severity);
        return QVariant();
    case Qt::ForegroundRole:
        if (column == Status)
            return IncidentStyle::statusTextColor(incident.status);
        if (column == Drill)
            return IncidentStyle::drillColor();
        if (!incident.isOpen())
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::FontRole:
        if (incident.isOpen() && (column == Reference || column == Status || column == Drill)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        switch (column) {
        case Severity:
            return incident.isMaintenance() ? QVariant() : QVariant(severityMeaning(incident.severity));
        case Services:
            return IncidentText::services(incident, true);
        case Started:
            return TimeText::absolute(IncidentText::startedMs(incident));
        case Title:
            return incident.customerSummary.isEmpty() ? QVariant() : QVariant(incident.customerSummary);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant IncidentListModel::displayData(const Incident& incident, int column) const
{
    switch (column) {
    case Reference:
        return incident.reference;
    case Drill:
        return incident.drill ? tr("DRILL") : QString();
    case Kind:
        return IncidentText::kindLabel(incident.kind);
    case Title:
        return incident.title;
    case Severity:
        return incident.isMaintenance() ? QString() : severityLabel(incident.severity);
    case Status:
        return incidentStatusLabel(incident.status);
    case Services:
        return IncidentText::services(incident);
    case Started:
        return TimeText::absolute(IncidentText::startedMs(incident));
    case Duration: {
        const qint64 start = IncidentText::startedMs(incident);
        if (start <= 0)
            return QString();
        return IncidentText::span(IncidentText::durationMs(incident, m_desk.clock().nowMs()));
    }
    case Commander:
        return incident.commander;
    default:
        return QVariant();
    }
}

QVariant IncidentListModel::sortData(const Incident& incident, int column) const
{
    switch (column) {
    case Reference:
        // INC-10 after INC-9: the kind, then the number.
        return QString(QString::number(static_cast<int>(incident.kind)) +
                       incident.reference.section(QLatin1Char('-'), 1).rightJustified(10, QLatin1Char('0')));
    case Drill:
        return incident.drill ? 0 : 1;
    case Kind:
        return static_cast<int>(incident.kind);
    case Severity:
        return incident.isMaintenance() ? 99 : static_cast<int>(incident.severity);
    case Status:
        return static_cast<int>(incident.status);
    case Started:
        return IncidentText::startedMs(incident);
    case Duration:
        return IncidentText::durationMs(incident, m_desk.clock().nowMs());
    default:
        return displayData(incident, column).toString().toLower();
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Reference:
        return tr("Reference");
    case Drill:
        return tr("Drill");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Services:
        return tr("Affected services");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Commander:
        return tr("Commander");
    default:
        return QVariant();
    }
}

int IncidentListModel::rowOf(const QString& incidentId) const
{
    return static_cast<int>(m_ids.indexOf(incidentId));
}

QString IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

void IncidentListModel::refreshDurations()
{
    for (int row = 0; row < m_ids.size(); ++row) {
        const IncidentRecord* record = m_desk.record(m_ids.at(row));
        if (record && record->incident.isOpen())
            Q_EMIT dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole, SortRole});
    }
}

void IncidentListModel::reload()
{
    beginResetModel();
    m_ids = m_desk.incidentIds();
    endResetModel();
}

void IncidentListModel::onAdded(const Incident& incident)
{
    if (m_ids.contains(incident.id))
        return;
    beginInsertRows(QModelIndex(), 0, 0);
    m_ids.prepend(incident.id);
    endInsertRows();
}

void IncidentListModel::onChanged(const Incident& incident)
{
    const int row = rowOf(incident.id);
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
