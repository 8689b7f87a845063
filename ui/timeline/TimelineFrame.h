#pragma once

#include "timeline/TimelineRange.h"

#include <QList>
#include <QModelIndex>
#include <QRect>
#include <QTimeZone>

// One visible line of the timeline: a group header or a service, at a vertical position in content
// coordinates (before scrolling).
struct TimelineRowSlot
{
    QModelIndex index;
    bool group = false;
    bool expanded = true; // groups only
    int top = 0;
    int height = 0;
};

// Everything a paint of the timeline depends on, so that the screen and the exporters draw the same picture.
struct TimelineFrame
{
    static constexpr int kNameWidth = 210;
    static constexpr int kAxisHeight = 34;
    static constexpr int kRowHeight = 24;
    static constexpr int kGroupRowHeight = 26;
    static constexpr int kCompactDays = 90;

    QList<TimelineRowSlot> rows;
    TimelineRange range;
    qint64 nowMs = 0;
    QTimeZone zone;
    bool compact = false;
    int scrollY = 0;
    int focusedRow = -1;
    int rubberX0 = -1; // pixel columns of a rubber band selection in progress; -1 when none
    int rubberX1 = -1;

    // The band area for a picture of the given size.
    static QRect plotRect(const QSize& size)
    {
        return QRect(kNameWidth, kAxisHeight, qMax(1, size.width() - kNameWidth - 8),
                     qMax(1, size.height() - kAxisHeight));
    }
    int contentHeight() const { return rows.isEmpty() ? 0 : rows.constLast().top + rows.constLast().height; }
};
