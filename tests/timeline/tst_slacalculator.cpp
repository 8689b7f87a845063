#include "timeline/SlaCalculator.h"

#include <QTest>

#include <cmath>

namespace {

constexpr qint64 Min = 60'000;
constexpr qint64 Hour = 60 * Min;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 F = 1'700'000'000'000;
constexpr qint64 Svc = 9;
constexpr double None = -1; // "no value" in the tables below

using S = ServiceState;

StateChange change(qint64 atMs, S to)
{
    StateChange c;
    c.serviceId = Svc;
    c.atMs = atMs;
    c.to = to;
    return c;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

using Changes = QList<StateChange>;

class TestSlaCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void report_data()
    {
        QTest::addColumn<Changes>("changes");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<double>("sla");
        QTest::addColumn<qint64>("upMs");
        QTest::addColumn<qint64>("downMs");
        QTest::addColumn<qint64>("pausedMs");
        QTest::addColumn<qint64>("noDataMs");
        QTest::addColumn<double>("uptime");
        QTest::addColumn<double>("allowed");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("leftPercent");
        const qint64 Late = F + 100 * Day;
        const Changes upBefore{change(F - Hour, S::Up)};

        // 1440 known minutes at 99.9 %: 1.44 min allowed.
        QTest::newRow("a day all up") << upBefore << F + Day << Late << 99.9 << Day << qint64(0) << qint64(0)
                                      << qint64(0) << 100.0 << 1.44 << 1.44 << 100.0;
        // 30 days = 43200 min; 99.9 % allows exactly 43.2 min, all spent.
        QTest::newRow("30 days, budget exactly spent")
            << Changes{change(F - Hour, S::Up), change(F + 3 * Day, S::Down),
                       change(F + 3 * Day + 2'592'000, S::Up)}
            << F + 30 * Day << Late << 99.9 << 30 * Day - 2'592'000 << qint64(2'592'000) << qint64(0)
            << qint64(0) << 99.9 << 43.2 << 0.0 << 0.0;
        // 2.88 min down in a day: twice the 1.44 min allowed.
        QTest::newRow("a day, budget overspent twice")
            << Changes{change(F - Hour, S::Up), change(F + Hour, S::Down), change(F + Hour + 172'800, S::Up)}
            << F + Day << Late << 99.9 << Day - 172'800 << qint64(172'800) << qint64(0) << qint64(0) << 99.8
            << 1.44 << -1.44 << -100.0;
        // Degraded counts as up.
        QTest::newRow("degraded is available")
            << Changes{change(F - Hour, S::Up), change(F + 4 * Hour, S::Degraded)} << F + Day << Late << 99.9
            << Day << qint64(0) << qint64(0) << qint64(0) << 100.0 << 1.44 << 1.44 << 100.0;
        // Up 10 h, down 2 h, paused 12 h: known 720 min, 0.72 min allowed, 120 min spent.
        QTest::newRow("paused time is left out")
            << Changes{change(F - Hour, S::Up), change(F + 10 * Hour, S::Down),
                       change(F + 12 * Hour, S::Paused)}
            << F + Day << Late << 99.9 << 10 * Hour << 2 * Hour << 12 * Hour << qint64(0) << 100.0 * 10 / 12
            << 0.72 << 0.72 - 120 << 100.0 * (0.72 - 120) / 0.72;
        // Now at 06:00: 5 h 30 up, 30 min down, the rest of the day not yet happened.
        QTest::newRow("partial day ending now")
            << Changes{change(F - Hour, S::Up), change(F + 5 * Hour, S::Down),
                       change(F + 5 * Hour + 30 * Min, S::Up)}
            << F + Day << F + 6 * Hour << 99.9 << 5 * Hour + 30 * Min << 30 * Min << qint64(0) << qint64(0)
            << 100.0 * 330 / 360 << 0.36 << 0.36 - 30 << 100.0 * (0.36 - 30) / 0.36;
        // First check at 06:00: 18 h known at 99.5 % allows 5.4 min.
        QTest::newRow("no data before the first check")
            << Changes{change(F + 6 * Hour, S::Up)} << F + Day << Late << 99.5 << 18 * Hour << qint64(0)
            << qint64(0) << 6 * Hour << 100.0 << 5.4 << 5.4 << 100.0;
        QTest::newRow("no data at all") << Changes{} << F + Day << Late << 99.9 << qint64(0) << qint64(0)
                                        << qint64(0) << Day << None << 0.0 << 0.0 << None;
        QTest::newRow("paused all period is no data")
            << Changes{change(F - Hour, S::Paused)} << F + Day << Late << 99.9 << qint64(0) << qint64(0)
            << Day << qint64(0) << None << 0.0 << 0.0 << None;
        QTest::newRow("100 % target leaves no budget to express in percent")
            << Changes{change(F - Hour, S::Up), change(F + Hour, S::Down), change(F + Hour + Min, S::Up)}
            << F + Day << Late << 100.0 << Day - Min << Min << qint64(0) << qint64(0) << 100.0 * 1439 / 1440
            << 0.0 << -1.0 << None;
    }

    void report()
    {
        QFETCH(Changes, changes);
        QFETCH(qint64, to);
        QFETCH(qint64, now);
        QFETCH(double, sla);
        QFETCH(qint64, upMs);
        QFETCH(qint64, downMs);
        QFETCH(qint64, pausedMs);
        QFETCH(qint64, noDataMs);
        QFETCH(double, uptime);
        QFETCH(double, allowed);
        QFETCH(double, left);
        QFETCH(double, leftPercent);
        const UptimeReport r = SlaCalculator::report(Svc, changes, F, to, now, sla);
        QCOMPARE(r.serviceId, Svc);
        QCOMPARE(r.upMs + r.degradedMs, upMs);
        QCOMPARE(r.downMs, downMs);
        QCOMPARE(r.pausedMs, pausedMs);
        QCOMPARE(r.noDataMs, noDataMs);
        QCOMPARE(r.hasData(), uptime != None);
        if (uptime == None) {
            QVERIFY(!r.uptimePercent());
            QCOMPARE(r.uptimeText(), QStringLiteral("no data"));
        } else {
            QVERIFY(r.uptimePercent());
            QVERIFY2(near(*r.uptimePercent(), uptime),
                     qPrintable(QString::number(*r.uptimePercent(), 'g', 17)));
            QVERIFY(r.uptimeText().endsWith(QStringLiteral(" %")));
        }
        QVERIFY(near(r.downtimeMinutes(), double(downMs) / Min));
        QVERIFY2(near(r.allowedDowntimeMinutes(), allowed),
                 qPrintable(QString::number(r.allowedDowntimeMinutes())));
        QVERIFY2(near(r.budgetLeftMinutes(), left), qPrintable(QString::number(r.budgetLeftMinutes())));
        QCOMPARE(bool(r.budgetLeftPercent()), leftPercent != None);
        if (r.budgetLeftPercent())
            QVERIFY2(near(*r.budgetLeftPercent(), leftPercent),
                     qPrintable(QString::number(*r.budgetLeftPercent())));
    }

    void uptimeTextRoundsToTwoDecimals()
    {
        UptimeReport r;
        r.upMs = 9995;
        r.downMs = 5;
        QCOMPARE(r.uptimeText(), QStringLiteral("99.95 %"));
    }

    void standardPeriodsEndNow()
    {
        const qint64 now = F + 200 * Day;
        // Down 30 min two hours ago, paused one day ten days ago, down 60 min forty days ago.
        const Changes changes{change(now - 100 * Day, S::Up),       change(now - 40 * Day, S::Down),
                              change(now - 40 * Day + Hour, S::Up), change(now - 10 * Day, S::Paused),
                              change(now - 9 * Day, S::Up),         change(now - 2 * Hour, S::Down),
                              change(now - 90 * Min, S::Up)};
        const QList<UptimeReport> reports = SlaCalculator::standardReports(Svc, changes, now, 99.9);
        QCOMPARE(reports.size(), 4);
        const QList<qint64> knownMinutes{1440, 7 * 1440, 29 * 1440, 89 * 1440};
        const QList<qint64> downMinutes{30, 30, 30, 90};
        const QList<qint64> days{1, 7, 30, 90};
        for (int i = 0; i < 4; ++i) {
            const UptimeReport& r = reports.at(i);
            QCOMPARE(r.toMs, now);
            QCOMPARE(r.fromMs, now - days.at(i) * Day);
            QCOMPARE(SlaCalculator::periodMs(SlaCalculator::StandardPeriods[i]), days.at(i) * Day);
            QVERIFY(!SlaCalculator::periodLabel(SlaCalculator::StandardPeriods[i]).isEmpty());
            QCOMPARE(r.knownMs(), knownMinutes.at(i) * Min);
            QCOMPARE(r.downMs, downMinutes.at(i) * Min);
            const double expected =
                100.0 * double(knownMinutes.at(i) - downMinutes.at(i)) / knownMinutes.at(i);
            QVERIFY(near(*r.uptimePercent(), expected));
        }
        QCOMPARE(reports.at(2).pausedMs, Day);
        QCOMPARE(reports.at(1).pausedMs, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestSlaCalculator)
#include "tst_slacalculator.moc"
