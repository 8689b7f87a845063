#pragma once

#include "incident/Impact.h"

#include <QString>
#include <QtGlobal>

// How long one affected service was down and degraded within an incident's window (DowntimeCalculator).
struct ServiceDowntime
{
    qint64 serviceId = 0;
    QString serviceName;
    Impact impact = Impact::MajorOutage;
    qint64 downMs = 0;
    qint64 degradedMs = 0;
    qint64 noDataMs = 0;    // time without a confirmed state (no check yet, Vigie stopped, paused)
    qint64 windowMs = 0;    // the part of the window already past (open incidents end now)
    qint64 firstDownMs = 0; // the first moment DOWN within the window; 0 when never
    qint64 lastUpMs = 0;    // when it was last seen coming back UP within the window; 0 when not

    bool operator==(const ServiceDowntime&) const = default;
};
