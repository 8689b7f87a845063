#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// The status of an incident in status-page vocabulary. Maintenances use their own four; stored as the key.
enum class IncidentStatus : int
{
    Investigating = 0,
    Identified = 1,
    Monitoring = 2,
    Resolved = 3,
    // scheduled maintenance
    Scheduled = 10,
    InProgress = 11,
    Verifying = 12,
    Completed = 13,
};

QString incidentStatusKey(IncidentStatus status); // "investigating", "in_progress", ...
bool incidentStatusFromKey(const QString& key, IncidentStatus* out);
QString incidentStatusLabel(IncidentStatus status); // translated
// Resolved and Completed end an incident; everything else is open.
bool isClosedStatus(IncidentStatus status);
bool isMaintenanceStatus(IncidentStatus status);
// The statuses an incident (or a maintenance) moves through, in order.
QList<IncidentStatus> incidentStatuses(bool maintenance);

Q_DECLARE_METATYPE(IncidentStatus)
