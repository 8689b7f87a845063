#pragma once

#include <QList>

#include <vector>

// Collects the cells a batch of updates changes, and turns them into as few dataChanged signals as the views
// need: one per run of adjacent rows with the same columns and roles. Changes that only move a sort key (a
// latency that reads the same) fold into a single signal whatever rows they are on: no view repaints for
// them, and a sorting proxy looks at each row in the range once.
class BoardChangeSet
{
public:
    // What a change touches; a row marked several times gets the union.
    enum Touch : unsigned char
    {
        Text = 1,    // Qt::DisplayRole
        ToolTip = 2, // Qt::ToolTipRole
        SortKey = 4, // the sort role given to the constructor
        Everything = 0xff,
    };

    struct Span
    {
        int firstRow = 0;
        int lastRow = 0;
        int firstColumn = 0;
        int lastColumn = 0;
        QList<int> roles; // empty: every role
        bool operator==(const Span&) const = default;
    };

    explicit BoardChangeSet(int sortRole) : m_sortRole(sortRole) {}

    void mark(int row, int column, unsigned char touches = Everything);
    bool isEmpty() const { return m_marks.empty(); }
    // Ordered by first row, the folded sort-key span last.
    QList<Span> spans() const;

private:
    struct Mark
    {
        int row = 0;
        int first = 0;
        int last = 0;
        unsigned char touches = 0;
    };
    QList<int> rolesFor(unsigned char touches) const;

    int m_sortRole;
    std::vector<Mark> m_marks;
};
