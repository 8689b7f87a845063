#include "board/BoardChangeSet.h"

#include <QtCore/qnamespace.h>

#include <algorithm>
#include <optional>

void BoardChangeSet::mark(int row, int column, unsigned char touches)
{
    // The marks of one row come together (one update at a time): fold them at once.
    if (!m_marks.empty() && m_marks.back().row == row) {
        Mark& last = m_marks.back();
        last.first = std::min(last.first, column);
        last.last = std::max(last.last, column);
        last.touches |= touches;
        return;
    }
    m_marks.push_back(Mark{row, column, column, touches});
}

QList<int> BoardChangeSet::rolesFor(unsigned char touches) const
{
    if (touches == Everything)
        return {};
    QList<int> roles;
    if (touches & Text)
        roles.append(Qt::DisplayRole);
    if (touches & ToolTip)
        roles.append(Qt::ToolTipRole);
    if (touches & SortKey)
        roles.append(m_sortRole);
    std::sort(roles.begin(), roles.end());
    return roles;
}

QList<BoardChangeSet::Span> BoardChangeSet::spans() const
{
    std::vector<Mark> rows = m_marks;
    std::stable_sort(rows.begin(), rows.end(), [](const Mark& a, const Mark& b) { return a.row < b.row; });
    // One mark per row.
    std::vector<Mark> merged;
    merged.reserve(rows.size());
    for (const Mark& m : rows) {
        if (!merged.empty() && merged.back().row == m.row) {
            merged.back().first = std::min(merged.back().first, m.first);
            merged.back().last = std::max(merged.back().last, m.last);
            merged.back().touches |= m.touches;
        } else {
            merged.push_back(m);
        }
    }
    QList<Span> spans;
    std::optional<Span> sortOnly;
    for (std::size_t i = 0; i < merged.size();) {
        const Mark& m = merged[i];
        if (m.touches == SortKey) {
            if (!sortOnly) {
                sortOnly = Span{m.row, m.row, m.first, m.last, {m_sortRole}};
            } else {
                sortOnly->lastRow = m.row;
                sortOnly->firstColumn = std::min(sortOnly->firstColumn, m.first);
                sortOnly->lastColumn = std::max(sortOnly->lastColumn, m.last);
            }
            ++i;
            continue;
        }
        // Adjacent rows with the same columns and roles share one signal.
        std::size_t j = i;
        while (j + 1 < merged.size() && merged[j + 1].row == merged[j].row + 1 &&
               merged[j + 1].first == m.first && merged[j + 1].last == m.last &&
               merged[j + 1].touches == m.touches)
            ++j;
        spans.append(Span{m.row, merged[j].row, m.first, m.last, rolesFor(m.touches)});
        i = j + 1;
    }
    if (sortOnly)
        spans.append(*sortOnly);
    return spans;
}
