#include "config/Duration.h"

#include <QTest>

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void formats_data();
    void formats();
};

void TestDuration::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: not a duration

    QTest::newRow("bare number is seconds") << QStringLiteral("30") << qint64(30'000);
    QTest::newRow("seconds") << QStringLiteral("30s") << qint64(30'000);
    QTest::newRow("milliseconds") << QStringLiteral("800ms") << qint64(800);
    QTest::newRow("minutes") << QStringLiteral("5m") << qint64(300'000);
    QTest::newRow("hours") << QStringLiteral("1h") << qint64(3'600'000);
    QTest::newRow("Go-style sequence") << QStringLiteral("1h30m15s") << qint64(5'415'000);
    QTest::newRow("decimal") << QStringLiteral("1.5s") << qint64(1500);
    QTest::newRow("decimal bare number") << QStringLiteral("0.25") << qint64(250);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 2m ") << qint64(120'000);
    QTest::newRow("zero") << QStringLiteral("0s") << qint64(0);
    QTest::newRow("word") << QStringLiteral("fast") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5s") << qint64(-1);
    QTest::newRow("unknown unit") << QStringLiteral("3d") << qint64(-1);
    QTest::newRow("space inside") << QStringLiteral("1m 30s") << qint64(-1);
    QTest::newRow("trailing number") << QStringLiteral("1m30") << qint64(-1);
    QTest::newRow("unit only") << QStringLiteral("ms") << qint64(-1);
}

void TestDuration::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const std::optional<qint64> parsed = Duration::parseMs(text);
    QCOMPARE(parsed.value_or(-1), ms);
}

void TestDuration::formats_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::newRow("milliseconds") << qint64(800) << QStringLiteral("800ms");
    QTest::newRow("seconds") << qint64(30'000) << QStringLiteral("30s");
    QTest::newRow("minute and a half") << qint64(90'000) << QStringLiteral("1m30s");
    QTest::newRow("hour") << qint64(3'600'000) << QStringLiteral("1h");
    QTest::newRow("day") << qint64(86'400'000) << QStringLiteral("24h");
    QTest::newRow("every unit") << qint64(3'661'001) << QStringLiteral("1h1m1s1ms");
}

void TestDuration::formats()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(Duration::format(ms), text);
    QCOMPARE(Duration::parseMs(text), std::optional<qint64>(ms));
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
