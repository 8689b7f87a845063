#pragma once

#include "incident/IncidentStatus.h"
#include "incident/Severity.h"
#include "statuspage/PageIndicator.h"
#include "statuspage/StatusUpdate.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// An incident or a maintenance as the public page shows it: facts fit for the public and the approved
// updates, never the internal notes, the commander or the timeline.
struct StatusIncident
{
    QString id;        // the incident's UUID: stable
    QString reference; // "INC-42"
    QString title;
    bool maintenance = false;
    IncidentStatus status = IncidentStatus::Investigating;
    Severity severity = Severity::Sev2;
    PageIndicator impact = PageIndicator::Major;
    qint64 startedAtMs = 0;
    qint64 resolvedAtMs = 0; // 0 while open
    qint64 updatedAtMs = 0;  // the latest of started, resolved and every update
    // Maintenance only: the planned window, 0 when not set.
    qint64 scheduledForMs = 0;
    qint64 scheduledUntilMs = 0;
    QStringList componentNames;  // the affected components, as named on the page
    QList<StatusUpdate> updates; // newest first

    bool isOpen() const { return !isClosedStatus(status); }

    bool operator==(const StatusIncident&) const = default;
};
