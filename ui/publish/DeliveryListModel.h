#pragma once

#include "publish/Delivery.h"

#include <QAbstractTableModel>
#include <QList>

class IncidentDesk;
class PublishingSession;

// The deliveries of one incident's messages, one row per message and channel, oldest first: where each
// approved message stands on each channel (queued, sending, sent with its link, waiting to retry or failed
// with the reason, cancelled). Follows the publishing session live; a delivery changing repaints its row.
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
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        DeliveryIdRole = Qt::UserRole + 1,
        StateRole, // Delivery::State as int
    };

    DeliveryListModel(const PublishingSession& publishing, const IncidentDesk& desk,
                      QObject* parent = nullptr);

    void setIncident(const QString& incidentId);
    QString incidentId() const { return m_incidentId; }
    const Delivery* deliveryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onDeliveryChanged(const Delivery& delivery);
    QString messageText(const Delivery& delivery) const;
    QString whenText(const Delivery& delivery) const;

    const PublishingSession& m_publishing;
    const IncidentDesk& m_desk;
    QString m_incidentId;
    QList<Delivery> m_rows;
};
