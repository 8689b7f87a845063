#include "timeline/TimelinePainter.h"

#include "style/StateStyle.h"
#include "timeline/DayBars.h"
#include "timeline/IncidentSpans.h"
#include "timeline/PixelBands.h"
#include "timeline/TimeAxisTicks.h"
#include "timeline/TimelineModel.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

const QColor kNameBackground(0xf6, 0xf7, 0xf9);
const QColor kGroupBackground(0xec, 0xef, 0xf3);
const QColor kStripe(0xfa, 0xfb, 0xfc);
const QColor kSeparator(0xdc, 0xe0, 0xe6);
const QColor kMinorGrid(0xea, 0xec, 0xf0);
const QColor kMajorGrid(0xc4, 0xca, 0xd3);
const QColor kAxisText(0x5a, 0x62, 0x6e);
const QColor kNameText(0x24, 0x29, 0x30);

} // namespace

TimelinePainter::TimelinePainter(const TimelineModel& model, const TimelineFrame& frame,
                                 const QPalette& palette, const QFont& font)
    : m_model(model), m_frame(frame), m_palette(palette), m_font(font)
{}

QColor TimelinePainter::noDataColor()
{
    return QColor(0xee, 0xf0, 0xf3);
}

QColor TimelinePainter::noDataHatchColor()
{
    return QColor(0xd3, 0xd7, 0xdd);
}

QColor TimelinePainter::nowLineColor()
{
    return QColor(0x1d, 0x4e, 0xd8);
}

QRect TimelinePainter::rowRect(const TimelineRowSlot& row, const QRect& plot) const
{
    return QRect(plot.left(), TimelineFrame::kAxisHeight + row.top - m_frame.scrollY, plot.width(),
                 row.height);
}

void TimelinePainter::paint(QPainter& p, const QSize& size) const
{
    const QRect plot = TimelineFrame::plotRect(size);
    p.save();
    p.setFont(m_font);
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    paintRowBackgrounds(p, size);
    p.save();
    p.setClipRect(QRect(plot.left(), plot.top(), size.width() - plot.left(), plot.height()));
    if (m_frame.compact) {
        paintDayBars(p, plot);
    } else {
        paintGrid(p, plot);
        paintBands(p, plot);
        paintIncidents(p, plot);
    }
    p.restore();
    paintNames(p, size);
    paintAxis(p, size, plot);
    if (!m_frame.compact)
        paintNowLine(p, plot, size.height());
    if (m_frame.rubberX0 >= 0 && m_frame.rubberX1 >= 0) {
        const int x0 = qMin(m_frame.rubberX0, m_frame.rubberX1);
        const int x1 = qMax(m_frame.rubberX0, m_frame.rubberX1);
        QColor fill = nowLineColor();
        fill.setAlpha(40);
        p.fillRect(QRect(x0, plot.top(), x1 - x0, plot.height()), fill);
        p.setPen(QPen(nowLineColor(), 1, Qt::DashLine));
        p.drawRect(QRect(x0, plot.top(), x1 - x0, plot.height() - 1));
    }
    p.restore();
}

void TimelinePainter::paintRowBackgrounds(QPainter& p, const QSize& size) const
{
    int serviceIndex = 0;
    for (int i = 0; i < m_frame.rows.size(); ++i) {
        const TimelineRowSlot& row = m_frame.rows.at(i);
        const QRect r(0, TimelineFrame::kAxisHeight + row.top - m_frame.scrollY, size.width(), row.height);
        if (r.bottom() < TimelineFrame::kAxisHeight || r.top() > size.height())
            continue;
        if (row.group) {
            p.fillRect(r, kGroupBackground);
            serviceIndex = 0;
        } else if (serviceIndex++ % 2 == 1) {
            p.fillRect(r, kStripe);
        }
        if (i == m_frame.focusedRow) {
            QColor focus = m_palette.color(QPalette::Highlight);
            focus.setAlpha(38);
            p.fillRect(r, focus);
        }
    }
}

void TimelinePainter::paintGrid(QPainter& p, const QRect& plot) const
{
    const TimelineRange& range = m_frame.range;
    const int bottom =
        qMin(plot.bottom(), TimelineFrame::kAxisHeight + m_frame.contentHeight() - m_frame.scrollY);
    for (const TimeTick& tick :
         TimeAxisTicks::ticks(range.fromMs(), range.toMs(), plot.width(), m_frame.zone)) {
        const int x = plot.left() + int((tick.ms - range.fromMs()) * plot.width() / range.spanMs());
        p.setPen(tick.major ? kMajorGrid : kMinorGrid);
        p.drawLine(x, plot.top(), x, bottom);
    }
}

void TimelinePainter::fillSpan(QPainter& p, const QRect& r, ServiceState state, bool known) const
{
    if (!known) {
        p.fillRect(r, noDataColor());
        p.fillRect(r, QBrush(noDataHatchColor(), Qt::BDiagPattern));
        return;
    }
    p.fillRect(r, StateStyle::colorFor(state));
}

void TimelinePainter::paintBands(QPainter& p, const QRect& plot) const
{
    const TimelineRange& range = m_frame.range;
    for (const TimelineRowSlot& row : m_frame.rows) {
        const QRect r = rowRect(row, plot);
        if (r.bottom() < plot.top() || r.top() > plot.bottom())
            continue;
        const auto bands = row.index.data(TimelineModel::BandsRole).value<QList<StateBand>>();
        // Group rows show the worst of their services as a thin strip, service rows as a full bar.
        const QRect bar =
            row.group ? QRect(r.left(), r.center().y() - 3, r.width(), 7) : r.adjusted(0, 4, 0, -4);
        for (const PixelSpan& span : PixelBands::plan(bands, range.fromMs(), range.toMs(), plot.width()))
            fillSpan(p, QRect(bar.left() + span.x0, bar.top(), span.width(), bar.height()), span.state,
                     span.known);
    }
}

void TimelinePainter::paintIncidents(QPainter& p, const QRect& plot) const
{
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() > 0 ? m_font.pointSizeF() * 0.85 : 7);
    small.setBold(true);
    const QFontMetrics fm(small);
    p.save();
    p.setFont(small);
    for (const IncidentSpan& span : IncidentSpans::layout(m_model, m_frame, plot, fm)) {
        const QColor color = IncidentSpans::colorFor(span.incident);
        QColor fill = color;
        fill.setAlpha(28);
        for (const QRect& r : span.rects) {
            p.fillRect(r, span.incident.isMaintenance() ? QBrush(fill, Qt::BDiagPattern) : QBrush(fill));
            // A dashed frame reads as "over" the bands without hiding their colours.
            p.setPen(QPen(color, 1.5, span.incident.drill ? Qt::DotLine : Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
        p.fillRect(span.label, color);
        p.setPen(Qt::white);
        p.drawText(span.label, Qt::AlignCenter, span.incident.reference);
    }
    p.restore();
}

void TimelinePainter::paintDayBars(QPainter& p, const QRect& plot) const
{
    const int days = TimelineFrame::kCompactDays;
    const double slot = double(plot.width()) / days;
    const int gap = slot >= 4 ? 1 : 0;
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const TimelineRowSlot& row : m_frame.rows) {
        if (row.group)
            continue;
        const QRect r = rowRect(row, plot);
        if (r.bottom() < plot.top() || r.top() > plot.bottom())
            continue;
        const auto bands = row.index.data(TimelineModel::BandsRole).value<QList<StateBand>>();
        const QList<DayBar> bars = DayBars::compute(bands, days, m_frame.nowMs, m_frame.zone);
        for (int d = 0; d < bars.size(); ++d) {
            const int x0 = plot.left() + int(d * slot);
            const int x1 = plot.left() + int((d + 1) * slot) - gap;
            const QRect cell(x0, r.top() + 3, qMax(1, x1 - x0), r.height() - 6);
            const DayBar& bar = bars.at(d);
            // Plain grey rather than the hatch: ninety small hatched cells read as noise.
            if (bar.hasData)
                p.fillRect(cell, StateStyle::colorFor(bar.worst));
            else
                p.fillRect(cell, noDataColor());
        }
    }
}

void TimelinePainter::paintNames(QPainter& p, const QSize& size) const
{
    const QRect column(0, TimelineFrame::kAxisHeight, TimelineFrame::kNameWidth, size.height());
    p.save();
    p.setClipRect(column);
    const QFontMetrics fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    int serviceIndex = 0;
    for (int i = 0; i < m_frame.rows.size(); ++i) {
        const TimelineRowSlot& row = m_frame.rows.at(i);
        const QRect r(0, TimelineFrame::kAxisHeight + row.top - m_frame.scrollY, TimelineFrame::kNameWidth,
                      row.height);
        if (r.bottom() < column.top() || r.top() > size.height())
            continue;
        const auto state = ServiceState(row.index.data(TimelineModel::StateRole).toInt());
        const QString name = row.index.data(Qt::DisplayRole).toString();
        if (row.group) {
            serviceIndex = 0;
            p.fillRect(r, kGroupBackground);
            // A small triangle: pointing right when collapsed, down when expanded.
            const QPointF c(r.left() + 12, r.center().y() + 0.5);
            QPainterPath arrow;
            if (row.expanded) {
                arrow.moveTo(c.x() - 4, c.y() - 2);
                arrow.lineTo(c.x() + 4, c.y() - 2);
                arrow.lineTo(c.x(), c.y() + 3);
            } else {
                arrow.moveTo(c.x() - 2, c.y() - 4);
                arrow.lineTo(c.x() + 3, c.y());
                arrow.lineTo(c.x() - 2, c.y() + 4);
            }
            arrow.closeSubpath();
            p.setRenderHint(QPainter::Antialiasing, true);
            p.fillPath(arrow, kAxisText);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setFont(bold);
            p.setPen(kNameText);
            const int count = m_model.rowCount(row.index);
            const QString text =
                QCoreApplication::translate("TimelinePainter", "%1 (%2)").arg(name).arg(count);
            p.drawText(r.adjusted(24, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       QFontMetrics(bold).elidedText(text, Qt::ElideRight, r.width() - 32));
            p.setFont(m_font);
        } else {
            p.fillRect(r, serviceIndex++ % 2 == 1 ? kStripe : kNameBackground);
            StateStyle::iconFor(state).paint(&p, QRect(r.left() + 22, r.center().y() - 6, 12, 12));
            p.setPen(kNameText);
            p.drawText(r.adjusted(40, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fm.elidedText(name, Qt::ElideRight, r.width() - 48));
        }
        if (i == m_frame.focusedRow) {
            QColor focus = m_palette.color(QPalette::Highlight);
            focus.setAlpha(60);
            p.fillRect(r, focus);
        }
    }
    p.restore();
    p.setPen(kSeparator);
    p.drawLine(TimelineFrame::kNameWidth - 1, 0, TimelineFrame::kNameWidth - 1, size.height());
}

void TimelinePainter::paintAxis(QPainter& p, const QSize& size, const QRect& plot) const
{
    const QRect axis(0, 0, size.width(), TimelineFrame::kAxisHeight);
    p.fillRect(axis, Qt::white);
    p.setPen(kSeparator);
    p.drawLine(0, axis.bottom(), size.width(), axis.bottom());
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() > 0 ? m_font.pointSizeF() * 0.9 : 8);
    p.setFont(small);
    p.setPen(kAxisText);
    const QFontMetrics fm(small);
    const QRect title(8, 0, TimelineFrame::kNameWidth - 16, axis.height());
    if (m_frame.compact) {
        p.drawText(title, Qt::AlignVCenter | Qt::AlignLeft, tr("Last 90 days, one bar a day"));
        p.drawText(QRect(plot.left(), 0, plot.width() / 2, axis.height()), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("90 days ago"));
        p.drawText(QRect(plot.center().x(), 0, plot.width() / 2, axis.height()),
                   Qt::AlignVCenter | Qt::AlignRight, tr("Today"));
        p.setFont(m_font);
        return;
    }
    p.drawText(title, Qt::AlignVCenter | Qt::AlignLeft, tr("Service"));
    const TimelineRange& range = m_frame.range;
    p.save();
    p.setClipRect(QRect(plot.left(), 0, size.width() - plot.left(), axis.height()));
    for (const TimeTick& tick :
         TimeAxisTicks::ticks(range.fromMs(), range.toMs(), plot.width(), m_frame.zone)) {
        const int x = plot.left() + int((tick.ms - range.fromMs()) * plot.width() / range.spanMs());
        p.setPen(tick.major ? kMajorGrid : kMinorGrid);
        p.drawLine(x, axis.bottom() - (tick.major ? 10 : 6), x, axis.bottom());
        QFont f = small;
        f.setBold(tick.major);
        p.setFont(f);
        p.setPen(tick.major ? kNameText : kAxisText);
        p.drawText(QRect(x + 4, 4, fm.horizontalAdvance(tick.label) + 24, axis.height() - 10),
                   Qt::AlignVCenter | Qt::AlignLeft, tick.label);
    }
    p.restore();
    p.setFont(m_font);
}

void TimelinePainter::paintNowLine(QPainter& p, const QRect& plot, int height) const
{
    const TimelineRange& range = m_frame.range;
    if (m_frame.nowMs < range.fromMs() || m_frame.nowMs > range.toMs())
        return;
    const int x = plot.left() + int((m_frame.nowMs - range.fromMs()) * plot.width() / range.spanMs());
    p.setPen(QPen(nowLineColor(), 2));
    p.drawLine(x, TimelineFrame::kAxisHeight - 6, x, height);
    QPainterPath marker;
    marker.moveTo(x - 5, TimelineFrame::kAxisHeight - 8);
    marker.lineTo(x + 5, TimelineFrame::kAxisHeight - 8);
    marker.lineTo(x, TimelineFrame::kAxisHeight - 2);
    marker.closeSubpath();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillPath(marker, nowLineColor());
    p.setRenderHint(QPainter::Antialiasing, false);
}
