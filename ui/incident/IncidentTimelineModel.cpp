#include "incident/IncidentTimelineModel.h"

#include "incident/IncidentDesk.h"
#include "incident/IncidentStyle.h"
#include "util/TimeText.h"

#include <QFont>

IncidentTimelineModel::IncidentTimelineModel(const IncidentDesk& desk, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk)
{
    connect(&desk, &IncidentDesk::eventAppended, this, &IncidentTimelineModel::onEventAppended);
    connect(&desk, &IncidentDesk::loaded, this, &IncidentTimelineModel::onLoaded);
}

void IncidentTimelineModel::setIncident(const QString& incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_rows = eventCount();
    endResetModel();
}

int IncidentTimelineModel::eventCount() const
{
    const IncidentRecord* record = m_incidentId.isEmpty() ? nullptr : m_desk.record(m_incidentId);
    return record ? static_cast<int>(record->events.size()) : 0;
}

int IncidentTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int IncidentTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const IncidentRecord* record = m_desk.record(m_incidentId);
    if (!record || index.row() >= record->events.size())
        return QVariant();
    const IncidentEvent& event = record->events.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Visibility:
            return IncidentStyle::visibilityLabel(event.visibility);
        case Time:
            return TimeText::absolute(event.atMs);
        case Author:
            return event.author;
        case Kind:
            return IncidentEvent::kindLabel(event.kind);
        case Text:
            return event.text;
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        return column == Visibility ? QVariant(IncidentStyle::visibilityIcon(event.visibility)) : QVariant();
    case Qt::ForegroundRole:
        return column == Visibility ? QVariant(IncidentStyle::visibilityColor(event.visibility)) : QVariant();
    case Qt::FontRole:
        if (column == Visibility && event.visibility == IncidentEvent::Visibility::Public) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (column == Visibility) {
            return event.visibility == IncidentEvent::Visibility::Public
                       ? tr("Public: customers see this, or a message said it")
                       : tr("Internal: for the response team only");
        }
        return column == Text ? QVariant(event.text) : QVariant();
    case VisibilityRole:
        return static_cast<int>(event.visibility);
    case KindRole:
        return static_cast<int>(event.kind);
    case TimeRole:
        return event.atMs;
    case EventIdRole:
        return event.id;
    default:
        return QVariant();
    }
}

QVariant IncidentTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Visibility:
        return tr("Audience");
    case Time:
        return tr("Time");
    case Author:
        return tr("By");
    case Kind:
        return tr("What");
    case Text:
        return tr("Details");
    default:
        return QVariant();
    }
}

void IncidentTimelineModel::onEventAppended(const IncidentEvent& event)
{
    if (event.incidentId.isEmpty() || event.incidentId != m_incidentId)
        return;
    const int count = eventCount();
    if (count <= m_rows)
        return;
    beginInsertRows(QModelIndex(), m_rows, count - 1);
    m_rows = count;
    endInsertRows();
}

void IncidentTimelineModel::onLoaded()
{
    setIncident(m_desk.record(m_incidentId) ? m_incidentId : QString());
}
