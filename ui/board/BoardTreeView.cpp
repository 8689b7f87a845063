#include "board/BoardTreeView.h"

#include <QAccessible>
#include <QHeaderView>
#include <QPaintEvent>

#include <algorithm>

namespace {
// Past this many parts, one pass over the rows costs less than a pass per part.
constexpr int kMaxPaintParts = 16;

// Roles a change of which can alter a row's size (or the uniform row height taken from the first row).
bool mayResizeRows(const QList<int>& roles)
{
    return std::any_of(roles.cbegin(), roles.cend(), [](int role) {
        return role == Qt::FontRole || role == Qt::DecorationRole || role == Qt::SizeHintRole;
    });
}

// Roles the view paints: a change to the others (sorting keys, tool tips, ids) needs no repaint.
bool isPainted(int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::DecorationRole:
    case Qt::FontRole:
    case Qt::TextAlignmentRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::CheckStateRole:
        return true;
    default:
        return false;
    }
}
} // namespace

BoardTreeView::BoardTreeView(QWidget* parent) : QTreeView(parent)
{
    setUniformRowHeights(true);
}

void BoardTreeView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                const QList<int>& roles)
{
    // Items with children, an open editor or a screen reader need what QTreeView does for them.
    const bool plain = topLeft.isValid() && bottomRight.isValid() && !topLeft.parent().isValid() &&
                       !roles.isEmpty() && !mayResizeRows(roles) && editTriggers() == NoEditTriggers &&
                       !QAccessible::isActive();
    if (!plain) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    if (std::none_of(roles.cbegin(), roles.cend(), isPainted))
        return;
    if (isVisible())
        updateVisibleCells(topLeft, bottomRight);
}

void BoardTreeView::updateVisibleCells(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    // Rows of a flat list follow each other: the visible ones are those between the top and bottom edges.
    const QModelIndex firstVisible = indexAt(QPoint(0, 0));
    if (!firstVisible.isValid())
        return;
    const QModelIndex lastVisible = indexAt(QPoint(0, viewport()->height() - 1));
    const int first = std::max(topLeft.row(), firstVisible.row());
    const int last =
        std::min(bottomRight.row(), lastVisible.isValid() ? lastVisible.row() : model()->rowCount() - 1);
    if (first > last)
        return;
    const QRect top = visualRect(topLeft.sibling(first, topLeft.column()));
    const QRect bottom = visualRect(topLeft.sibling(last, topLeft.column()));
    if (!top.isValid() || !bottom.isValid())
        return;
    // Sections may have been moved: take each changed column where it is now.
    for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
        if (header()->isSectionHidden(column))
            continue;
        const QRect cells(columnViewportPosition(column), top.top(), columnWidth(column),
                          bottom.bottom() - top.top() + 1);
        viewport()->update(cells);
    }
}

void BoardTreeView::paintEvent(QPaintEvent* event)
{
    // QTreeView draws the columns within a region of one rectangle, but every column of the rows a region
    // of several touches: a few changed latency cells would repaint their whole rows.
    const QRegion region = event->region();
    const int parts = region.rectCount();
    if (parts <= 1 || parts > kMaxPaintParts) {
        QTreeView::paintEvent(event);
        return;
    }
    for (const QRect& rect : region) {
        QPaintEvent part(rect);
        QTreeView::paintEvent(&part);
    }
}
