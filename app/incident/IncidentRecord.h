#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"
#include "incident/IncidentEvent.h"
#include "incident/MessagePromise.h"

#include <QList>
#include <QMetaType>

// Everything the store keeps about one incident: its facts, its timeline in time order, its messages and
// the promises they made. What the store loads at start-up and the desk holds in memory.
struct IncidentRecord
{
    Incident incident;
    QList<IncidentEvent> events;
    QList<MessageDraft> drafts;
    QList<MessagePromise> promises;

    bool operator==(const IncidentRecord&) const = default;
};

Q_DECLARE_METATYPE(IncidentRecord)
