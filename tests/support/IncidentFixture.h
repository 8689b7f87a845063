#pragma once

#include "incident/Incident.h"

#include <QDateTime>
#include <QStringList>

// A complete incident for message tests: three affected services, a summary, a start, next-update and
// resolution times, in Europe/Paris. Times are fixed UTC instants so that expected texts can be written by
// hand: started 2026-03-03 13:05 UTC (14:05 in Paris, UTC+1), "now" 14:30 UTC (1 h 25 min later).
class IncidentFixture
{
public:
    static qint64 utc(int year, int month, int day, int hour, int minute);
    static qint64 startedMs() { return utc(2026, 3, 3, 13, 5); }
    static qint64 nowMs() { return utc(2026, 3, 3, 14, 30); }
    static qint64 nextUpdateMs() { return utc(2026, 3, 3, 15, 0); }
    static qint64 estimatedResolutionMs() { return utc(2026, 3, 3, 16, 0); }

    // `names` are the three affected services (major outage, partial outage, degraded performance).
    static Incident full(const QStringList& names = {QStringLiteral("API"), QStringLiteral("Website"),
                                                     QStringLiteral("Login")},
                         const QString& summary = QStringLiteral("Some payments fail at checkout."));
    // A maintenance of API from 2026-03-03 21:00 to 22:30 UTC, planned in Europe/Paris.
    static Incident maintenance();
};
