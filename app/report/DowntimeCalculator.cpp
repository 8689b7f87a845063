#include "report/DowntimeCalculator.h"

#include "timeline/BandBuilder.h"

#include <algorithm>

ServiceDowntime DowntimeCalculator::compute(const AffectedService& service, QList<StateChange> changes,
                                            qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    ServiceDowntime result;
    result.serviceId = service.serviceId;
    result.serviceName = service.serviceName;
    result.impact = service.impact;
    const qint64 end = std::min(toMs, nowMs);
    if (end <= fromMs)
        return result;
    result.windowMs = end - fromMs;
    // The store gives them in time order; a caller that merged several sources may not.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const StateChange& a, const StateChange& b) { return a.atMs < b.atMs; });
    const QList<StateBand> bands = BandBuilder::build(service.serviceId, changes, fromMs, toMs, nowMs);
    for (const StateBand& band : bands) {
        const qint64 start = std::max(band.startMs, fromMs);
        const qint64 stop = std::min(band.endMs, end);
        if (stop <= start)
            continue;
        if (!band.known || band.state == ServiceState::Unknown || band.state == ServiceState::Paused) {
            result.noDataMs += stop - start;
        } else if (band.state == ServiceState::Down) {
            result.downMs += stop - start;
            if (result.firstDownMs == 0)
                result.firstDownMs = start;
        } else if (band.state == ServiceState::Degraded) {
            result.degradedMs += stop - start;
        } else if (band.state == ServiceState::Up && start > fromMs) {
            result.lastUpMs = start;
        }
    }
    return result;
}

QList<ServiceDowntime>
DowntimeCalculator::forIncident(const Incident& incident,
                                const QHash<qint64, QList<StateChange>>& changesByService, qint64 fromMs,
                                qint64 toMs, qint64 nowMs)
{
    QList<ServiceDowntime> rows;
    rows.reserve(incident.affected.size());
    for (const AffectedService& service : incident.affected)
        rows.append(compute(service, changesByService.value(service.serviceId), fromMs, toMs, nowMs));
    return rows;
}
