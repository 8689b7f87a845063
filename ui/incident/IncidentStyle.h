#pragma once

#include "incident/IncidentEvent.h"
#include "incident/IncidentStatus.h"
#include "incident/Severity.h"

#include <QColor>
#include <QIcon>

// How incidents look, in one place: the list, the detail pane and the timeline agree on what SEV1 red and a
// public event look like. Icons carry a shape as well as a colour so that they read without colour vision.
class IncidentStyle
{
public:
    IncidentStyle() = delete;

    static QColor severityColor(Severity severity);
    // A badge with the level's number; cached.
    static QIcon severityIcon(Severity severity);
    // Text colour for a status: open ones stand out, closed ones recede.
    static QColor statusTextColor(IncidentStatus status);
    // Public events are blue with a globe; internal ones grey with a padlock.
    static QColor visibilityColor(IncidentEvent::Visibility visibility);
    static QIcon visibilityIcon(IncidentEvent::Visibility visibility);
    static QString visibilityLabel(IncidentEvent::Visibility visibility); // translated
    // The style sheet of the "DRILL" tag, the same wherever a drill shows.
    static QString drillBadgeStyleSheet();
    static QColor drillColor();
};
