#pragma once

#include "incident/Incident.h"
#include "monitor/StateChange.h"
#include "report/ServiceDowntime.h"

#include <QHash>
#include <QList>

// Downtime and degraded time of the services an incident affects, from their confirmed state changes,
// within the incident's window [fromMs, toMs). Pure: "now" is a parameter.
//   - a change before the window only tells the state in force at its start (a service already DOWN when the
//     incident began counts from the window's start);
//   - changes at or after the window's end are ignored; time after now (an open incident whose window ends
//     later) counts nowhere;
//   - time with no known state (before the first check, UNKNOWN, PAUSED) is no-data, never downtime.
class DowntimeCalculator
{
public:
    // `changes` are one service's changes, in any order.
    static ServiceDowntime compute(const AffectedService& service, QList<StateChange> changes, qint64 fromMs,
                                   qint64 toMs, qint64 nowMs);
    // One row per affected service, in the incident's order. A service with no change listed has only
    // no-data time.
    static QList<ServiceDowntime> forIncident(const Incident& incident,
                                              const QHash<qint64, QList<StateChange>>& changesByService,
                                              qint64 fromMs, qint64 toMs, qint64 nowMs);
};
