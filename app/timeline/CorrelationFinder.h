#pragma once

#include "timeline/CorrelatedChange.h"
#include "timeline/StateBand.h"
#include "timeline/TimelineSnapshot.h"

#include <QList>

// Finds the changes of other services near a selected band, so that a shared cause (one provider, one data
// centre) shows up. Pure.
class CorrelationFinder
{
public:
    static constexpr qint64 DefaultWindowMs = 15 * 60 * 1000;

    // Changes of services other than band.serviceId with atMs within windowMs (inclusive) of the band's start
    // or of its end, nearest to the start first (ties: earlier first, then by service id).
    static QList<CorrelatedChange> find(const TimelineSnapshot& snapshot, const StateBand& band,
                                        qint64 windowMs = DefaultWindowMs);
};
