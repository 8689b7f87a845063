#include "store/UptimeCalculator.h"

#include <algorithm>

namespace {

void account(ServiceState state, qint64 span, qint64* upMs, qint64* knownMs)
{
    if (span <= 0)
        return;
    switch (state) {
    case ServiceState::Up:
    case ServiceState::Degraded:
        *upMs += span;
        *knownMs += span;
        break;
    case ServiceState::Down:
        *knownMs += span;
        break;
    case ServiceState::Unknown:
    case ServiceState::Paused:
        break;
    }
}

} // namespace

double UptimeCalculator::uptimePercent(ServiceState stateAtFrom, const QList<StateChange>& changes,
                                       qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return -1;
    qint64 upMs = 0;
    qint64 knownMs = 0;
    ServiceState state = stateAtFrom;
    qint64 segmentStart = fromMs;
    for (const StateChange& change : changes) {
        if (change.atMs <= fromMs) {
            state = change.to;
            continue;
        }
        if (change.atMs >= toMs)
            break;
        account(state, change.atMs - segmentStart, &upMs, &knownMs);
        state = change.to;
        segmentStart = change.atMs;
    }
    account(state, toMs - segmentStart, &upMs, &knownMs);
    if (knownMs == 0)
        return -1;
    return 100.0 * double(upMs) / double(knownMs);
}
