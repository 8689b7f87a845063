#pragma once

#include <QWidget>

class DeliveryListModel;
class IncidentDesk;
class PublishingSession;
class QAction;
class QLabel;
class QTableView;

// The Deliveries tab of an incident: each approved message on each channel, live, with what the commander
// can do about one: retry it now, cancel it (it will be sent by hand, or not at all), copy its text to send
// by hand, or open where it was published. Nothing here waits on the network.
class DeliveriesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveriesPanel)

public:
    DeliveriesPanel(PublishingSession& publishing, const IncidentDesk& desk, QWidget* parent = nullptr);

    void setIncident(const QString& incidentId);

    DeliveryListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* retryAction() const { return m_retry; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* copyAction() const { return m_copy; }
    QAction* openAction() const { return m_open; }

private:
    QString currentDeliveryId() const;
    void refreshActions();
    void copyText();
    void openLink();

    PublishingSession& m_publishing;
    const IncidentDesk& m_desk;
    DeliveryListModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QAction* m_retry;
    QAction* m_cancel;
    QAction* m_copy;
    QAction* m_open;
};
