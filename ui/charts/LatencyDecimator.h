#pragma once

#include <QList>
#include <QPointF>

// Reduces a time series to what a chart of a given pixel width can show: per pixel column, the lowest and the
// highest point (so spikes survive), in time order. Pure and independent of any chart library.
class LatencyDecimator
{
public:
    LatencyDecimator() = delete;

    // points sorted by x; x outside [fromX, toX] is dropped. Returns at most 2 * columns points.
    static QList<QPointF> minMaxPerColumn(const QList<QPointF>& points, double fromX, double toX,
                                          int columns);
    // For markers: the highest point per column. Returns at most columns points.
    static QList<QPointF> maxPerColumn(const QList<QPointF>& points, double fromX, double toX, int columns);
    // The pixel column of x in [0, columns), or -1 when x lies outside [fromX, toX].
    static int columnOf(double x, double fromX, double toX, int columns);
};
