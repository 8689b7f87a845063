#pragma once

#include "incident/IncidentRecord.h"

#include <QString>
#include <QtGlobal>

// Incident records with every field filled (unicode text, both kinds, moments, marks, a maintenance window),
// for tests that store and read them back.
class IncidentFixtures
{
public:
    static constexpr qint64 T0 = 1'750'000'000'000;
    static constexpr qint64 Minute = 60'000;

    static Incident fullIncident(Incident::Kind kind, bool drill);
    static IncidentEvent
    timelineEvent(const QString& incidentId, int n, qint64 atMs, IncidentEvent::Kind kind,
                  IncidentEvent::Visibility visibility = IncidentEvent::Visibility::Internal);
    static MessageDraft draft(const QString& incidentId, const QString& id, ChannelKind channel,
                              const QString& body);
    static MessagePromise promise(const QString& incidentId, const QString& id, MessagePromise::Kind kind,
                                  bool kept);
    // A fully filled record, its events listed in the time order a load gives back.
    static IncidentRecord fullRecord(Incident::Kind kind, bool drill);
};
