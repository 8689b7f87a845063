#include "monitor/ServiceState.h"

#include <QCoreApplication>

QString serviceStateKey(ServiceState state)
{
    switch (state) {
    case ServiceState::Unknown:
        return QStringLiteral("unknown");
    case ServiceState::Up:
        return QStringLiteral("up");
    case ServiceState::Degraded:
        return QStringLiteral("degraded");
    case ServiceState::Down:
        return QStringLiteral("down");
    case ServiceState::Paused:
        return QStringLiteral("paused");
    }
    return QString();
}

QString serviceStateLabel(ServiceState state)
{
    switch (state) {
    case ServiceState::Unknown:
        return QCoreApplication::translate("ServiceState", "Pending");
    case ServiceState::Up:
        return QCoreApplication::translate("ServiceState", "Up");
    case ServiceState::Degraded:
        return QCoreApplication::translate("ServiceState", "Degraded");
    case ServiceState::Down:
        return QCoreApplication::translate("ServiceState", "Down");
    case ServiceState::Paused:
        return QCoreApplication::translate("ServiceState", "Paused");
    }
    return QString();
}

int serviceStateSeverity(ServiceState state)
{
    switch (state) {
    case ServiceState::Paused:
        return 0;
    case ServiceState::Up:
        return 1;
    case ServiceState::Unknown:
        return 2;
    case ServiceState::Degraded:
        return 3;
    case ServiceState::Down:
        return 4;
    }
    return 0;
}
