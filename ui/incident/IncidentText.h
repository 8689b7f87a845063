#pragma once

#include "incident/Incident.h"

#include <QString>
#include <QtGlobal>

// Words for incident facts that several views show the same way.
class IncidentText
{
public:
    IncidentText() = delete;

    // A span between two moments: "45 s", "12 min", "3 h 05 min", "2 d 4 h". A negative span (moments out of
    // order) keeps its sign so that it is seen, not hidden.
    static QString span(qint64 ms);
    // "Checkout API, Payments DB"; the impacts too when withImpact.
    static QString services(const Incident& incident, bool withImpact = false);
    // When it began: the window start for a maintenance, the started moment otherwise.
    static qint64 startedMs(const Incident& incident);
    // How long it lasted, or lasts so far when open; 0 when it has not started.
    static qint64 durationMs(const Incident& incident, qint64 nowMs);
    static QString kindLabel(Incident::Kind kind); // translated
};
