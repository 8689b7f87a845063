#pragma once

#include "incident/AffectedService.h"
#include "incident/Incident.h"
#include "incident/Severity.h"

#include <QList>
#include <QString>
#include <QtGlobal>

// What a person (or the auto-declare rule) fills in to open an incident or plan a maintenance. Anything left
// at 0 or empty gets the desk's default (started = detected = now, the current user as commander).
struct DeclareRequest
{
    Incident::Kind kind = Incident::Kind::Incident;
    bool drill = false;
    QString title;
    Severity severity = Severity::Sev2;
    QList<AffectedService> affected;
    QString customerSummary;
    QString internalNotes;
    QString commander;
    QString communicationsLead;
    qint64 startedAtMs = 0;  // when the problem began (the first DOWN the checks saw)
    qint64 detectedAtMs = 0; // when it was detected (the first alert)
    QString timeZoneId;
    QString playbookId;
    // Maintenance only.
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    QString windowTimeZoneId;
    // Who or what declared it, for the timeline ("Vigie" for the auto-declare rule).
    QString declaredBy;
};
