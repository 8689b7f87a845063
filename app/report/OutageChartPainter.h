#pragma once

#include "report/OutageChart.h"

#include <QRectF>

class QPainter;

// Draws the outage chart with a QPainter: on a QPdfWriter the bands and labels stay vector graphics and
// text, so the chart prints sharp at any size and its labels can be searched and extracted.
class OutageChartPainter
{
public:
    // Lays the chart out `widthPoints` wide and scales it into `target` (in the painter's units).
    static void paint(const OutageChart& chart, QPainter* painter, const QRectF& target, qreal widthPoints);
};
