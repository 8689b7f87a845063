#include "incident/AutoDeclareRule.h"

AutoDeclareRule::Decision AutoDeclareRule::decide(const StateChange& change, const QString& serviceGroup,
                                                  const QStringList& autoDeclareGroups,
                                                  const QList<Incident>& openIncidents,
                                                  const QList<qint64>& groupServiceIds)
{
    Decision decision;
    if (change.to != ServiceState::Down || change.from == ServiceState::Down)
        return decision;
    for (const Incident& incident : openIncidents) {
        if (!incident.isOpen() || !incident.affects(change.serviceId))
            continue;
        // Planned, or already being handled: the incident's timeline records the change.
        if (!incident.isMaintenance() || incident.maintenanceCovers(change.atMs))
            return decision;
    }
    const bool automatic =
        !serviceGroup.isEmpty() && autoDeclareGroups.contains(serviceGroup, Qt::CaseInsensitive);
    if (!automatic) {
        decision.action = Decision::Action::Offer;
        return decision;
    }
    for (const Incident& incident : openIncidents) {
        if (!incident.isOpen() || incident.isMaintenance() || incident.drill)
            continue;
        if (change.atMs - incident.declaredAtMs > JoinWindowMs ||
            change.atMs < incident.declaredAtMs - JoinWindowMs)
            continue;
        for (const AffectedService& affected : incident.affected) {
            if (groupServiceIds.contains(affected.serviceId)) {
                decision.action = Decision::Action::Join;
                decision.incidentId = incident.id;
                return decision;
            }
        }
    }
    decision.action = Decision::Action::Declare;
    return decision;
}
