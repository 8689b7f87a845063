#pragma once

#include "monitor/StateChange.h"
#include "timeline/StateBand.h"

#include <QList>

// Turns one service's state changes into the bands the timeline paints and the uptime figures are computed
// from. Pure: no clock, no store; times are UTC ms, so a band across a daylight-saving change keeps its real
// duration and only its display in local time moves.
class BandBuilder
{
public:
    // Bands covering [fromMs, min(toMs, nowMs)), time-ordered, without gaps or overlaps. `changes` are one
    // service's changes in time order: those at or before fromMs only tell the state in force at fromMs (the
    // store passes the last one), those at or after the end are ignored. Time before the first known change
    // and time in the Unknown (pending) state are `known == false` bands; Paused is a band of its own;
    // consecutive changes to the same state extend one band, which keeps the reason of the first.
    static QList<StateBand> build(qint64 serviceId, const QList<StateChange>& changes, qint64 fromMs,
                                  qint64 toMs, qint64 nowMs);

    // Coalesces bands narrower than minWidthMs (a pixel's worth of time) for painting. A run of narrow bands
    // becomes one band of at least minWidthMs, taken from the following band if needed, carrying the worst
    // state in it (see paintRank), so a 10 s outage stays visible on a 90-day axis. The covered span is
    // unchanged; adjacent bands of the same state are joined.
    static QList<StateBand> merge(const QList<StateBand>& bands, qint64 minWidthMs);

    // Higher wins a merge: Down > Degraded > Up > no data > Paused. An outage must never hide behind a
    // healthy stretch, and a measured state says more than a gap in the data.
    static int paintRank(const StateBand& band);
};
