#pragma once

#include "incident/Incident.h"
#include "timeline/TimelineFrame.h"

#include <QColor>
#include <QFontMetrics>
#include <QList>
#include <QRect>

class TimelineModel;

// Where the timeline draws each incident: one rectangle per run of adjacent rows it affects (a collapsed
// group counts when one of its services is affected), over the incident's period — from its start to its
// resolution or now; a maintenance over its window. Shared by the painter and the view's tool tips so that
// what is hovered is what is drawn.
struct IncidentSpan
{
    Incident incident;
    QList<QRect> rects; // viewport coordinates, clipped to the plot
    QRect label;        // the reference tag above the first rectangle
};

class IncidentSpans
{
public:
    static QList<IncidentSpan> layout(const TimelineModel& model, const TimelineFrame& frame,
                                      const QRect& plot, const QFontMetrics& metrics);
    // The period drawn for an incident; end is `nowMs` while open. False when it has no start yet.
    static bool period(const Incident& incident, qint64 nowMs, qint64* fromMs, qint64* toMs);
    static QColor colorFor(const Incident& incident);
    // A tool tip for one incident (reference, title, severity, status, period).
    static QString toolTip(const Incident& incident, qint64 nowMs, const QTimeZone& zone);
};
