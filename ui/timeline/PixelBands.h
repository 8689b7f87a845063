#pragma once

#include "monitor/ServiceState.h"
#include "timeline/StateBand.h"

#include <QList>

// One run of pixel columns painted in one colour: [x0, x1) relative to the left of the plot.
struct PixelSpan
{
    int x0 = 0;
    int x1 = 0;
    ServiceState state = ServiceState::Unknown;
    bool known = true; // false: no data

    int width() const { return x1 - x0; }
    bool operator==(const PixelSpan&) const = default;
};

// Turns bands into what one row paints at a given width: each pixel column gets the worst state of every band
// touching it (so a 30-second outage still shows on a 90-day view), and neighbouring columns of the same
// state merge into one span. A row therefore never paints more rectangles than it has pixel columns, however
// many bands the data holds. Bands of several services may be passed together (a collapsed group shows the
// worst of its services).
class PixelBands
{
public:
    PixelBands() = delete;

    static QList<PixelSpan> plan(const QList<StateBand>& bands, qint64 fromMs, qint64 toMs, int widthPx);
    // Higher wins a pixel column; no data loses against any known state, nothing at all against no data.
    static int rank(const StateBand& band);
    static int rank(ServiceState state, bool known);
};
