#pragma once

#include "report/OutageChart.h"

#include <QString>

// The outage chart as an SVG element, to be inlined in the HTML report: no font file, no image, no
// reference to anything outside the element.
class OutageChartSvg
{
public:
    // `width` in points; the SVG scales with the page (viewBox) and keeps its proportions.
    static QString render(const OutageChart& chart, qreal width);
};
