#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// One line of an incident's own timeline. The timeline fills itself: Vigie appends an event for every state
// change of an affected service, status change, checklist tick, note, message drafted, approved and
// published; people add notes and status reports. Events are never edited once stored.
struct IncidentEvent
{
    enum class Kind : int
    {
        Declared = 0,
        ServiceState = 1,  // an affected service changed state (from the checks)
        StatusChanged = 2, // Investigating -> Identified, ...
        SeverityChanged = 3,
        ServiceAffected = 4, // a service added, removed or its impact changed
        KeyMoment = 5,       // a key moment set or corrected
        StepDone = 6,        // a checklist step ticked
        StepSkipped = 7,
        Note = 8,
        StatusReport = 9, // internal status report: conditions, actions, needs
        MessageDrafted = 10,
        MessageApproved = 11,
        MessagePublished = 12,
        PromiseMade = 13, // "next update by 14:30", "resolution expected by ..."
        PromiseKept = 14,
        PromiseMissed = 15,
        FieldChanged = 16,    // title, commander, summary, ...
        DeliveryProblem = 17, // an approved message did not reach a channel (failed, cancelled)
    };
    enum class Visibility : int
    {
        Internal = 0,
        Public = 1,
    };

    QString id; // UUID, assigned on creation
    QString incidentId;
    qint64 atMs = 0; // UTC
    QString author;  // who did it; "Vigie" for what the checks saw
    Kind kind = Kind::Note;
    Visibility visibility = Visibility::Internal;
    QString text; // the sentence shown in the timeline (already worded; notes as typed)
    QString
        detail; // kind-specific machine-readable detail (a step id, a draft id, a JSON object), may be empty

    static QString kindKey(Kind kind); // "declared", "service_state", ...
    static bool kindFromKey(const QString& key, Kind* out);
    static QString kindLabel(Kind kind); // translated

    bool operator==(const IncidentEvent&) const = default;
};

Q_DECLARE_METATYPE(IncidentEvent)
