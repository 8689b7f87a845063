#pragma once

#include <QCoreApplication>

#include "monitor/ServiceState.h"
#include "timeline/TimelineFrame.h"

#include <QFont>
#include <QPalette>

class QPainter;
class TimelineModel;

// Draws one frame of the timeline: the names column, the time axis, the band rows (or the day bars in compact
// mode), the now line and a rubber band. Stateless between calls; the view and the exporters both use it.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    TimelinePainter(const TimelineModel& model, const TimelineFrame& frame, const QPalette& palette,
                    const QFont& font);

    void paint(QPainter& p, const QSize& size) const;

    static QColor noDataColor();
    static QColor noDataHatchColor();
    static QColor nowLineColor();

private:
    void paintRowBackgrounds(QPainter& p, const QSize& size) const;
    void paintGrid(QPainter& p, const QRect& plot) const;
    void paintBands(QPainter& p, const QRect& plot) const;
    void paintDayBars(QPainter& p, const QRect& plot) const;
    void paintIncidents(QPainter& p, const QRect& plot) const;
    void paintNames(QPainter& p, const QSize& size) const;
    void paintAxis(QPainter& p, const QSize& size, const QRect& plot) const;
    void paintNowLine(QPainter& p, const QRect& plot, int height) const;
    void fillSpan(QPainter& p, const QRect& r, ServiceState state, bool known) const;
    QRect rowRect(const TimelineRowSlot& row, const QRect& plot) const;

    const TimelineModel& m_model;
    const TimelineFrame& m_frame;
    QPalette m_palette;
    QFont m_font;
};
