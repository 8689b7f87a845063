#include "board/BoardTreeView.h"
#include "board/ServiceBoardModel.h"
#include "board/ServiceBoardView.h"

#include "ManualClock.h"

#include <QApplication>
#include <QPaintEvent>
#include <QScreen>
#include <QTest>
#include <QTreeView>

namespace {
constexpr int kServices = 200; // many more than the view shows

// Records the regions a widget is asked to paint.
class PaintRecorder final : public QObject
{
public:
    QList<QRegion> regions;
    QRegion all() const
    {
        QRegion united;
        for (const QRegion& r : regions)
            united += r;
        return united;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent*>(event)->region());
        return QObject::eventFilter(watched, event);
    }
};

CheckResult result(qint64 serviceId, qint64 atMs, int latencyUs)
{
    CheckResult r;
    r.serviceId = serviceId;
    r.startedAtMs = atMs;
    r.outcome = CheckResult::Outcome::Up;
    r.totalUs = latencyUs;
    return r;
}

struct Board
{
    ManualClock clock;
    ServiceBoardModel model{clock};
    ServiceBoardView view{&model};
    PaintRecorder paints;

    Board()
    {
        QList<ServiceDefinition> services;
        for (int i = 1; i <= kServices; ++i) {
            ServiceDefinition def;
            def.id = i;
            def.name = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
            def.group = QStringLiteral("group-%1").arg(i % 7);
            def.target = QStringLiteral("http://127.0.0.1:8080/%1").arg(i);
            services.append(def);
        }
        model.setServices(services);
        // All up, each with a latency shown: the steady state the board spends its days in.
        QList<CheckResult> first;
        for (int i = 1; i <= kServices; ++i) {
            model.applyStateChange(
                StateChange{i, i, clock.nowMs(), ServiceState::Unknown, ServiceState::Up, {}});
            first.append(result(i, clock.nowMs(), 400));
        }
        model.applyResults(first);
        view.resize(900, 400);
        view.show();
    }
    QTreeView* tree() const { return view.treeView(); }
    QWidget* viewport() const { return tree()->viewport(); }
    // The service shown on a row of the view (the board sorts and filters).
    qint64 idAtViewRow(int row) const
    {
        return tree()->model()->index(row, 0).data(ServiceBoardModel::ServiceIdRole).toLongLong();
    }
    QRect cellRect(int viewRow, int column) const
    {
        return tree()->visualRect(tree()->model()->index(viewRow, column));
    }
    void settle()
    {
        QApplication::processEvents();
        paints.regions.clear();
    }
};

int lastVisibleRow(QTreeView* tree)
{
    return tree->indexAt(QPoint(0, tree->viewport()->height() - 1)).row();
}
} // namespace

class TestBoardTreeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBoardUsesIt();
    void aSortKeyAloneRepaintsNothing();
    void changedCellsRepaintAlone();
    void rowsOutOfSightRepaintNothing();
    void aStateChangeRepaintsTheWholeRow();
    void partialRepaintsMatchAFullOne();
};

void TestBoardTreeView::theBoardUsesIt()
{
    Board board;
    QVERIFY(qobject_cast<BoardTreeView*>(board.tree()));
    QVERIFY(board.tree()->uniformRowHeights());
}

void TestBoardTreeView::aSortKeyAloneRepaintsNothing()
{
    Board board;
    QVERIFY(QTest::qWaitForWindowExposed(&board.view));
    board.viewport()->installEventFilter(&board.paints);
    board.settle();
    // 0.42 ms reads "0.4 ms" like 0.40 ms: only the sort key moves.
    QList<CheckResult> batch;
    for (int row = 0; row < 5; ++row)
        batch.append(result(board.idAtViewRow(row), board.clock.nowMs() + 10'000, 420));
    board.model.applyResults(batch);
    QApplication::processEvents();
    QCOMPARE(board.paints.regions.size(), 0);
    QCOMPARE(board.model.index(board.model.rowOf(board.idAtViewRow(0)), ServiceBoardModel::Latency)
                 .data(ServiceBoardModel::SortRole)
                 .toDouble(),
             0.42);
}

void TestBoardTreeView::changedCellsRepaintAlone()
{
    Board board;
    QVERIFY(QTest::qWaitForWindowExposed(&board.view));
    board.viewport()->installEventFilter(&board.paints);
    board.settle();
    const QList<int> rows{1, 4, 7};
    QList<CheckResult> batch;
    QRegion cells;
    for (int row : rows) {
        batch.append(result(board.idAtViewRow(row), board.clock.nowMs() + 10'000, 12'000));
        cells += board.cellRect(row, ServiceBoardModel::Latency);
    }
    board.model.applyResults(batch);
    QApplication::processEvents();

    QVERIFY(!board.paints.regions.isEmpty());
    // Only the three latency cells: not their rows, not the viewport.
    QCOMPARE(board.paints.all(), cells);
    QCOMPARE(board.tree()->model()->index(4, ServiceBoardModel::Latency).data().toString(),
             QStringLiteral("12 ms"));
}

void TestBoardTreeView::rowsOutOfSightRepaintNothing()
{
    Board board;
    QVERIFY(QTest::qWaitForWindowExposed(&board.view));
    const int last = lastVisibleRow(board.tree());
    QVERIFY(last > 0 && last + 10 < kServices);
    board.viewport()->installEventFilter(&board.paints);
    board.settle();
    board.model.applyResults({result(board.idAtViewRow(last + 5), board.clock.nowMs() + 10'000, 12'000),
                              result(board.idAtViewRow(kServices - 1), board.clock.nowMs() + 10'000, 9'000)});
    QApplication::processEvents();
    QCOMPARE(board.paints.regions.size(), 0);

    // Scrolled into view, the row shows its new figure.
    board.tree()->scrollToBottom();
    QApplication::processEvents();
    QCOMPARE(board.tree()->model()->index(kServices - 1, ServiceBoardModel::Latency).data().toString(),
             QStringLiteral("9.0 ms"));
}

void TestBoardTreeView::aStateChangeRepaintsTheWholeRow()
{
    Board board;
    QVERIFY(QTest::qWaitForWindowExposed(&board.view));
    board.viewport()->installEventFilter(&board.paints);
    board.settle();
    // The top row gets worse and stays on top (worst first); its tint, icon and font change in every column.
    const qint64 id = board.idAtViewRow(0);
    board.model.applyStateChange(StateChange{0, id, board.clock.nowMs(), ServiceState::Up,
                                             ServiceState::Degraded, QStringLiteral("slow")});
    QApplication::processEvents();
    QCOMPARE(board.idAtViewRow(0), id);
    const QRect band(0, board.cellRect(0, 0).top(), board.viewport()->width(), board.cellRect(0, 0).height());
    QVERIFY(board.paints.all().contains(band));
}

void TestBoardTreeView::partialRepaintsMatchAFullOne()
{
    Board board;
    QVERIFY(QTest::qWaitForWindowExposed(&board.view));
    board.tree()->setCurrentIndex(board.tree()->model()->index(4, 0)); // a selected row among the changed
    board.settle();
    QList<CheckResult> batch;
    for (int row : {0, 2, 3, 4, 9})
        batch.append(result(board.idAtViewRow(row), board.clock.nowMs() + 10'000, 3'300 + row * 1000));
    board.model.applyResults(batch);
    QApplication::processEvents();

    // What the window shows after the partial repaints against the view drawn afresh.
    QWidget* viewport = board.viewport();
    const QPoint origin = viewport->mapTo(viewport->window(), QPoint(0, 0));
    const QImage shown = viewport->screen()
                             ->grabWindow(viewport->window()->winId(), origin.x(), origin.y(),
                                          viewport->width(), viewport->height())
                             .toImage()
                             .convertToFormat(QImage::Format_RGB32);
    const QImage fresh = viewport->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.size(), fresh.size());
    QVERIFY(shown == fresh);
}

QTEST_MAIN(TestBoardTreeView)
#include "tst_boardtreeview.moc"
