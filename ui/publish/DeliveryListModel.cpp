#include "publish/DeliveryListModel.h"

#include "comms/ChannelKind.h"
#include "incident/IncidentDesk.h"
#include "session/PublishingSession.h"
#include "time/Clock.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace {

QColor stateColour(Delivery::State state)
{
    switch (state) {
    case Delivery::State::Sent:
        return QColor(0x1e, 0x7b, 0x34);
    case Delivery::State::Failed:
        return QColor(0xb3, 0x26, 0x1e);
    case Delivery::State::Retrying:
        return QColor(0xa4, 0x5a, 0x00);
    case Delivery::State::Cancelled:
        return QColor(0x6b, 0x6b, 0x6b);
    case Delivery::State::Queued:
    case Delivery::State::Sending:
        break;
    }
    return QColor(0x1f, 0x4e, 0x8c);
}

QColor liveColour(LiveState::Kind kind)
{
    switch (kind) {
    case LiveState::Kind::Live:
        return QColor(0x1e, 0x7b, 0x34);
    case LiveState::Kind::Pending:
        return QColor(0xa4, 0x5a, 0x00);
    case LiveState::Kind::GaveUp:
        return QColor(0xb3, 0x26, 0x1e);
    case LiveState::Kind::Unknown:
        return QColor(0x6b, 0x6b, 0x6b);
    case LiveState::Kind::Checking:
        break;
    }
    return QColor(0x1f, 0x4e, 0x8c);
}

// "Pending for 2 min" moves on by itself; a repaint this often keeps it true to the minute.
constexpr int kPendingRefreshMs = 15'000;

QString shortTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

DeliveryListModel::DeliveryListModel(const PublishingSession& publishing, const IncidentDesk& desk,
                                     QObject* parent)
    : QAbstractTableModel(parent), m_publishing(publishing), m_desk(desk)
{
    connect(&publishing, &PublishingSession::deliveryChanged, this, &DeliveryListModel::onDeliveryChanged);
    connect(&publishing, &PublishingSession::deliveriesReset, this, &DeliveryListModel::reload);
    connect(&publishing, &PublishingSession::liveStateChanged, this, &DeliveryListModel::setLiveState);
    auto* pendingRefresh = new QTimer(this);
    pendingRefresh->setInterval(kPendingRefreshMs);
    connect(pendingRefresh, &QTimer::timeout, this, &DeliveryListModel::refreshPendingCells);
    pendingRefresh->start();
}

void DeliveryListModel::setLiveState(const QString& deliveryId, const LiveState& state)
{
    m_live.insert(deliveryId, state);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == deliveryId) {
            const QModelIndex cell = index(row, LiveColumn);
            Q_EMIT dataChanged(cell, cell);
            return;
        }
    }
}

void DeliveryListModel::refreshPendingCells()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_live.value(m_rows.at(row).id).kind == LiveState::Kind::Pending) {
            const QModelIndex cell = index(row, LiveColumn);
            Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole});
        }
    }
}

void DeliveryListModel::setIncident(const QString& incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    reload();
}

void DeliveryListModel::reload()
{
    beginResetModel();
    m_rows = m_incidentId.isEmpty() ? QList<Delivery>() : m_publishing.deliveriesOf(m_incidentId);
    // States that changed before this model followed the session (or before this incident was shown).
    for (const Delivery& delivery : std::as_const(m_rows)) {
        const LiveState state = m_publishing.liveState(delivery.id);
        if (state.kind != LiveState::Kind::Unknown)
            m_live.insert(delivery.id, state);
    }
    endResetModel();
}

void DeliveryListModel::onDeliveryChanged(const Delivery& delivery)
{
    if (delivery.incidentId != m_incidentId || m_incidentId.isEmpty())
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == delivery.id) {
            m_rows[row] = delivery;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size()));
    m_rows.append(delivery);
    endInsertRows();
}

const Delivery* DeliveryListModel::deliveryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeliveryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeliveryListModel::messageText(const Delivery& delivery) const
{
    const MessageDraft* draft = m_desk.draft(delivery.draftId);
    if (!draft)
        return tr("(message no longer on the desk)");
    const QString text = draft->subject.isEmpty() ? draft->body : draft->subject;
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return tr("%1 · %2 · %3")
        .arg(channelKindLabel(draft->channel), draft->language.toUpper(),
             firstLine.size() > 60 ? firstLine.left(59) + QStringLiteral("…") : firstLine);
}

QString DeliveryListModel::whenText(const Delivery& delivery) const
{
    switch (delivery.state) {
    case Delivery::State::Sent:
        return tr("sent at %1").arg(shortTime(delivery.sentAtMs));
    case Delivery::State::Retrying: {
        const qint64 waitSec = (delivery.nextAttemptAtMs - m_desk.clock().nowMs()) / 1000;
        return waitSec <= 0 ? tr("retrying now")
                            : tr("next try at %1 (attempt %n)", nullptr, delivery.attempts + 1)
                                  .arg(shortTime(delivery.nextAttemptAtMs));
    }
    case Delivery::State::Queued:
        return tr("queued at %1").arg(shortTime(delivery.createdAtMs));
    case Delivery::State::Sending:
        return tr("sending since %1").arg(shortTime(delivery.updatedAtMs));
    case Delivery::State::Failed:
        return tr("failed at %1 after %n attempt(s)", nullptr, delivery.attempts)
            .arg(shortTime(delivery.updatedAtMs));
    case Delivery::State::Cancelled:
        return tr("cancelled at %1").arg(shortTime(delivery.updatedAtMs));
    }
    return QString();
}

QVariant DeliveryListModel::data(const QModelIndex& index, int role) const
{
    const Delivery* delivery = index.isValid() ? deliveryAt(index.row()) : nullptr;
    if (!delivery)
        return {};
    if (role == DeliveryIdRole)
        return delivery->id;
    if (role == StateRole)
        return int(delivery->state);
    if (role == LiveStateRole)
        return int(m_live.value(delivery->id).kind);
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ChannelColumn:
            return delivery->channelName;
        case MessageColumn:
            return messageText(*delivery);
        case StateColumn:
            return Delivery::stateLabel(delivery->state);
        case WhenColumn:
            return whenText(*delivery);
        case LiveColumn:
            return m_live.value(delivery->id).text(m_desk.clock().nowMs());
        case DetailColumn:
            return delivery->state == Delivery::State::Sent ? delivery->externalId : delivery->lastError;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == DetailColumn || column == StateColumn)) {
        if (!delivery->lastError.isEmpty())
            return delivery->lastError;
        if (!delivery->externalId.isEmpty())
            return delivery->externalId;
        return {};
    }
    if (role == Qt::ToolTipRole && column == LiveColumn)
        return m_live.value(delivery->id).detail();
    if (role == Qt::ForegroundRole && column == StateColumn)
        return QBrush(stateColour(delivery->state));
    if (role == Qt::ForegroundRole && column == LiveColumn)
        return QBrush(liveColour(m_live.value(delivery->id).kind));
    return {};
}

QVariant DeliveryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case MessageColumn:
        return tr("Message");
    case StateColumn:
        return tr("State");
    case WhenColumn:
        return tr("When");
    case LiveColumn:
        return tr("Live");
    case DetailColumn:
        return tr("Link or reason");
    default:
        return {};
    }
}
