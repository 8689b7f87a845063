#include "report/DowntimeCalculator.h"

#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 T0 = 1'772'542'800'000; // 2026-03-03 13:00 UTC

using S = ServiceState;

StateChange at(qint64 minutes, S from, S to)
{
    StateChange c;
    c.serviceId = 7;
    c.atMs = T0 + minutes * Minute;
    c.from = from;
    c.to = to;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(QList<StateChange>)

// Downtime and degraded time within an incident's window, each case worked out by hand (minutes from T0).
class TestDowntimeCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computesWithinTheWindow_data()
    {
        QTest::addColumn<QList<StateChange>>("changes");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("down");
        QTest::addColumn<qint64>("degraded");
        QTest::addColumn<qint64>("noData");
        QTest::addColumn<qint64>("firstDown");

        // UP before, DOWN 10..40, UP after, window 0..60: 30 min down.
        QTest::newRow("one outage inside")
            << QList<StateChange>{at(-30, S::Unknown, S::Up), at(10, S::Up, S::Down), at(40, S::Down, S::Up)}
            << qint64(0) << qint64(60) << qint64(600) << qint64(30) << qint64(0) << qint64(0) << qint64(10);
        // DOWN since before the window (-20): counts from the window's start, 0..25.
        QTest::newRow("down before the window")
            << QList<StateChange>{at(-20, S::Up, S::Down), at(25, S::Down, S::Up)} << qint64(0) << qint64(60)
            << qint64(600) << qint64(25) << qint64(0) << qint64(0) << qint64(0);
        // DOWN 50.. and still down when the window ends at 60: 10 min, nothing after the end.
        QTest::newRow("down past the window's end")
            << QList<StateChange>{at(-5, S::Unknown, S::Up), at(50, S::Up, S::Down), at(90, S::Down, S::Up)}
            << qint64(0) << qint64(60) << qint64(600) << qint64(10) << qint64(0) << qint64(0) << qint64(50);
        // Open incident: the window ends later, but now is 45: DOWN 30..45 = 15, DEGRADED 10..30 = 20.
        QTest::newRow("open end stops at now")
            << QList<StateChange>{at(-5, S::Unknown, S::Up), at(10, S::Up, S::Degraded),
                                  at(30, S::Degraded, S::Down)}
            << qint64(0) << qint64(120) << qint64(45) << qint64(15) << qint64(20) << qint64(0) << qint64(30);
        // Mixed: DEGRADED 5..15 (10), DOWN 15..20 (5), DEGRADED 20..35 (15), UP, DOWN 50..55 (5).
        QTest::newRow("flapping")
            << QList<StateChange>{at(-1, S::Unknown, S::Up),    at(5, S::Up, S::Degraded),
                                  at(15, S::Degraded, S::Down), at(20, S::Down, S::Degraded),
                                  at(35, S::Degraded, S::Up),   at(50, S::Up, S::Down),
                                  at(55, S::Down, S::Up)}
            << qint64(0) << qint64(60) << qint64(600) << qint64(10) << qint64(25) << qint64(0) << qint64(15);
        // No change before the window: 0..12 has no data, then DOWN 12..60 = 48.
        QTest::newRow("no state before the first check")
            << QList<StateChange>{at(12, S::Unknown, S::Down)} << qint64(0) << qint64(60) << qint64(600)
            << qint64(48) << qint64(0) << qint64(12) << qint64(12);
        // Paused 20..40 is no data, never downtime: DOWN 0..20 = 20.
        QTest::newRow("paused is not downtime")
            << QList<StateChange>{at(-10, S::Up, S::Down), at(20, S::Down, S::Paused),
                                  at(40, S::Paused, S::Up)}
            << qint64(0) << qint64(60) << qint64(600) << qint64(20) << qint64(0) << qint64(20) << qint64(0);
        // Changes given out of order are sorted first: DOWN 10..40.
        QTest::newRow("unsorted input")
            << QList<StateChange>{at(40, S::Down, S::Up), at(-30, S::Unknown, S::Up), at(10, S::Up, S::Down)}
            << qint64(0) << qint64(60) << qint64(600) << qint64(30) << qint64(0) << qint64(0) << qint64(10);
        // A change exactly at the window's end is outside the half-open window: DOWN 10..60 = 50.
        QTest::newRow("change at the end is ignored")
            << QList<StateChange>{at(-30, S::Unknown, S::Up), at(10, S::Up, S::Down), at(60, S::Down, S::Up)}
            << qint64(0) << qint64(60) << qint64(600) << qint64(50) << qint64(0) << qint64(0) << qint64(10);
        // Nothing known at all: the whole window is no data.
        QTest::newRow("no changes") << QList<StateChange>{} << qint64(0) << qint64(60) << qint64(600)
                                    << qint64(0) << qint64(0) << qint64(60) << qint64(0);
    }

    void computesWithinTheWindow()
    {
        QFETCH(QList<StateChange>, changes);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, now);
        QFETCH(qint64, down);
        QFETCH(qint64, degraded);
        QFETCH(qint64, noData);
        QFETCH(qint64, firstDown);
        const AffectedService service{7, QStringLiteral("API"), Impact::MajorOutage};
        const ServiceDowntime got = DowntimeCalculator::compute(service, changes, T0 + from * Minute,
                                                                T0 + to * Minute, T0 + now * Minute);
        QCOMPARE(got.downMs, down * Minute);
        QCOMPARE(got.degradedMs, degraded * Minute);
        QCOMPARE(got.noDataMs, noData * Minute);
        QCOMPARE(got.firstDownMs, firstDown > 0 || down > 0 ? T0 + firstDown * Minute : 0);
        QCOMPARE(got.windowMs, (std::min(to, now) - from) * Minute);
        QCOMPARE(got.serviceName, QStringLiteral("API"));
    }

    void oneRowPerAffectedService()
    {
        Incident incident;
        incident.affected = {AffectedService{7, QStringLiteral("API"), Impact::MajorOutage},
                             AffectedService{9, QStringLiteral("Site"), Impact::DegradedPerformance}};
        QHash<qint64, QList<StateChange>> changes;
        changes.insert(7, {at(-5, S::Unknown, S::Up), at(10, S::Up, S::Down), at(20, S::Down, S::Up)});
        const QList<ServiceDowntime> rows =
            DowntimeCalculator::forIncident(incident, changes, T0, T0 + 60 * Minute, T0 + 600 * Minute);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).downMs, 10 * Minute);
        QCOMPARE(rows.at(1).serviceName, QStringLiteral("Site"));
        QCOMPARE(rows.at(1).downMs, 0);
        QCOMPARE(rows.at(1).noDataMs, 60 * Minute);
        QCOMPARE(rows.at(1).impact, Impact::DegradedPerformance);
    }

    void emptyWindow()
    {
        const AffectedService service{7, QStringLiteral("API"), Impact::MajorOutage};
        const ServiceDowntime got =
            DowntimeCalculator::compute(service, {at(-5, S::Up, S::Down)}, T0, T0, T0 + 600 * Minute);
        QCOMPARE(got.downMs, 0);
        QCOMPARE(got.windowMs, 0);
    }
};

QTEST_GUILESS_MAIN(TestDowntimeCalculator)
#include "tst_downtimecalculator.moc"
