#pragma once

#include "monitor/CheckResult.h"
#include "monitor/ServiceState.h"
#include "monitor/StateChange.h"

#include <QList>
#include <QMetaType>

// One per-minute rollup of a service's results (kept after raw results are pruned).
struct RollupPoint
{
    qint64 minuteMs = 0; // start of the minute, UTC ms since epoch
    int count = 0;
    int failures = 0;
    double minMs = 0;
    double avgMs = 0;
    double maxMs = 0;
    double p95Ms = 0;

    bool operator==(const RollupPoint&) const = default;
};

// What the detail pane shows for one service over a period.
struct ServiceHistory
{
    qint64 serviceId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<RollupPoint> rollups;
    QList<StateChange> changes;
    // The raw results, oldest first, only for a period short enough to zoom in close (see HistoryReader);
    // empty otherwise.
    QList<CheckResult> results;
};

// What the board shows for one service when the cockpit opens, before live results arrive.
struct ServiceSummary
{
    qint64 serviceId = 0;
    ServiceState state = ServiceState::Unknown;
    qint64 sinceMs = 0;
    QString reason;
    double uptime24hPercent = -1; // -1: no data
    int lastLatencyMs = -1;       // -1: no data
};

Q_DECLARE_METATYPE(RollupPoint)
Q_DECLARE_METATYPE(ServiceHistory)
Q_DECLARE_METATYPE(ServiceSummary)
