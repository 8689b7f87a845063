#include "charts/LatencyChart.h"
#include "charts/LatencyDecimator.h"

#include <QTest>

#include <algorithm>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kStartMs = 1'700'000'000'000;

QList<RollupPoint> rollups(int count, int failingEvery = 0)
{
    QList<RollupPoint> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        RollupPoint p;
        p.minuteMs = kStartMs + i * kMinuteMs;
        p.count = 4;
        p.failures = (failingEvery > 0 && i % failingEvery == 0) ? 1 : 0;
        p.avgMs = 50 + (i % 37);
        p.minMs = p.avgMs - 10;
        p.maxMs = p.avgMs + 40;
        p.p95Ms = p.avgMs + 30;
        out << p;
    }
    return out;
}

// One result every 2 s over an hour; every tenth failed.
QList<CheckResult> rawResults(int count)
{
    QList<CheckResult> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        CheckResult r;
        r.serviceId = 1;
        r.startedAtMs = kStartMs + i * 2000;
        r.outcome = i % 10 == 0 ? CheckResult::Outcome::Down : CheckResult::Outcome::Up;
        r.totalUs = 40'000 + (i % 17) * 1000;
        out << r;
    }
    return out;
}

} // namespace

class TestLatencyChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimatesToPixelColumns_data();
    void decimatesToPixelColumns();
    void resizeRedecimates();
    void fewPointsPassThrough();
    void failuresBecomeMarkers();
    void liveRingIsBounded();
    void minLineFollowsTheRollups();
    void rawResultsAtMostOnePerColumn_data();
    void rawResultsAtMostOnePerColumn();
    void fewRawResultsAreAllDrawn();
    void decimatorKeepsSpikesAndOrder();
    void decimatorDropsPointsOutsideTheRange();
};

void TestLatencyChart::decimatesToPixelColumns_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("width");
    QTest::newRow("100k minutes in 400 px") << 100'000 << 400;
    QTest::newRow("7 days of minutes in 250 px") << 7 * 24 * 60 << 250;
    QTest::newRow("1 day in 1000 px") << 24 * 60 << 1000;
}

void TestLatencyChart::decimatesToPixelColumns()
{
    QFETCH(int, points);
    QFETCH(int, width);
    LatencyChart chart;
    chart.resize(width, 300);
    const QList<RollupPoint> data = rollups(points, 97);
    chart.setRollups(data, data.constFirst().minuteMs, data.constLast().minuteMs);
    QVERIFY(chart.avgPointCount() > 0);
    QVERIFY2(chart.avgPointCount() <= 2 * width, qPrintable(QString::number(chart.avgPointCount())));
    QVERIFY(chart.p95PointCount() > 0);
    QVERIFY(chart.p95PointCount() <= 2 * width);
    QVERIFY(chart.failurePointCount() > 0);
    QVERIFY(chart.failurePointCount() <= width);
}

void TestLatencyChart::resizeRedecimates()
{
    LatencyChart chart;
    chart.resize(800, 300);
    chart.show(); // a hidden widget gets its resize events only when shown
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<RollupPoint> data = rollups(20'000);
    chart.setRollups(data, data.constFirst().minuteMs, data.constLast().minuteMs);
    QVERIFY(chart.avgPointCount() > 400);
    chart.resize(200, 300);
    QVERIFY(chart.avgPointCount() > 0);
    QVERIFY(chart.avgPointCount() <= 400);
}

void TestLatencyChart::fewPointsPassThrough()
{
    LatencyChart chart;
    chart.resize(400, 300);
    QVERIFY(chart.showsNoDataMessage());
    const QList<RollupPoint> data = rollups(60);
    chart.setRollups(data, data.constFirst().minuteMs, data.constLast().minuteMs);
    QCOMPARE(chart.avgPointCount(), 60);
    QCOMPARE(chart.p95PointCount(), 60);
    QCOMPARE(chart.failurePointCount(), 0);
    QVERIFY(!chart.showsNoDataMessage());
}

void TestLatencyChart::failuresBecomeMarkers()
{
    LatencyChart chart;
    chart.resize(600, 300);
    QList<RollupPoint> data = rollups(60);
    data[10].failures = 2;
    data[30].failures = 4; // every check failed that minute: a marker but no latency point
    chart.setRollups(data, data.constFirst().minuteMs, data.constLast().minuteMs);
    QCOMPARE(chart.failurePointCount(), 2);
    QCOMPARE(chart.avgPointCount(), 59);
}

void TestLatencyChart::minLineFollowsTheRollups()
{
    LatencyChart chart;
    chart.resize(600, 300);
    QList<RollupPoint> data = rollups(60);
    data[30].failures = 4; // no successful check that minute: no minimum either
    chart.setRollups(data, data.constFirst().minuteMs, data.constLast().minuteMs);
    QCOMPARE(chart.minPointCount(), 59);
    chart.clear();
    QCOMPARE(chart.minPointCount(), 0);
}

void TestLatencyChart::rawResultsAtMostOnePerColumn_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow") << 120;
    QTest::newRow("wide") << 900;
}

void TestLatencyChart::rawResultsAtMostOnePerColumn()
{
    QFETCH(int, width);
    LatencyChart chart;
    chart.resize(width, 300);
    const QList<CheckResult> raw = rawResults(1800); // an hour at 2 s: more results than columns
    chart.setRollups({}, kStartMs, kStartMs + 3600'000, raw);
    QVERIFY(chart.rawPointCount() > 0);
    QVERIFY2(chart.rawPointCount() <= width, qPrintable(QString::number(chart.rawPointCount())));
    QVERIFY(!chart.showsNoDataMessage());
    chart.setRollups({}, kStartMs, kStartMs + 3600'000);
    QCOMPARE(chart.rawPointCount(), 0);
}

void TestLatencyChart::fewRawResultsAreAllDrawn()
{
    LatencyChart chart;
    chart.resize(800, 300);
    const QList<CheckResult> raw = rawResults(20); // 2 s apart over a minute: one column each
    chart.setRollups({}, kStartMs, kStartMs + kMinuteMs, raw);
    QCOMPARE(chart.rawPointCount(), 20);
}

void TestLatencyChart::liveRingIsBounded()
{
    LatencyChart chart;
    chart.resize(300, 300);
    chart.setRollups({}, kStartMs, kStartMs + 60 * kMinuteMs);
    const int total = LatencyChart::kLiveCapacity + 50;
    for (int i = 0; i < total; ++i)
        chart.appendLivePoint(kStartMs + i * 5000, 20 + i % 7, i % 100 != 0);
    QCOMPARE(chart.liveRingSize(), LatencyChart::kLiveCapacity);
    QVERIFY(chart.livePointCount() > 0);
    QVERIFY(chart.livePointCount() <= 2 * 300);
    QVERIFY(chart.failurePointCount() > 0);
    chart.clear();
    QCOMPARE(chart.liveRingSize(), 0);
    QCOMPARE(chart.livePointCount(), 0);
}

void TestLatencyChart::decimatorKeepsSpikesAndOrder()
{
    QList<QPointF> points;
    for (int i = 0; i < 10'000; ++i)
        points << QPointF(i, 10);
    points[4321].setY(9000);
    points[777].setY(1);
    const QList<QPointF> out = LatencyDecimator::minMaxPerColumn(points, 0, 9999, 100);
    QVERIFY(out.size() <= 200);
    const auto byY = [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); };
    QCOMPARE(std::max_element(out.cbegin(), out.cend(), byY)->y(), 9000.0);
    QCOMPARE(std::min_element(out.cbegin(), out.cend(), byY)->y(), 1.0);
    QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
                           [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
    const QList<QPointF> markers = LatencyDecimator::maxPerColumn(points, 0, 9999, 100);
    QCOMPARE(markers.size(), 100);
}

void TestLatencyChart::decimatorDropsPointsOutsideTheRange()
{
    const QList<QPointF> points = {{-5, 1}, {0, 2}, {50, 3}, {100, 4}, {150, 5}};
    const QList<QPointF> out = LatencyDecimator::minMaxPerColumn(points, 0, 100, 10);
    QCOMPARE(out, (QList<QPointF>{{0, 2}, {50, 3}, {100, 4}}));
}

QTEST_MAIN(TestLatencyChart)
#include "tst_latencychart.moc"
