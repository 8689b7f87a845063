#include "comms/MessageDraftListModel.h"

#include "incident/IncidentDesk.h"
#include "util/TimeText.h"

#include <QFont>

namespace {

QString summaryOf(const MessageDraft& draft)
{
    if (draft.channel == ChannelKind::Email && !draft.subject.trimmed().isEmpty())
        return draft.subject.trimmed();
    const QString body = draft.body.trimmed();
    return body.left(body.indexOf(QLatin1Char('\n')) < 0 ? body.size() : body.indexOf(QLatin1Char('\n')));
}

} // namespace

MessageDraftListModel::MessageDraftListModel(const IncidentDesk& desk, QObject* parent)
    : QAbstractTableModel(parent), m_desk(desk)
{
    connect(&desk, &IncidentDesk::draftChanged, this, &MessageDraftListModel::onDraftChanged);
    connect(&desk, &IncidentDesk::loaded, this, &MessageDraftListModel::onLoaded);
}

void MessageDraftListModel::setIncident(const QString& incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_rows = draftCount();
    endResetModel();
}

int MessageDraftListModel::draftCount() const
{
    const IncidentRecord* record = m_incidentId.isEmpty() ? nullptr : m_desk.record(m_incidentId);
    return record ? static_cast<int>(record->drafts.size()) : 0;
}

const MessageDraft* MessageDraftListModel::draftAt(int row) const
{
    const IncidentRecord* record = m_incidentId.isEmpty() ? nullptr : m_desk.record(m_incidentId);
    if (!record || row < 0 || row >= m_rows || row >= record->drafts.size())
        return nullptr;
    return &record->drafts.at(row);
}

int MessageDraftListModel::rowOf(const QString& draftId) const
{
    for (int row = 0; row < m_rows; ++row) {
        const MessageDraft* draft = draftAt(row);
        if (draft && draft->id == draftId)
            return row;
    }
    return -1;
}

QString MessageDraftListModel::draftIdAt(int row) const
{
    const MessageDraft* draft = draftAt(row);
    return draft ? draft->id : QString();
}

QColor MessageDraftListModel::stateColor(MessageDraft::State state)
{
    switch (state) {
    case MessageDraft::State::Draft:
        return QColor(0xa1, 0x5c, 0x00); // amber: still to review
    case MessageDraft::State::Approved:
        return QColor(0x1e, 0x7b, 0x34);
    case MessageDraft::State::Published:
        return QColor(0x1d, 0x5f, 0xb3);
    case MessageDraft::State::Discarded:
        return QColor(0x80, 0x80, 0x80);
    }
    return QColor(Qt::black);
}

int MessageDraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int MessageDraftListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageDraftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const MessageDraft* draft = draftAt(index.row());
    if (!draft)
        return QVariant();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Channel:
            return channelKindLabel(draft->channel);
        case Language:
            return draft->language;
        case State:
            return MessageDraft::stateLabel(draft->state);
        case Summary:
            return summaryOf(*draft);
        case Updated:
            return TimeText::absolute(draft->updatedAtMs);
        case Author:
            return draft->author;
        default:
            return QVariant();
        }
    case Qt::ForegroundRole:
        if (column == State || draft->state == MessageDraft::State::Discarded)
            return stateColor(draft->state);
        return QVariant();
    case Qt::FontRole:
        if (column == State && draft->state != MessageDraft::State::Discarded) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        return column == Summary ? QVariant(draft->body) : QVariant();
    case DraftIdRole:
        return draft->id;
    case StateRole:
        return static_cast<int>(draft->state);
    case ChannelRole:
        return static_cast<int>(draft->channel);
    case UpdatedRole:
        return draft->updatedAtMs;
    default:
        return QVariant();
    }
}

QVariant MessageDraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Channel:
        return tr("Channel");
    case Language:
        return tr("Language");
    case State:
        return tr("State");
    case Summary:
        return tr("Message");
    case Updated:
        return tr("Updated");
    case Author:
        return tr("By");
    default:
        return QVariant();
    }
}

void MessageDraftListModel::onDraftChanged(const MessageDraft& draft)
{
    if (m_incidentId.isEmpty() || draft.incidentId != m_incidentId)
        return;
    const int row = rowOf(draft.id);
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int count = draftCount();
    if (count <= m_rows)
        return;
    beginInsertRows(QModelIndex(), m_rows, count - 1);
    m_rows = count;
    endInsertRows();
}

void MessageDraftListModel::onLoaded()
{
    setIncident(m_desk.record(m_incidentId) ? m_incidentId : QString());
}
