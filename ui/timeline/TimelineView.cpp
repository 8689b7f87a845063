#include "timeline/TimelineView.h"

#include "time/Clock.h"
#include "timeline/DayBars.h"
#include "timeline/IncidentSpans.h"
#include "timeline/PixelBands.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineToolTip.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace {

// One wheel notch zooms by this factor: fine enough to aim, coarse enough to go from a year to a minute
// quickly.
constexpr double kWheelZoom = 0.8;
constexpr double kKeyZoom = 0.5;
constexpr int kKeyPanDivisor = 5;

} // namespace

TimelineView::TimelineView(TimelineModel* model, const Clock& clock, QWidget* parent)
    : QAbstractScrollArea(parent), m_model(model), m_clock(clock), m_tick(new QTimer(this)),
      m_zone(QTimeZone::systemTimeZone())
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    setMinimumSize(480, 160);
    m_range = TimelineRange::fromPreset(m_homePreset, m_clock.nowMs());

    connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::rebuildRows);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::rebuildRows);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::rebuildRows);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::rebuildRows);
    connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
    connect(model, &TimelineModel::incidentsChanged, viewport(), qOverload<>(&QWidget::update));
    connect(m_tick, &QTimer::timeout, this, &TimelineView::onTick);
    rebuildRows();
    updateTickInterval();
    m_tick->start();
}

void TimelineView::setRange(const TimelineRange& range)
{
    if (!range.isValid())
        return;
    const bool changed = !(range == m_range);
    m_range = range;
    updateTickInterval();
    viewport()->update();
    if (changed)
        Q_EMIT rangeChanged(m_range);
    requestIfOutsideLoaded();
}

void TimelineView::setPreset(TimelineRange::Preset preset)
{
    if (preset != TimelineRange::Preset::Custom)
        m_homePreset = preset;
    setRange(TimelineRange::fromPreset(preset, m_clock.nowMs()));
}

void TimelineView::resetRange()
{
    setRange(TimelineRange::fromPreset(m_homePreset, m_clock.nowMs()));
}

void TimelineView::setLoadedRange(qint64 fromMs, qint64 toMs)
{
    m_loadedFrom = fromMs;
    m_loadedTo = toMs;
    m_requestedFrom = fromMs;
    m_requestedTo = toMs;
    viewport()->update();
}

void TimelineView::requestIfOutsideLoaded()
{
    const qint64 now = m_clock.nowMs();
    // Loaded data that reached now keeps reaching it: the model grows the live bands.
    const qint64 coveredTo =
        m_requestedTo >= now - TimelineModel::kLiveToleranceMs ? now + m_range.spanMs() : m_requestedTo;
    const bool covered = m_requestedTo > m_requestedFrom && m_range.fromMs() >= m_requestedFrom &&
                         qMin(m_range.toMs(), now) <= coveredTo;
    if (covered)
        return;
    // Ask for some margin on both sides so that the next pan steps need no new query.
    const qint64 margin = m_range.spanMs() / 2;
    m_requestedFrom = m_range.fromMs() - margin;
    m_requestedTo = qMin(m_range.toMs() + margin, now);
    Q_EMIT rangeRequested(m_requestedFrom, m_requestedTo);
}

void TimelineView::setTimeZone(const QTimeZone& zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    viewport()->update();
}

void TimelineView::setCompactMode(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    viewport()->update();
}

void TimelineView::setGroupExpanded(const QString& group, bool expanded)
{
    if (expanded == isGroupExpanded(group))
        return;
    if (expanded)
        m_collapsed.remove(group);
    else
        m_collapsed.insert(group);
    rebuildRows();
}

void TimelineView::rebuildRows()
{
    QString focusedGroup;
    qint64 focusedService = 0;
    if (m_focusedRow >= 0 && m_focusedRow < m_rows.size() && m_rows.at(m_focusedRow).index.isValid()) {
        const QModelIndex idx = m_rows.at(m_focusedRow).index;
        focusedGroup = idx.data(TimelineModel::GroupNameRole).toString();
        focusedService = idx.data(TimelineModel::ServiceIdRole).toLongLong();
    }
    m_rows.clear();
    m_focusedRow = -1;
    int top = 0;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        const QString name = group.data(TimelineModel::GroupNameRole).toString();
        const bool expanded = !m_collapsed.contains(name);
        if (focusedService == 0 && !focusedGroup.isNull() && name == focusedGroup)
            m_focusedRow = int(m_rows.size());
        m_rows.append(TimelineRowSlot{group, true, expanded, top, TimelineFrame::kGroupRowHeight});
        top += TimelineFrame::kGroupRowHeight;
        if (!expanded)
            continue;
        for (int s = 0; s < m_model->rowCount(group); ++s) {
            const QModelIndex service = m_model->index(s, 0, group);
            if (focusedService != 0 &&
                service.data(TimelineModel::ServiceIdRole).toLongLong() == focusedService)
                m_focusedRow = int(m_rows.size());
            m_rows.append(TimelineRowSlot{service, false, true, top, TimelineFrame::kRowHeight});
            top += TimelineFrame::kRowHeight;
        }
    }
    updateScrollBar();
    viewport()->update();
}

void TimelineView::updateScrollBar()
{
    const int visible = viewport()->height() - TimelineFrame::kAxisHeight;
    const int content = m_rows.isEmpty() ? 0 : m_rows.constLast().top + m_rows.constLast().height;
    verticalScrollBar()->setRange(0, qMax(0, content - visible));
    verticalScrollBar()->setPageStep(qMax(1, visible));
    verticalScrollBar()->setSingleStep(TimelineFrame::kRowHeight);
}

void TimelineView::updateTickInterval()
{
    // Repaint about when the now line moves by a pixel, but not more than once a second.
    const qint64 msPerPixel = m_range.spanMs() / qMax(1, plotRect().width());
    m_tick->setInterval(int(qBound(qint64(1000), msPerPixel, qint64(60000))));
}

void TimelineView::onTick()
{
    if (m_range.followsNow())
        m_range = m_range.slidTo(m_clock.nowMs());
    viewport()->update();
}

QRect TimelineView::plotRect() const
{
    return TimelineFrame::plotRect(viewport()->size());
}

int TimelineView::xForTime(qint64 ms) const
{
    const QRect plot = plotRect();
    return plot.left() +
           int(std::floor(double(ms - m_range.fromMs()) * plot.width() / double(m_range.spanMs())));
}

qint64 TimelineView::timeAtX(int x) const
{
    const QRect plot = plotRect();
    return m_range.fromMs() +
           qint64(std::llround(double(x - plot.left()) * double(m_range.spanMs()) / plot.width()));
}

int TimelineView::rowCenterY(qint64 serviceId) const
{
    const int scroll = verticalScrollBar()->value();
    for (const TimelineRowSlot& row : m_rows) {
        if (!row.group && row.index.data(TimelineModel::ServiceIdRole).toLongLong() == serviceId)
            return TimelineFrame::kAxisHeight + row.top - scroll + row.height / 2;
    }
    return -1;
}

int TimelineView::groupRowCenterY(const QString& group) const
{
    const int scroll = verticalScrollBar()->value();
    for (const TimelineRowSlot& row : m_rows) {
        if (row.group && row.index.data(TimelineModel::GroupNameRole).toString() == group)
            return TimelineFrame::kAxisHeight + row.top - scroll + row.height / 2;
    }
    return -1;
}

int TimelineView::rowAt(int y) const
{
    if (y < TimelineFrame::kAxisHeight)
        return -1;
    const int contentY = y - TimelineFrame::kAxisHeight + verticalScrollBar()->value();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (contentY >= m_rows.at(i).top && contentY < m_rows.at(i).top + m_rows.at(i).height)
            return i;
    }
    return -1;
}

TimelineFrame TimelineView::frame() const
{
    TimelineFrame f;
    f.rows = m_rows;
    f.range = m_range;
    f.nowMs = m_clock.nowMs();
    f.zone = m_zone;
    f.compact = m_compact;
    f.scrollY = verticalScrollBar()->value();
    f.focusedRow = hasFocus() ? m_focusedRow : -1;
    if (m_drag == Drag::Rubber) {
        f.rubberX0 = m_pressPos.x();
        f.rubberX1 = m_rubberX;
    }
    return f;
}

void TimelineView::paintTimeline(QPainter& painter, const QSize& size) const
{
    const TimelineFrame f = frame();
    TimelinePainter(*m_model, f, palette(), font()).paint(painter, size);
}

void TimelineView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter p(viewport());
    paintTimeline(p, viewport()->size());
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    updateTickInterval();
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update();
}

bool TimelineView::bandAt(const QPoint& pos, StateBand* band) const
{
    const int row = rowAt(pos.y());
    const QRect plot = plotRect();
    if (row < 0 || pos.x() < plot.left() || pos.x() >= plot.right() || m_compact)
        return false;
    const auto bands = m_rows.at(row).index.data(TimelineModel::BandsRole).value<QList<StateBand>>();
    // The same pixel column the painter used: the worst band touching it wins, as on screen.
    const qint64 t0 = timeAtX(pos.x());
    const qint64 t1 = qMax(t0 + 1, timeAtX(pos.x() + 1));
    int best = -1;
    for (int i = 0; i < bands.size(); ++i) {
        const StateBand& b = bands.at(i);
        if (b.endMs <= t0 || b.startMs >= t1)
            continue;
        if (best < 0 || PixelBands::rank(b) > PixelBands::rank(bands.at(best)))
            best = i;
    }
    if (best < 0)
        return false;
    *band = bands.at(best);
    return true;
}

QString TimelineView::dayBarToolTip(const TimelineRowSlot& row, int x) const
{
    const QRect plot = plotRect();
    const int day = (x - plot.left()) * TimelineFrame::kCompactDays / plot.width();
    if (row.group || day < 0 || day >= TimelineFrame::kCompactDays)
        return QString();
    const auto bands = row.index.data(TimelineModel::BandsRole).value<QList<StateBand>>();
    const QList<DayBar> bars = DayBars::compute(bands, TimelineFrame::kCompactDays, m_clock.nowMs(), m_zone);
    return TimelineToolTip::forDay(row.index.data(Qt::DisplayRole).toString(), bars.at(day));
}

QString TimelineView::toolTipAt(const QPoint& pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0 || pos.x() < plotRect().left())
        return QString();
    if (m_compact)
        return dayBarToolTip(m_rows.at(row), pos.x());
    const QString incidents = incidentToolTipAt(pos);
    StateBand band;
    if (!bandAt(pos, &band))
        return incidents;
    const ServiceDefinition* def = m_model->definitionOf(band.serviceId);
    const QString name = def ? def->name : m_rows.at(row).index.data(Qt::DisplayRole).toString();
    const QString text = TimelineToolTip::forBand(name, band, m_clock.nowMs(), m_zone);
    return incidents.isEmpty() ? text : text + QStringLiteral("\n\n") + incidents;
}

QString TimelineView::incidentToolTipAt(const QPoint& pos) const
{
    QStringList parts;
    for (const IncidentSpan& span : IncidentSpans::layout(*m_model, frame(), plotRect(), fontMetrics())) {
        for (const QRect& r : span.rects) {
            if (r.contains(pos)) {
                parts.append(IncidentSpans::toolTip(span.incident, m_clock.nowMs(), m_zone));
                break;
            }
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::applyUserRange(const TimelineRange& range)
{
    setRange(range);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0 || m_compact) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    // Ctrl+wheel or a wheel over the names scrolls the rows instead of zooming.
    const QPoint pos = event->position().toPoint();
    if (pos.x() < plotRect().left() || (event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const qint64 anchor = timeAtX(pos.x());
    applyUserRange(m_range.zoomed(std::pow(kWheelZoom, notches), anchor, m_clock.nowMs()));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row >= 0) {
        m_focusedRow = row;
        viewport()->update();
    }
    if (pos.x() < plotRect().left()) {
        if (event->button() == Qt::LeftButton && row >= 0 && m_rows.at(row).group)
            toggleGroup(row);
        return;
    }
    if (m_compact)
        return;
    m_pressPos = pos;
    m_pressRange = m_range;
    m_rubberRequested = event->button() == Qt::RightButton || (event->modifiers() & Qt::ShiftModifier) != 0;
    m_drag = (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) ? Drag::Pending
                                                                                       : Drag::None;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pending && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_drag = m_rubberRequested ? Drag::Rubber : Drag::Pan;
    if (m_drag == Drag::Pan) {
        const double msPerPx = double(m_pressRange.spanMs()) / plotRect().width();
        const auto delta = qint64(std::llround(-(pos.x() - m_pressPos.x()) * msPerPx));
        applyUserRange(m_pressRange.panned(delta, m_clock.nowMs()));
    } else if (m_drag == Drag::Rubber) {
        const QRect plot = plotRect();
        m_rubberX = qBound(plot.left(), pos.x(), plot.right());
        viewport()->update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Rubber) {
        const int x0 = qMin(m_pressPos.x(), m_rubberX);
        const int x1 = qMax(m_pressPos.x(), m_rubberX);
        m_rubberX = -1;
        viewport()->update();
        if (x1 - x0 >= 3)
            applyUserRange(TimelineRange::custom(timeAtX(x0), timeAtX(x1), m_clock.nowMs()));
        return;
    }
    if (drag == Drag::Pending && event->button() == Qt::LeftButton) {
        StateBand band;
        const int row = rowAt(pos.y());
        if (row >= 0 && !m_rows.at(row).group && bandAt(pos, &band))
            Q_EMIT bandActivated(band.serviceId, band);
    }
}

void TimelineView::toggleGroup(int row)
{
    const QString name = m_rows.at(row).index.data(TimelineModel::GroupNameRole).toString();
    setGroupExpanded(name, !isGroupExpanded(name));
}

void TimelineView::moveFocus(int delta)
{
    if (m_rows.isEmpty())
        return;
    m_focusedRow = qBound(0, m_focusedRow < 0 ? 0 : m_focusedRow + delta, int(m_rows.size()) - 1);
    const TimelineRowSlot& row = m_rows.at(m_focusedRow);
    const int visible = viewport()->height() - TimelineFrame::kAxisHeight;
    QScrollBar* bar = verticalScrollBar();
    if (row.top < bar->value())
        bar->setValue(row.top);
    else if (row.top + row.height > bar->value() + visible)
        bar->setValue(row.top + row.height - visible);
    viewport()->update();
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const qint64 now = m_clock.nowMs();
    const qint64 centre = m_range.fromMs() + m_range.spanMs() / 2;
    const bool onGroup = m_focusedRow >= 0 && m_focusedRow < m_rows.size() && m_rows.at(m_focusedRow).group;
    const qint64 step = m_range.spanMs() / kKeyPanDivisor;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        applyUserRange(m_range.zoomed(kKeyZoom, centre, now));
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        applyUserRange(m_range.zoomed(1 / kKeyZoom, centre, now));
        break;
    case Qt::Key_Left:
        if (onGroup && m_rows.at(m_focusedRow).expanded)
            toggleGroup(m_focusedRow);
        else
            applyUserRange(m_range.panned(-step, now));
        break;
    case Qt::Key_Right:
        if (onGroup && !m_rows.at(m_focusedRow).expanded)
            toggleGroup(m_focusedRow);
        else
            applyUserRange(m_range.panned(step, now));
        break;
    case Qt::Key_Up:
        moveFocus(-1);
        break;
    case Qt::Key_Down:
        moveFocus(1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (onGroup)
            toggleGroup(m_focusedRow);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetRange();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}
