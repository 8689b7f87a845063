#pragma once

#include "monitor/ServiceState.h"
#include "monitor/StateChange.h"

#include <QObject>

class QMenu;
class QSystemTrayIcon;

// The tray icon: shows the worst current state of all services and raises a desktop notification for each
// DOWN and each recovery. Does nothing visible where the platform has no tray.
class TrayStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayStatus)

public:
    explicit TrayStatus(QMenu* menu, QObject* parent = nullptr);

    void setWorstState(ServiceState state, int downCount, int degradedCount);
    void notifyStateChange(const QString& serviceName, const StateChange& change,
                           bool underMaintenance = false);
    void notifyStepDue(const QString& incidentId, const QString& reference, const QString& stepTitle,
                       bool drill);
    ServiceState shownState() const { return m_state; }
    QString toolTip() const;

Q_SIGNALS:
    void activated();
    // The last notification was clicked: a DOWN service (declare an incident) or a due step (show it).
    void downNotificationClicked(qint64 serviceId);
    void stepNotificationClicked(const QString& incidentId);

private:
    QSystemTrayIcon* m_icon;
    ServiceState m_state = ServiceState::Unknown;
    // What the message on screen is about; a click acts on it.
    qint64 m_shownServiceId = 0;
    QString m_shownIncidentId;
};
