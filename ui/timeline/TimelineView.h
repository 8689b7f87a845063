#pragma once

#include "timeline/StateBand.h"
#include "timeline/TimelineFrame.h"
#include "timeline/TimelineRange.h"

#include <QAbstractScrollArea>
#include <QSet>

class Clock;
class QTimer;
class TimelineModel;

// All services on one shared time axis: a names column (groups collapse by a click on their header, or with
// Left/Right on a focused group row), the axis on top, one band row per service, and a now line that moves.
//
// Mouse: the wheel zooms around the cursor, a left drag pans, Shift+drag or a right drag selects a period to
// zoom to, a click on a band activates it. Keys: + and - zoom, Left/Right pan (on a focused group row they
// collapse and expand it first, as in a tree), Up/Down move the row focus, Enter or Space toggles a focused
// group, 0 or Home returns to the preset range.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    TimelineView(TimelineModel* model, const Clock& clock, QWidget* parent = nullptr);

    TimelineRange range() const { return m_range; }
    void setRange(const TimelineRange& range);
    // Shows a preset range and makes it the one Home returns to.
    void setPreset(TimelineRange::Preset preset);
    TimelineRange::Preset homePreset() const { return m_homePreset; }
    void resetRange();

    // The period the model's bands cover; moving beyond it emits rangeRequested.
    void setLoadedRange(qint64 fromMs, qint64 toMs);

    void setTimeZone(const QTimeZone& zone);
    QTimeZone timeZone() const { return m_zone; }
    void setCompactMode(bool compact);
    bool isCompactMode() const { return m_compact; }
    void setGroupExpanded(const QString& group, bool expanded);
    bool isGroupExpanded(const QString& group) const { return !m_collapsed.contains(group); }

    // Geometry in viewport coordinates; for the tests and the exporters.
    QRect plotRect() const;
    int xForTime(qint64 ms) const;
    qint64 timeAtX(int x) const;
    int rowCenterY(qint64 serviceId) const;          // -1 when the row is not shown
    int groupRowCenterY(const QString& group) const; // -1 when the group is unknown
    int focusedRow() const { return m_focusedRow; }

    // What hovering at a viewport position shows; empty over nothing.
    QString toolTipAt(const QPoint& pos) const;
    // The band under a viewport position (the worst one when several share the pixel column).
    bool bandAt(const QPoint& pos, StateBand* band) const;
    // Paints the timeline as the viewport shows it, scaled to `size` in width.
    void paintTimeline(QPainter& painter, const QSize& size) const;

Q_SIGNALS:
    void rangeChanged(const TimelineRange& range);
    void bandActivated(qint64 serviceId, const StateBand& band);
    void rangeRequested(qint64 fromMs, qint64 toMs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    enum class Drag
    {
        None,
        Pending,
        Pan,
        Rubber
    };

    void rebuildRows();
    void updateScrollBar();
    void onTick();
    void updateTickInterval();
    void applyUserRange(const TimelineRange& range);
    void requestIfOutsideLoaded();
    int rowAt(int y) const;
    TimelineFrame frame() const;
    QString incidentToolTipAt(const QPoint& pos) const;
    QString dayBarToolTip(const TimelineRowSlot& row, int x) const;
    void toggleGroup(int row);
    void moveFocus(int delta);

    TimelineModel* m_model;
    const Clock& m_clock;
    QTimer* m_tick;
    TimelineRange m_range;
    TimelineRange::Preset m_homePreset = TimelineRange::Preset::Last24Hours;
    QTimeZone m_zone;
    bool m_compact = false;
    QSet<QString> m_collapsed;
    QList<TimelineRowSlot> m_rows;
    int m_focusedRow = -1;
    qint64 m_loadedFrom = 0;
    qint64 m_loadedTo = 0;
    qint64 m_requestedFrom = 0;
    qint64 m_requestedTo = 0;

    Drag m_drag = Drag::None;
    bool m_rubberRequested = false;
    QPoint m_pressPos;
    TimelineRange m_pressRange;
    int m_rubberX = -1;
};
