#pragma once

#include "incident/Incident.h"

#include <QString>

// The page's overall state, as Statuspage's `status.indicator` and the incidents' `impact` name it.
// Ordered by gravity; maintenance sits between "none" and "minor" because it is planned.
enum class PageIndicator : int
{
    None = 0,
    Maintenance = 1,
    Minor = 2,
    Major = 3,
    Critical = 4,
};

// "none", "maintenance", "minor", "major", "critical".
QString pageIndicatorKey(PageIndicator indicator);
// An incident's public impact: a maintenance is "maintenance"; an incident follows its severity (SEV1
// critical, SEV2 major, SEV3 minor, SEV4 none).
PageIndicator incidentImpact(Incident::Kind kind, Severity severity);
