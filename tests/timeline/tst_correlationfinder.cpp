#include "timeline/CorrelationFinder.h"

#include <QTest>

namespace {

constexpr qint64 Min = 60'000;
constexpr qint64 T0 = 1'700'000'000'000;

StateChange change(qint64 id, qint64 serviceId, qint64 atMs, ServiceState to)
{
    StateChange c;
    c.id = id;
    c.serviceId = serviceId;
    c.atMs = atMs;
    c.to = to;
    return c;
}

StateBand selected(qint64 serviceId, qint64 startMs, qint64 endMs)
{
    StateBand b;
    b.serviceId = serviceId;
    b.state = ServiceState::Down;
    b.startMs = startMs;
    b.endMs = endMs;
    return b;
}

// Service 1 is selected: down from T0 to T0 + 60 min.
TimelineSnapshot snapshot()
{
    TimelineSnapshot s;
    s.fromMs = T0 - 120 * Min;
    s.toMs = T0 + 120 * Min;
    s.changesByService[1] = {change(1, 1, T0, ServiceState::Down),
                             change(2, 1, T0 + 60 * Min, ServiceState::Up)};
    s.changesByService[2] = {change(3, 2, T0 - 90 * Min, ServiceState::Up),  // prior change, far away
                             change(4, 2, T0 - 3 * Min, ServiceState::Down), // just before the start
                             change(5, 2, T0 + 30 * Min, ServiceState::Up)}; // mid-band, near neither edge
    s.changesByService[3] = {change(6, 3, T0 + 2 * Min, ServiceState::Degraded), // just after the start
                             change(7, 3, T0 + 15 * Min, ServiceState::Up),      // on the window's edge
                             change(8, 3, T0 + 70 * Min, ServiceState::Down)};   // near the band's end
    s.changesByService[4] = {change(9, 4, T0 + 3 * Min, ServiceState::Down),     // as near as service 2's
                             change(10, 4, T0 + 76 * Min, ServiceState::Up)};    // past the end's window
    return s;
}

} // namespace

using Ids = QList<qint64>;
using Offsets = QList<qint64>;

class TestCorrelationFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<StateBand>("band");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<Ids>("ids");
        QTest::addColumn<Offsets>("offsets");

        QTest::newRow("default window around start and end, nearest to the start first")
            << selected(1, T0, T0 + 60 * Min) << CorrelationFinder::DefaultWindowMs << Ids{6, 4, 9, 7, 8}
            << Offsets{2 * Min, -3 * Min, 3 * Min, 15 * Min, 70 * Min};
        QTest::newRow("narrow window")
            << selected(1, T0, T0 + 60 * Min) << 2 * Min << Ids{6} << Offsets{2 * Min};
        QTest::newRow("wide window reaches the prior change")
            << selected(1, T0, T0 + 60 * Min) << 90 * Min << Ids{6, 4, 9, 7, 5, 8, 10, 3}
            << Offsets{2 * Min, -3 * Min, 3 * Min, 15 * Min, 30 * Min, 70 * Min, 76 * Min, -90 * Min};
        QTest::newRow("selecting another service lists service 1")
            << selected(3, T0 + 2 * Min, T0 + 15 * Min) << 3 * Min << Ids{9, 1} << Offsets{1 * Min, -2 * Min};
        QTest::newRow("nothing nearby")
            << selected(1, T0 + 200 * Min, T0 + 210 * Min) << 5 * Min << Ids{} << Offsets{};
    }

    void find()
    {
        QFETCH(StateBand, band);
        QFETCH(qint64, window);
        QFETCH(Ids, ids);
        QFETCH(Offsets, offsets);
        const QList<CorrelatedChange> found = CorrelationFinder::find(snapshot(), band, window);
        Ids foundIds;
        Offsets foundOffsets;
        for (const CorrelatedChange& c : found) {
            QVERIFY(c.change.serviceId != band.serviceId);
            QCOMPARE(c.offsetFromEndMs, c.change.atMs - band.endMs);
            foundIds.append(c.change.id);
            foundOffsets.append(c.offsetMs);
        }
        QCOMPARE(foundIds, ids);
        QCOMPARE(foundOffsets, offsets);
    }
};

QTEST_GUILESS_MAIN(TestCorrelationFinder)
#include "tst_correlationfinder.moc"
