#include "timeline/TimeAxisTicks.h"

#include <QDateTime>
#include <QTest>

namespace {

QTimeZone paris()
{
    return QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

qint64 local(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), paris()).toMSecsSinceEpoch();
}

QList<qint64> positionsOf(const QList<TimeTick>& ticks)
{
    QList<qint64> out;
    for (const TimeTick& t : ticks)
        out.append(t.ms);
    return out;
}

} // namespace

class TestTimeAxisTicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ticksFallOnLocalBoundaries_data();
    void ticksFallOnLocalBoundaries();
    void labelsUseLocalTime();
    void denserWhenWider();
    void emptyForAnEmptyRange();
};

void TestTimeAxisTicks::ticksFallOnLocalBoundaries_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("width");
    QTest::addColumn<QList<qint64>>("expected");

    // Spring forward: 2024-03-31, 02:00 jumps to 03:00 in Paris; the night has 23 hours.
    QTest::newRow("6 h ticks over the spring-forward night")
        << local(2024, 3, 30, 12) << local(2024, 3, 31, 12) << 400
        << QList<qint64>{local(2024, 3, 30, 12), local(2024, 3, 30, 18), local(2024, 3, 31, 0),
                         local(2024, 3, 31, 6), local(2024, 3, 31, 12)};
    // Fall back: 2024-10-27, 03:00 goes back to 02:00; the night has 25 hours.
    QTest::newRow("6 h ticks over the fall-back night")
        << local(2024, 10, 26, 12) << local(2024, 10, 27, 12) << 400
        << QList<qint64>{local(2024, 10, 26, 12), local(2024, 10, 26, 18), local(2024, 10, 27, 0),
                         local(2024, 10, 27, 6), local(2024, 10, 27, 12)};
    QTest::newRow("daily ticks at local midnight across the change")
        << local(2024, 3, 29, 10) << local(2024, 4, 2, 10) << 500
        << QList<qint64>{local(2024, 3, 30, 0), local(2024, 3, 31, 0), local(2024, 4, 1, 0),
                         local(2024, 4, 2, 0)};
    QTest::newRow("15 min ticks within an hour")
        << local(2024, 6, 1, 9, 7) << local(2024, 6, 1, 10, 7) << 400
        << QList<qint64>{local(2024, 6, 1, 9, 15), local(2024, 6, 1, 9, 30), local(2024, 6, 1, 9, 45),
                         local(2024, 6, 1, 10, 0)};
    QTest::newRow("weekly ticks on Mondays") << local(2024, 6, 1, 0) << local(2024, 6, 29, 0) << 400
                                             << QList<qint64>{local(2024, 6, 3, 0), local(2024, 6, 10, 0),
                                                              local(2024, 6, 17, 0), local(2024, 6, 24, 0)};
}

void TestTimeAxisTicks::ticksFallOnLocalBoundaries()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, width);
    QFETCH(QList<qint64>, expected);
    QVERIFY(paris().isValid());
    QCOMPARE(positionsOf(TimeAxisTicks::ticks(from, to, width, paris())), expected);
}

void TestTimeAxisTicks::labelsUseLocalTime()
{
    const QList<TimeTick> ticks =
        TimeAxisTicks::ticks(local(2024, 3, 30, 12), local(2024, 3, 31, 12), 400, paris());
    QCOMPARE(ticks.size(), 5);
    QCOMPARE(ticks.at(0).label, QStringLiteral("12:00"));
    QCOMPARE(ticks.at(1).label, QStringLiteral("18:00"));
    QCOMPARE(ticks.at(3).label, QStringLiteral("06:00"));
    // Local midnight is a major tick labelled with its date.
    QVERIFY(ticks.at(2).major);
    QVERIFY(!ticks.at(1).major);
    QCOMPARE(ticks.at(2).label, QLocale().toString(QDate(2024, 3, 31), QStringLiteral("ddd d MMM")));
}

void TestTimeAxisTicks::denserWhenWider()
{
    const qint64 from = local(2024, 6, 1, 0);
    const qint64 to = local(2024, 6, 2, 0);
    const auto narrow = TimeAxisTicks::ticks(from, to, 300, paris());
    const auto wide = TimeAxisTicks::ticks(from, to, 2400, paris());
    QVERIFY(wide.size() > narrow.size());
    // Never closer than the minimum spacing (90 px by default) on nominal steps.
    for (int i = 1; i < wide.size(); ++i)
        QVERIFY((wide.at(i).ms - wide.at(i - 1).ms) * 2400 / (to - from) >= 90);
}

void TestTimeAxisTicks::emptyForAnEmptyRange()
{
    QVERIFY(TimeAxisTicks::ticks(1000, 1000, 400, paris()).isEmpty());
    QVERIFY(TimeAxisTicks::ticks(0, 1000, 0, paris()).isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeAxisTicks)
#include "tst_timeaxisticks.moc"
