#include "statuspage/ComponentStatus.h"

QString componentStatusKey(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Operational:
        return QStringLiteral("operational");
    case ComponentStatus::UnderMaintenance:
        return QStringLiteral("under_maintenance");
    case ComponentStatus::DegradedPerformance:
        return QStringLiteral("degraded_performance");
    case ComponentStatus::PartialOutage:
        return QStringLiteral("partial_outage");
    case ComponentStatus::MajorOutage:
        return QStringLiteral("major_outage");
    }
    return QString();
}

ComponentStatus componentStatusFromState(ServiceState state)
{
    switch (state) {
    case ServiceState::Unknown:
    case ServiceState::Up:
        return ComponentStatus::Operational;
    case ServiceState::Degraded:
        return ComponentStatus::DegradedPerformance;
    case ServiceState::Down:
        return ComponentStatus::MajorOutage;
    case ServiceState::Paused:
        return ComponentStatus::UnderMaintenance;
    }
    return ComponentStatus::Operational;
}

ComponentStatus componentStatusFromImpact(Impact impact)
{
    switch (impact) {
    case Impact::DegradedPerformance:
        return ComponentStatus::DegradedPerformance;
    case Impact::PartialOutage:
        return ComponentStatus::PartialOutage;
    case Impact::MajorOutage:
        return ComponentStatus::MajorOutage;
    case Impact::UnderMaintenance:
        return ComponentStatus::UnderMaintenance;
    }
    return ComponentStatus::MajorOutage;
}

ComponentStatus worseComponentStatus(ComponentStatus a, ComponentStatus b)
{
    return int(a) >= int(b) ? a : b;
}
