#include "timeline/DayBars.h"
#include "timeline/PixelBands.h"

#include <QDateTime>
#include <QTest>

namespace {

StateBand band(ServiceState state, qint64 start, qint64 end, bool known = true)
{
    StateBand b;
    b.serviceId = 1;
    b.state = state;
    b.startMs = start;
    b.endMs = end;
    b.known = known;
    return b;
}

} // namespace

class TestTimelinePixelBands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void neverMoreSpansThanColumns();
    void dayBarsUseLocalDays();
};

void TestTimelinePixelBands::plan_data()
{
    QTest::addColumn<QList<StateBand>>("bands");
    QTest::addColumn<QList<PixelSpan>>("expected");
    // Range [0, 1000) on 10 pixels: 100 ms per pixel column.
    QTest::newRow("one band fills the row") << QList<StateBand>{band(ServiceState::Up, 0, 1000)}
                                            << QList<PixelSpan>{{0, 10, ServiceState::Up, true}};
    QTest::newRow("aligned bands keep their columns")
        << QList<StateBand>{band(ServiceState::Up, 0, 300), band(ServiceState::Down, 300, 500),
                            band(ServiceState::Up, 500, 1000)}
        << QList<PixelSpan>{{0, 3, ServiceState::Up, true},
                            {3, 5, ServiceState::Down, true},
                            {5, 10, ServiceState::Up, true}};
    QTest::newRow("a sub-pixel outage wins its column")
        << QList<StateBand>{band(ServiceState::Up, 0, 420), band(ServiceState::Down, 420, 425),
                            band(ServiceState::Up, 425, 1000)}
        << QList<PixelSpan>{{0, 4, ServiceState::Up, true},
                            {4, 5, ServiceState::Down, true},
                            {5, 10, ServiceState::Up, true}};
    QTest::newRow("degraded beats up, down beats degraded")
        << QList<StateBand>{band(ServiceState::Degraded, 0, 150), band(ServiceState::Up, 150, 180),
                            band(ServiceState::Down, 180, 190), band(ServiceState::Up, 190, 1000)}
        << QList<PixelSpan>{{0, 1, ServiceState::Degraded, true},
                            {1, 2, ServiceState::Down, true},
                            {2, 10, ServiceState::Up, true}};
    QTest::newRow("no data loses against data, empty columns stay empty")
        << QList<StateBand>{band(ServiceState::Unknown, 0, 250, false), band(ServiceState::Paused, 250, 600)}
        << QList<PixelSpan>{{0, 2, ServiceState::Unknown, false}, {2, 6, ServiceState::Paused, true}};
    QTest::newRow("bands outside the range are clipped")
        << QList<StateBand>{band(ServiceState::Down, -5000, 200), band(ServiceState::Up, 900, 9000)}
        << QList<PixelSpan>{{0, 2, ServiceState::Down, true}, {9, 10, ServiceState::Up, true}};
}

void TestTimelinePixelBands::plan()
{
    QFETCH(QList<StateBand>, bands);
    QFETCH(QList<PixelSpan>, expected);
    QCOMPARE(PixelBands::plan(bands, 0, 1000, 10), expected);
}

void TestTimelinePixelBands::neverMoreSpansThanColumns()
{
    // 90 days of 30-second flapping on 300 pixels.
    QList<StateBand> bands;
    const qint64 step = 30'000;
    for (qint64 t = 0; t < 90LL * 86'400'000; t += step)
        bands.append(band((t / step) % 2 ? ServiceState::Up : ServiceState::Degraded, t, t + step));
    const QList<PixelSpan> spans = PixelBands::plan(bands, 0, 90LL * 86'400'000, 300);
    QVERIFY(spans.size() <= 300);
    QCOMPARE(spans.size(), 1); // every column holds a degraded sample: one merged span
    QCOMPARE(spans.at(0).state, ServiceState::Degraded);
}

void TestTimelinePixelBands::dayBarsUseLocalDays()
{
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    const auto at = [&](int d, int h, int m = 0) {
        return QDateTime(QDate(2024, 3, d), QTime(h, m), paris).toMSecsSinceEpoch();
    };
    const qint64 now = at(31, 12);
    // 30 March: down 23:30-00:30 local (spans two days); 31 March (23 hours, spring forward): paused
    // 06:00-07:00.
    const QList<StateBand> bands{band(ServiceState::Up, at(29, 0), at(30, 23, 30)),
                                 band(ServiceState::Down, at(30, 23, 30), at(31, 0, 30)),
                                 band(ServiceState::Up, at(31, 0, 30), at(31, 6)),
                                 band(ServiceState::Paused, at(31, 6), at(31, 7)),
                                 band(ServiceState::Up, at(31, 7), now)};
    const QList<DayBar> bars = DayBars::compute(bands, 4, now, paris);
    QCOMPARE(bars.size(), 4);
    QCOMPARE(bars.at(0).date, QDate(2024, 3, 28));
    QVERIFY(!bars.at(0).hasData);
    QCOMPARE(bars.at(1).worst, ServiceState::Up);
    QCOMPARE(bars.at(1).uptimePercent, 100.0);
    QCOMPARE(bars.at(2).worst, ServiceState::Down);
    QCOMPARE(bars.at(2).downMs, 30 * 60'000);
    // 23.5 h up out of 24 h monitored.
    QCOMPARE(bars.at(2).uptimePercent, 100.0 * 23.5 / 24.0);
    // 31 March up to now (12:00 local = 11 real hours after the jump), minus one paused hour: 30 min down of
    // 10 monitored hours.
    QCOMPARE(bars.at(3).date, QDate(2024, 3, 31));
    QCOMPARE(bars.at(3).worst, ServiceState::Down);
    QCOMPARE(bars.at(3).uptimePercent, 100.0 * 9.5 / 10.0);
}

QTEST_GUILESS_MAIN(TestTimelinePixelBands)
#include "tst_timelinepixelbands.moc"
