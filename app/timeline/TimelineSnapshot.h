#pragma once

#include "monitor/StateChange.h"

#include <QHash>
#include <QList>
#include <QMetaType>

// The state changes of every service over a period, as the store returns them for the timeline: for each
// service, the last change before fromMs (if any) followed by the changes in [fromMs, toMs), in time order.
struct TimelineSnapshot
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QHash<qint64, QList<StateChange>> changesByService;
};

Q_DECLARE_METATYPE(TimelineSnapshot)
