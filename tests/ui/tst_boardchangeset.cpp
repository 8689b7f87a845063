#include "board/BoardChangeSet.h"

#include <QTest>

namespace {
constexpr int kSortRole = Qt::UserRole + 3;
using Span = BoardChangeSet::Span;

struct Mark
{
    int row;
    int column;
    unsigned char touches;
};
} // namespace

Q_DECLARE_METATYPE(QList<Mark>)
Q_DECLARE_METATYPE(QList<Span>)

namespace QTest {
template <> char* toString(const Span& s)
{
    QByteArray roles;
    for (int role : s.roles)
        roles += QByteArray::number(role) + ' ';
    return qstrdup(QByteArray("rows " + QByteArray::number(s.firstRow) + ".." +
                              QByteArray::number(s.lastRow) + " columns " +
                              QByteArray::number(s.firstColumn) + ".." + QByteArray::number(s.lastColumn) +
                              " roles " + roles)
                       .constData());
}
} // namespace QTest

class TestBoardChangeSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data();
    void spans();
};

void TestBoardChangeSet::spans_data()
{
    QTest::addColumn<QList<Mark>>("marks");
    QTest::addColumn<QList<Span>>("expected");
    constexpr unsigned char text = BoardChangeSet::Text;
    constexpr unsigned char tip = BoardChangeSet::ToolTip;
    constexpr unsigned char sort = BoardChangeSet::SortKey;
    constexpr unsigned char all = BoardChangeSet::Everything;

    QTest::newRow("nothing") << QList<Mark>{} << QList<Span>{};
    QTest::newRow("one cell, its roles in order")
        << QList<Mark>{{3, 4, sort | text}} << QList<Span>{{3, 3, 4, 4, {Qt::DisplayRole, kSortRole}}};
    QTest::newRow("a row marked twice takes both")
        << QList<Mark>{{2, 0, tip}, {2, 6, text | tip | sort}}
        << QList<Span>{{2, 2, 0, 6, {Qt::DisplayRole, Qt::ToolTipRole, kSortRole}}};
    QTest::newRow("the same row later in the batch still folds")
        << QList<Mark>{{2, 4, text}, {5, 4, text}, {2, 6, text}}
        << QList<Span>{{2, 2, 4, 6, {Qt::DisplayRole}}, {5, 5, 4, 4, {Qt::DisplayRole}}};
    QTest::newRow("adjacent alike rows share a signal")
        << QList<Mark>{{7, 4, text}, {5, 4, text}, {6, 4, text}, {9, 4, text}}
        << QList<Span>{{5, 7, 4, 4, {Qt::DisplayRole}}, {9, 9, 4, 4, {Qt::DisplayRole}}};
    QTest::newRow("adjacent rows with other roles do not")
        << QList<Mark>{{1, 4, text}, {2, 4, text | tip}}
        << QList<Span>{{1, 1, 4, 4, {Qt::DisplayRole}}, {2, 2, 4, 4, {Qt::DisplayRole, Qt::ToolTipRole}}};
    QTest::newRow("everything names no roles")
        << QList<Mark>{{4, 0, all}, {4, 7, all}} << QList<Span>{{4, 4, 0, 7, {}}};
    QTest::newRow("everything wins over a partial mark")
        << QList<Mark>{{4, 3, text}, {4, 0, all}} << QList<Span>{{4, 4, 0, 3, {}}};
    QTest::newRow("sort keys alone fold into one span across rows")
        << QList<Mark>{{40, 4, sort}, {3, 4, sort}, {17, 4, text | sort}, {250, 4, sort}}
        << QList<Span>{{17, 17, 4, 4, {Qt::DisplayRole, kSortRole}}, {3, 250, 4, 4, {kSortRole}}};
}

void TestBoardChangeSet::spans()
{
    QFETCH(QList<Mark>, marks);
    QFETCH(QList<Span>, expected);
    BoardChangeSet changes(kSortRole);
    for (const Mark& m : marks)
        changes.mark(m.row, m.column, m.touches);
    QCOMPARE(changes.isEmpty(), marks.isEmpty());
    QCOMPARE(changes.spans(), expected);
}

QTEST_GUILESS_MAIN(TestBoardChangeSet)
#include "tst_boardchangeset.moc"
