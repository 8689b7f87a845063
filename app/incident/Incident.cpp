#include "incident/Incident.h"

bool Incident::affects(qint64 serviceId) const
{
    return affectedService(serviceId).has_value();
}

std::optional<AffectedService> Incident::affectedService(qint64 serviceId) const
{
    for (const AffectedService& service : affected) {
        if (service.serviceId == serviceId)
            return service;
    }
    return std::nullopt;
}

std::optional<ChecklistMark> Incident::mark(const QString& stepId, int occurrence) const
{
    std::optional<ChecklistMark> found;
    for (const ChecklistMark& candidate : marks) {
        if (candidate.stepId == stepId && candidate.occurrence == occurrence)
            found = candidate;
    }
    return found;
}

int Incident::markCount(const QString& stepId) const
{
    int highest = 0;
    for (const ChecklistMark& candidate : marks) {
        if (candidate.stepId == stepId)
            highest = std::max(highest, candidate.occurrence);
    }
    return highest;
}

bool Incident::maintenanceCovers(qint64 atMs) const
{
    return kind == Kind::Maintenance && status != IncidentStatus::Completed && windowStartMs != 0 &&
           atMs >= windowStartMs && (windowEndMs == 0 || atMs < windowEndMs);
}

QString Incident::kindKey(Kind kind)
{
    return kind == Kind::Maintenance ? QStringLiteral("maintenance") : QStringLiteral("incident");
}

bool Incident::kindFromKey(const QString& key, Kind* out)
{
    if (key == QLatin1String("incident")) {
        *out = Kind::Incident;
        return true;
    }
    if (key == QLatin1String("maintenance")) {
        *out = Kind::Maintenance;
        return true;
    }
    return false;
}
