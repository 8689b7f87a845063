#include "util/TimeText.h"

#include <QTest>

class TestTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownSecondsMovesWithTheText_data();
    void shownSecondsMovesWithTheText();
};

void TestTimeText::shownSecondsMovesWithTheText_data()
{
    QTest::addColumn<qint64>("firstSeconds");
    QTest::addColumn<qint64>("secondSeconds");
    constexpr qint64 m = 60;
    constexpr qint64 h = 3600;
    constexpr qint64 d = 24 * h;
    QTest::newRow("seconds") << qint64(5) << qint64(6);
    QTest::newRow("into the first minute") << qint64(59) << qint64(60);
    QTest::newRow("within a minute") << 5 * m + 1 << 5 * m + 59;
    QTest::newRow("next minute") << 5 * m + 59 << 6 * m;
    QTest::newRow("into the first hour") << 59 * m + 30 << h;
    QTest::newRow("within an hour and minute") << 2 * h + 3 * m << 2 * h + 3 * m + 40;
    QTest::newRow("next minute of an hour") << 2 * h + 3 * m + 59 << 2 * h + 4 * m;
    QTest::newRow("into the first day") << d - 1 << d;
    QTest::newRow("within a day and hour") << 2 * d + 3 * h << 2 * d + 3 * h + 59 * m;
    QTest::newRow("next hour of a day") << 2 * d + 3 * h + 59 * m << 2 * d + 4 * h;
}

void TestTimeText::shownSecondsMovesWithTheText()
{
    QFETCH(qint64, firstSeconds);
    QFETCH(qint64, secondSeconds);
    const qint64 since = 1'700'000'000'000;
    const qint64 first = since + firstSeconds * 1000;
    const qint64 second = since + secondSeconds * 1000;
    const bool sameText = TimeText::forDuration(since, first) == TimeText::forDuration(since, second);
    const bool sameKey = TimeText::shownSeconds(since, first) == TimeText::shownSeconds(since, second);
    QCOMPARE(sameKey, sameText);
    // Never changed: no text, and a key no duration has.
    QCOMPARE(TimeText::forDuration(0, first), QString());
    QCOMPARE(TimeText::shownSeconds(0, first), qint64(-1));
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
