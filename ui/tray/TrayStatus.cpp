#include "tray/TrayStatus.h"

#include "style/StateStyle.h"
#include "tray/NotificationPolicy.h"

#include <QMenu>
#include <QSystemTrayIcon>

TrayStatus::TrayStatus(QMenu* menu, QObject* parent) : QObject(parent), m_icon(new QSystemTrayIcon(this))
{
    m_icon->setContextMenu(menu);
    m_icon->setIcon(StateStyle::iconFor(m_state));
    m_icon->setToolTip(tr("Vigie"));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_shownIncidentId.isEmpty())
            Q_EMIT stepNotificationClicked(m_shownIncidentId);
        else if (m_shownServiceId != 0)
            Q_EMIT downNotificationClicked(m_shownServiceId);
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_icon->show();
}

void TrayStatus::setWorstState(ServiceState state, int downCount, int degradedCount)
{
    if (state != m_state) {
        m_state = state;
        m_icon->setIcon(StateStyle::iconFor(state));
    }
    QString tip;
    if (downCount > 0)
        tip = tr("Vigie: %n service(s) down", nullptr, downCount);
    else if (degradedCount > 0)
        tip = tr("Vigie: %n service(s) degraded", nullptr, degradedCount);
    else if (state == ServiceState::Unknown)
        tip = tr("Vigie: waiting for the first checks");
    else
        tip = tr("Vigie: all services up");
    m_icon->setToolTip(tip);
}

QString TrayStatus::toolTip() const
{
    return m_icon->toolTip();
}

void TrayStatus::notifyStateChange(const QString& serviceName, const StateChange& change,
                                   bool underMaintenance)
{
    const auto n = NotificationPolicy::forChange(serviceName, change, underMaintenance);
    if (!n || !QSystemTrayIcon::supportsMessages() || !m_icon->isVisible())
        return;
    m_shownIncidentId.clear();
    m_shownServiceId = change.to == ServiceState::Down ? change.serviceId : 0;
    m_icon->showMessage(n->title, n->body,
                        n->critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information, 10'000);
}

void TrayStatus::notifyStepDue(const QString& incidentId, const QString& reference, const QString& stepTitle,
                               bool drill)
{
    if (!QSystemTrayIcon::supportsMessages() || !m_icon->isVisible())
        return;
    const NotificationPolicy::Notification n = NotificationPolicy::forStepDue(reference, stepTitle, drill);
    m_shownIncidentId = incidentId;
    m_shownServiceId = 0;
    m_icon->showMessage(n.title, n.body, QSystemTrayIcon::Warning, 20'000);
}
