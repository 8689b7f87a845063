#include "charts/LatencyDecimator.h"

#include <cmath>

int LatencyDecimator::columnOf(double x, double fromX, double toX, int columns)
{
    columns = qMax(1, columns);
    if (x < fromX || x > toX)
        return -1;
    const double span = toX - fromX;
    if (span <= 0)
        return 0;
    const int column = static_cast<int>(std::floor((x - fromX) / span * columns));
    return qBound(0, column, columns - 1);
}

QList<QPointF> LatencyDecimator::minMaxPerColumn(const QList<QPointF>& points, double fromX, double toX,
                                                 int columns)
{
    columns = qMax(1, columns);
    QList<QPointF> out;
    if (points.size() <= columns) {
        // Nothing to reduce; still honour the range.
        for (const QPointF& p : points) {
            if (columnOf(p.x(), fromX, toX, columns) >= 0)
                out.append(p);
        }
        return out;
    }
    out.reserve(2 * columns);
    int current = -1;
    QPointF low;
    QPointF high;
    const auto flush = [&] {
        if (current < 0)
            return;
        if (low == high) {
            out.append(low);
        } else if (low.x() <= high.x()) {
            out.append(low);
            out.append(high);
        } else {
            out.append(high);
            out.append(low);
        }
    };
    for (const QPointF& p : points) {
        const int column = columnOf(p.x(), fromX, toX, columns);
        if (column < 0)
            continue;
        if (column != current) {
            flush();
            current = column;
            low = p;
            high = p;
            continue;
        }
        if (p.y() < low.y())
            low = p;
        if (p.y() > high.y())
            high = p;
    }
    flush();
    return out;
}

QList<QPointF> LatencyDecimator::maxPerColumn(const QList<QPointF>& points, double fromX, double toX,
                                              int columns)
{
    columns = qMax(1, columns);
    QList<QPointF> out;
    int current = -1;
    for (const QPointF& p : points) {
        const int column = columnOf(p.x(), fromX, toX, columns);
        if (column < 0)
            continue;
        if (column != current) {
            out.append(p);
            current = column;
        } else if (p.y() > out.last().y()) {
            out.last() = p;
        }
    }
    return out;
}
