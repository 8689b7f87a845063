#include "timeline/BandBuilder.h"

#include <algorithm>

namespace {

bool sameLook(const StateBand& a, const StateBand& b)
{
    return a.state == b.state && a.known == b.known;
}

// Appends, joining the band to the previous one when it continues it in the same state.
void appendJoined(QList<StateBand>* bands, const StateBand& band)
{
    if (band.endMs <= band.startMs)
        return;
    if (!bands->isEmpty() && sameLook(bands->last(), band) && bands->last().endMs == band.startMs) {
        bands->last().endMs = band.endMs;
        return;
    }
    bands->append(band);
}

StateBand bandFor(qint64 serviceId, ServiceState state, const QString& reason, bool known)
{
    StateBand band;
    band.serviceId = serviceId;
    band.state = state;
    band.reason = reason;
    band.known = known && state != ServiceState::Unknown;
    return band;
}

} // namespace

QList<StateBand> BandBuilder::build(qint64 serviceId, const QList<StateChange>& changes, qint64 fromMs,
                                    qint64 toMs, qint64 nowMs)
{
    QList<StateBand> bands;
    const qint64 endMs = std::min(toMs, nowMs);
    if (endMs <= fromMs)
        return bands;
    StateBand current = bandFor(serviceId, ServiceState::Unknown, QString(), false);
    current.startMs = fromMs;
    for (const StateChange& change : changes) {
        if (change.atMs >= endMs)
            break;
        StateBand next = bandFor(serviceId, change.to, change.reason, true);
        next.startMs = std::max(change.atMs, fromMs);
        if (change.atMs > fromMs) {
            if (sameLook(current, next))
                continue; // a repeated state extends the band it is in
            current.endMs = change.atMs;
            appendJoined(&bands, current);
        }
        current = next;
    }
    current.endMs = endMs;
    appendJoined(&bands, current);
    return bands;
}

int BandBuilder::paintRank(const StateBand& band)
{
    if (!band.known)
        return 1;
    switch (band.state) {
    case ServiceState::Paused:
        return 0;
    case ServiceState::Unknown:
        return 1;
    case ServiceState::Up:
        return 2;
    case ServiceState::Degraded:
        return 3;
    case ServiceState::Down:
        return 4;
    }
    return 0;
}

QList<StateBand> BandBuilder::merge(const QList<StateBand>& bands, qint64 minWidthMs)
{
    QList<StateBand> merged;
    QList<StateBand> rest = bands;
    qsizetype i = 0;
    while (i < rest.size()) {
        StateBand group = rest.at(i++);
        if (group.durationMs() >= minWidthMs) {
            appendJoined(&merged, group);
            continue;
        }
        StateBand worst = group;
        while (group.durationMs() < minWidthMs && i < rest.size()) {
            StateBand& next = rest[i];
            const qint64 missing = minWidthMs - group.durationMs();
            if (paintRank(next) > paintRank(worst))
                worst = next;
            if (next.durationMs() <= missing) {
                group.endMs = next.endMs;
                ++i;
            } else {
                // Only a slice of a wide neighbour joins; the neighbour keeps the rest.
                group.endMs += missing;
                next.startMs = group.endMs;
            }
        }
        StateBand out = worst;
        out.startMs = group.startMs;
        out.endMs = group.endMs;
        appendJoined(&merged, out);
    }
    return merged;
}
