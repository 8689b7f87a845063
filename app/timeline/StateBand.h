#pragma once

#include "monitor/ServiceState.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One stretch of time during which a service was in one state: what the timeline paints. Times are UTC ms
// since the epoch, half-open [startMs, endMs). A band with `known == false` is a gap with no data (before the
// first check, or after a stop of the app), painted as "no data".
struct StateBand
{
    qint64 serviceId = 0;
    ServiceState state = ServiceState::Unknown;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString reason; // the reason of the change that began the band
    bool known = true;

    qint64 durationMs() const { return endMs - startMs; }
    bool operator==(const StateBand&) const = default;
};

Q_DECLARE_METATYPE(StateBand)
