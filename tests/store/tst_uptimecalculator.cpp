#include "store/UptimeCalculator.h"

#include <QTest>

namespace {

constexpr qint64 From = 1'000'000;
constexpr qint64 To = From + 1000; // a 1000 ms window: percentages are easy to check by hand

StateChange at(qint64 ms, ServiceState from, ServiceState to)
{
    StateChange c;
    c.serviceId = 1;
    c.atMs = ms;
    c.from = from;
    c.to = to;
    return c;
}

} // namespace

class TestUptimeCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uptime_data()
    {
        using S = ServiceState;
        QTest::addColumn<ServiceState>("stateAtFrom");
        QTest::addColumn<QList<StateChange>>("changes");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<double>("expected");

        QTest::newRow("no data") << S::Unknown << QList<StateChange>{} << From << To << -1.0;
        QTest::newRow("up the whole window") << S::Up << QList<StateChange>{} << From << To << 100.0;
        QTest::newRow("down the whole window") << S::Down << QList<StateChange>{} << From << To << 0.0;
        QTest::newRow("degraded counts as up") << S::Degraded << QList<StateChange>{} << From << To << 100.0;
        QTest::newRow("down for the last quarter")
            << S::Up << QList<StateChange>{at(From + 750, S::Up, S::Down)} << From << To << 75.0;
        QTest::newRow("paused time is excluded")
            << S::Up << QList<StateChange>{at(From + 250, S::Up, S::Down), at(From + 500, S::Down, S::Paused)}
            << From << To << 50.0;
        QTest::newRow("only paused") << S::Paused << QList<StateChange>{} << From << To << -1.0;
        QTest::newRow("unknown before the first result is excluded")
            << S::Unknown
            << QList<StateChange>{at(From + 600, S::Unknown, S::Up), at(From + 800, S::Up, S::Down)} << From
            << To << 50.0;
        QTest::newRow("change exactly at the window start")
            << S::Down << QList<StateChange>{at(From, S::Down, S::Up)} << From << To << 100.0;
        QTest::newRow("change exactly at the window end is outside")
            << S::Up << QList<StateChange>{at(To, S::Up, S::Down)} << From << To << 100.0;
        QTest::newRow("change before the window sets the state")
            << S::Unknown << QList<StateChange>{at(From - 10, S::Up, S::Down)} << From << To << 0.0;
        QTest::newRow("change after the window is ignored")
            << S::Up << QList<StateChange>{at(To + 10, S::Up, S::Down)} << From << To << 100.0;
        QTest::newRow("empty window") << S::Up << QList<StateChange>{} << From << From << -1.0;
        QTest::newRow("resumed after pause")
            << S::Paused << QList<StateChange>{at(From + 900, S::Paused, S::Up)} << From << To << 100.0;
    }

    void uptime()
    {
        QFETCH(ServiceState, stateAtFrom);
        QFETCH(QList<StateChange>, changes);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(double, expected);
        QCOMPARE(UptimeCalculator::uptimePercent(stateAtFrom, changes, from, to), expected);
    }
};

QTEST_GUILESS_MAIN(TestUptimeCalculator)
#include "tst_uptimecalculator.moc"
