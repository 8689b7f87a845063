#pragma once

#include <QObject>

class ChannelsDialog;
class DeliveriesPanel;
class KeychainSecretStore;
class MonitoringSession;
class IncidentCoordinator;
class PublishingSession;
class QAction;
class QMainWindow;
class QMenu;

// Wires publishing into the cockpit: "Publish…" on approved messages (the channel choice, then the outbox),
// the Deliveries tab of each incident, and the Publishing menu. The window knows nothing of channels beyond
// handing over its incident parts.
class PublishingCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishingCoordinator)

public:
    PublishingCoordinator(PublishingSession& publishing, IncidentCoordinator& incidents,
                          MonitoringSession& monitoring, QMainWindow* window, QObject* parent = nullptr);

    QMenu* menu() const { return m_menu; }
    DeliveriesPanel* deliveries() const { return m_deliveries; }
    QAction* showDeliveriesAction() const { return m_showDeliveries; }
    QAction* fallbackPageAction() const { return m_fallbackPage; }
    QAction* channelsAction() const { return m_channels; }
    // The channels window (created the first time it is shown).
    ChannelsDialog* showChannels();

    // Asks for the channels of an approved draft and queues it; refusals show in the composer.
    void publishDraft(const QString& draftId);
    // Pushes the fallback status page for the incident; the outcome shows in the status bar.
    void switchToFallbackPage(const QString& incidentId);

private:
    void buildMenu();
    void copyDraft(const QString& draftId);

    PublishingSession& m_publishing;
    IncidentCoordinator& m_incidents;
    QMainWindow* m_window;
    DeliveriesPanel* m_deliveries = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_showDeliveries = nullptr;
    QAction* m_fallbackPage = nullptr;
    QAction* m_channels = nullptr;
    MonitoringSession& m_monitoring;
    ChannelsDialog* m_channelsDialog = nullptr;
    KeychainSecretStore* m_keychain = nullptr;
};
