#include "tray/NotificationPolicy.h"

#include <QCoreApplication>

std::optional<NotificationPolicy::Notification>
NotificationPolicy::forChange(const QString& serviceName, const StateChange& change, bool underMaintenance)
{
    if (change.to == change.from || underMaintenance)
        return std::nullopt;
    if (change.to == ServiceState::Down) {
        Notification n;
        n.critical = true;
        n.title = QCoreApplication::translate("NotificationPolicy", "%1 is down").arg(serviceName);
        n.body = change.reason.isEmpty()
                     ? QCoreApplication::translate("NotificationPolicy", "The check failed.")
                     : change.reason;
        n.body += QLatin1Char('\n') +
                  QCoreApplication::translate("NotificationPolicy", "Click to declare an incident.");
        return n;
    }
    if (change.from == ServiceState::Down &&
        (change.to == ServiceState::Up || change.to == ServiceState::Degraded)) {
        Notification n;
        n.title = QCoreApplication::translate("NotificationPolicy", "%1 has recovered").arg(serviceName);
        n.body =
            change.to == ServiceState::Up
                ? QCoreApplication::translate("NotificationPolicy", "The service answers normally again.")
                : QCoreApplication::translate("NotificationPolicy",
                                              "The service answers again, but degraded: %1")
                      .arg(change.reason);
        return n;
    }
    return std::nullopt;
}

NotificationPolicy::Notification NotificationPolicy::forStepDue(const QString& reference,
                                                                const QString& stepTitle, bool drill)
{
    Notification n;
    n.critical = true;
    n.title =
        drill ? QCoreApplication::translate("NotificationPolicy", "[Drill] %1: a step is due").arg(reference)
              : QCoreApplication::translate("NotificationPolicy", "%1: a step is due").arg(reference);
    n.body = stepTitle;
    return n;
}
