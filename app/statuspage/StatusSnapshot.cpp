#include "statuspage/StatusSnapshot.h"

PageIndicator StatusSnapshot::indicator() const
{
    int majorOutages = 0;
    bool outage = false;
    bool degraded = false;
    bool maintenance = false;
    for (const StatusComponent& component : components) {
        switch (component.status) {
        case ComponentStatus::MajorOutage:
            ++majorOutages;
            outage = true;
            break;
        case ComponentStatus::PartialOutage:
            outage = true;
            break;
        case ComponentStatus::DegradedPerformance:
            degraded = true;
            break;
        case ComponentStatus::UnderMaintenance:
            maintenance = true;
            break;
        case ComponentStatus::Operational:
            break;
        }
    }
    for (const StatusIncident& incident : incidents) {
        if (!incident.isOpen())
            continue;
        if (incident.maintenance)
            maintenance = maintenance || incident.status == IncidentStatus::InProgress ||
                          incident.status == IncidentStatus::Verifying;
        else
            degraded = true;
    }
    if (majorOutages > 0 && majorOutages * 2 > components.size())
        return PageIndicator::Critical;
    if (outage)
        return PageIndicator::Major;
    if (degraded)
        return PageIndicator::Minor;
    if (maintenance)
        return PageIndicator::Maintenance;
    return PageIndicator::None;
}

QStringList StatusSnapshot::groups() const
{
    QStringList names;
    for (const StatusComponent& component : components) {
        if (!names.contains(component.group))
            names.append(component.group);
    }
    names.sort();
    return names;
}

QList<StatusComponent> StatusSnapshot::componentsOf(const QString& group) const
{
    QList<StatusComponent> found;
    for (const StatusComponent& component : components) {
        if (component.group == group)
            found.append(component);
    }
    return found;
}

QList<StatusIncident> StatusSnapshot::openIncidents() const
{
    QList<StatusIncident> found;
    for (const StatusIncident& incident : incidents) {
        if (incident.isOpen() && !incident.maintenance)
            found.append(incident);
    }
    return found;
}

QList<StatusIncident> StatusSnapshot::openMaintenances() const
{
    QList<StatusIncident> found;
    for (const StatusIncident& incident : incidents) {
        if (incident.isOpen() && incident.maintenance)
            found.append(incident);
    }
    return found;
}

QList<StatusIncident> StatusSnapshot::resolvedIncidents() const
{
    QList<StatusIncident> found;
    for (const StatusIncident& incident : incidents) {
        if (!incident.isOpen())
            found.append(incident);
    }
    return found;
}
