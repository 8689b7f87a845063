#include "incident/IncidentStatus.h"

#include <QCoreApplication>

QString incidentStatusKey(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return QStringLiteral("investigating");
    case IncidentStatus::Identified:
        return QStringLiteral("identified");
    case IncidentStatus::Monitoring:
        return QStringLiteral("monitoring");
    case IncidentStatus::Resolved:
        return QStringLiteral("resolved");
    case IncidentStatus::Scheduled:
        return QStringLiteral("scheduled");
    case IncidentStatus::InProgress:
        return QStringLiteral("in_progress");
    case IncidentStatus::Verifying:
        return QStringLiteral("verifying");
    case IncidentStatus::Completed:
        return QStringLiteral("completed");
    }
    return QString();
}

bool incidentStatusFromKey(const QString& key, IncidentStatus* out)
{
    const QString wanted = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const IncidentStatus status : incidentStatuses(false) + incidentStatuses(true)) {
        if (incidentStatusKey(status) == wanted) {
            *out = status;
            return true;
        }
    }
    return false;
}

QString incidentStatusLabel(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return QCoreApplication::translate("IncidentStatus", "Investigating");
    case IncidentStatus::Identified:
        return QCoreApplication::translate("IncidentStatus", "Identified");
    case IncidentStatus::Monitoring:
        return QCoreApplication::translate("IncidentStatus", "Monitoring");
    case IncidentStatus::Resolved:
        return QCoreApplication::translate("IncidentStatus", "Resolved");
    case IncidentStatus::Scheduled:
        return QCoreApplication::translate("IncidentStatus", "Scheduled");
    case IncidentStatus::InProgress:
        return QCoreApplication::translate("IncidentStatus", "In progress");
    case IncidentStatus::Verifying:
        return QCoreApplication::translate("IncidentStatus", "Verifying");
    case IncidentStatus::Completed:
        return QCoreApplication::translate("IncidentStatus", "Completed");
    }
    return QString();
}

bool isClosedStatus(IncidentStatus status)
{
    return status == IncidentStatus::Resolved || status == IncidentStatus::Completed;
}

bool isMaintenanceStatus(IncidentStatus status)
{
    return static_cast<int>(status) >= static_cast<int>(IncidentStatus::Scheduled);
}

QList<IncidentStatus> incidentStatuses(bool maintenance)
{
    if (maintenance)
        return {IncidentStatus::Scheduled, IncidentStatus::InProgress, IncidentStatus::Verifying,
                IncidentStatus::Completed};
    return {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
            IncidentStatus::Resolved};
}
