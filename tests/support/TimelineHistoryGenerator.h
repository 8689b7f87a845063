#pragma once

#include "config/ServiceDefinition.h"
#include "timeline/StateBand.h"

#include <QHash>
#include <QList>

// A believable week (or any period) of outages for a set of services, for timeline tests and screenshots:
// mostly up, a few short outages and slow periods per service, a maintenance pause, a gap with no data, and
// one shared incident that takes several services down at once. Deterministic for a given seed.
class TimelineHistoryGenerator
{
public:
    static QList<ServiceDefinition> services(int count);
    static QHash<qint64, QList<StateBand>> bands(const QList<ServiceDefinition>& services, qint64 fromMs,
                                                 qint64 toMs, quint32 seed = 7);
};
