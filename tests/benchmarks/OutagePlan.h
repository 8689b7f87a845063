#pragma once

#include "monitor/StateChange.h"

#include <QList>
#include <QRandomGenerator>

// A believable 90 days (or any period) of state changes for one service, for the timeline benchmark: a few
// short outages a week, incidents shared with other services of the same group (the same minutes for all of
// them), slow periods, and for some services a maintenance pause. Deterministic for a given seed.
class OutagePlan
{
public:
    // An incident that takes down several services of one group at once.
    struct SharedIncident
    {
        int groupIndex = 0;
        qint64 startMs = 0;
        qint64 durationMs = 0;
        int share = 100; // percent of the group's services it reaches
    };

    static QList<SharedIncident> sharedIncidents(int groupCount, qint64 fromMs, qint64 toMs, quint32 seed);
    // Time-ordered changes of one service over [fromMs, toMs): Unknown -> Up at fromMs, then the rest.
    static QList<StateChange> changes(qint64 serviceId, int groupIndex, const QList<SharedIncident>& shared,
                                      qint64 fromMs, qint64 toMs, quint32 seed);
};
