#pragma once

#include "incident/AffectedService.h"
#include "incident/ChecklistMark.h"
#include "incident/IncidentStatus.h"
#include "incident/KeyMoments.h"
#include "incident/Severity.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

// An incident or a scheduled maintenance, as the commander sees it: its facts, not its timeline (events) or
// its messages, which are kept beside it (IncidentRecord). A value type: the desk changes a copy and stores
// it.
struct Incident
{
    enum class Kind : int
    {
        Incident = 0,
        Maintenance = 1,
    };

    QString id;        // UUID, assigned when declared
    QString reference; // "INC-42", "MNT-3": what people say and what messages quote
    Kind kind = Kind::Incident;
    bool drill = false; // a rehearsal: tagged everywhere, publishes only to a sandbox
    QString title;
    Severity severity = Severity::Sev2;
    IncidentStatus status = IncidentStatus::Investigating;
    QList<AffectedService> affected;
    QString commander;
    QString communicationsLead;
    QString customerSummary; // the public description, quoted by templates
    QString internalNotes;   // a free scratch pad; timestamped notes are events
    KeyMoments moments;
    qint64 declaredAtMs = 0;
    // Messages are worded for this zone (IANA id, e.g. "Europe/Paris"); empty: the system zone.
    QString timeZoneId;
    // Set by a message's promise or by hand; 0 when none.
    qint64 nextUpdateDueMs = 0;
    qint64 estimatedResolutionMs = 0;
    QString playbookId;
    QList<ChecklistMark> marks;
    // Maintenance only: the window, in UTC, and the zone it was planned in.
    qint64 windowStartMs = 0;
    qint64 windowEndMs = 0;
    QString windowTimeZoneId;

    bool isOpen() const { return !isClosedStatus(status); }
    bool isMaintenance() const { return kind == Kind::Maintenance; }
    bool affects(qint64 serviceId) const;
    std::optional<AffectedService> affectedService(qint64 serviceId) const;
    // The last mark for a step's occurrence, if any.
    std::optional<ChecklistMark> mark(const QString& stepId, int occurrence = 1) const;
    // How many occurrences of a repeating step are marked.
    int markCount(const QString& stepId) const;
    // True while a maintenance's window covers `atMs` and it is not completed.
    bool maintenanceCovers(qint64 atMs) const;

    static QString kindKey(Kind kind); // "incident", "maintenance"
    static bool kindFromKey(const QString& key, Kind* out);

    bool operator==(const Incident&) const = default;
};

Q_DECLARE_METATYPE(Incident)
