#pragma once

#include "publish/Delivery.h"
#include "publish/live/LiveState.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class IncidentDesk;
class PublishingSession;

// The deliveries of one incident's messages, one row per message and channel, oldest first: where each
// approved message stands on each channel (queued, sending, sent with its link, waiting to retry or failed
// with the reason, cancelled), and whether the public page shows it yet ("Live since 14:32", "Pending for
// 2 min"). Follows the publishing session live; a delivery changing repaints its row.
class DeliveryListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryListModel)

public:
    enum Column
    {
        ChannelColumn,
        MessageColumn,
        StateColumn,
        WhenColumn,
        LiveColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        DeliveryIdRole = Qt::UserRole + 1,
        StateRole,     // Delivery::State as int
        LiveStateRole, // LiveState::Kind as int
    };

    DeliveryListModel(const PublishingSession& publishing, const IncidentDesk& desk,
                      QObject* parent = nullptr);

    void setIncident(const QString& incidentId);
    QString incidentId() const { return m_incidentId; }
    const Delivery* deliveryAt(int row) const;
    // What the public page showed of a delivery (fed by PublishingSession::liveStateChanged).
    void setLiveState(const QString& deliveryId, const LiveState& state);
    LiveState liveState(const QString& deliveryId) const { return m_live.value(deliveryId); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onDeliveryChanged(const Delivery& delivery);
    QString messageText(const Delivery& delivery) const;
    QString whenText(const Delivery& delivery) const;
    // Repaints the "Pending for…" cells, whose words change with time alone.
    void refreshPendingCells();

    const PublishingSession& m_publishing;
    const IncidentDesk& m_desk;
    QString m_incidentId;
    QList<Delivery> m_rows;
    QHash<QString, LiveState> m_live; // by delivery id, every incident's
};
