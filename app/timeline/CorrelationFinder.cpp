#include "timeline/CorrelationFinder.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

namespace {

bool near(qint64 atMs, qint64 pointMs, qint64 windowMs)
{
    return atMs >= pointMs - windowMs && atMs <= pointMs + windowMs;
}

} // namespace

QList<CorrelatedChange> CorrelationFinder::find(const TimelineSnapshot& snapshot, const StateBand& band,
                                                qint64 windowMs)
{
    QList<CorrelatedChange> found;
    for (auto it = snapshot.changesByService.cbegin(); it != snapshot.changesByService.cend(); ++it) {
        if (it.key() == band.serviceId)
            continue;
        for (const StateChange& change : it.value()) {
            if (!near(change.atMs, band.startMs, windowMs) && !near(change.atMs, band.endMs, windowMs))
                continue;
            found.append(CorrelatedChange{change, change.atMs - band.startMs, change.atMs - band.endMs});
        }
    }
    std::sort(found.begin(), found.end(), [](const CorrelatedChange& a, const CorrelatedChange& b) {
        const qint64 da = std::llabs(a.offsetMs);
        const qint64 db = std::llabs(b.offsetMs);
        return std::tuple(da, a.change.atMs, a.change.serviceId, a.change.id) <
               std::tuple(db, b.change.atMs, b.change.serviceId, b.change.id);
    });
    return found;
}
