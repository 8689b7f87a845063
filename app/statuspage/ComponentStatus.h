#pragma once

#include "incident/Impact.h"
#include "monitor/ServiceState.h"

#include <QString>

// What a public status page says of one component, in the common status-page vocabulary.
enum class ComponentStatus : int
{
    Operational = 0,
    UnderMaintenance = 1,
    DegradedPerformance = 2,
    PartialOutage = 3,
    MajorOutage = 4,
};

// "operational", "under_maintenance", "degraded_performance", "partial_outage", "major_outage": the keys of
// the Statuspage API, used in summary.json and as CSS class names.
QString componentStatusKey(ComponentStatus status);
// What the checks alone say. A paused service is taken as under maintenance (pausing a check is what people
// do for planned work) and a service without a confirmed result yet as operational: a status page has no
// "unknown", and saying "outage" without evidence would alarm everybody.
ComponentStatus componentStatusFromState(ServiceState state);
ComponentStatus componentStatusFromImpact(Impact impact);
// The worse of the two; the enum's order is the order of gravity (maintenance is planned, so it is milder
// than any unplanned trouble).
ComponentStatus worseComponentStatus(ComponentStatus a, ComponentStatus b);
