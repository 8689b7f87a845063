#include "config/StatusCodeSet.h"

#include <QTest>

using Ranges = QList<StatusCodeSet::Range>;

class TestStatusCodeSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void contains_data();
    void contains();
    void defaultAcceptsSuccessOnly();
    void printsWhatItParses();
};

void TestStatusCodeSet::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Ranges>("ranges");

    QTest::newRow("single code") << QStringLiteral("200") << Ranges{{200, 200}};
    QTest::newRow("range") << QStringLiteral("200-299") << Ranges{{200, 299}};
    QTest::newRow("range and code") << QStringLiteral("200-299, 301") << Ranges{{200, 299}, {301, 301}};
    QTest::newRow("spaces around everything")
        << QStringLiteral("  200 - 204 ,301 ") << Ranges{{200, 204}, {301, 301}};
    QTest::newRow("empty parts skipped") << QStringLiteral("200,,404,") << Ranges{{200, 200}, {404, 404}};
    QTest::newRow("bounds of the valid span") << QStringLiteral("100-599") << Ranges{{100, 599}};
}

void TestStatusCodeSet::parses()
{
    QFETCH(QString, text);
    QFETCH(Ranges, ranges);
    QString error;
    const std::optional<StatusCodeSet> set = StatusCodeSet::parse(text, &error);
    QVERIFY2(set, qPrintable(error));
    QCOMPARE(set->ranges(), ranges);
}

void TestStatusCodeSet::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QStringLiteral("no status code given");
    QTest::newRow("only commas") << QStringLiteral(" , ,") << QStringLiteral("no status code given");
    QTest::newRow("letters") << QStringLiteral("200-299, 3o1")
                             << QStringLiteral("\"3o1\" is not a status code");
    QTest::newRow("below 100") << QStringLiteral("99") << QStringLiteral("\"99\"");
    QTest::newRow("above 599") << QStringLiteral("200-600") << QStringLiteral("\"200-600\"");
    QTest::newRow("reversed range") << QStringLiteral("299-200") << QStringLiteral("\"299-200\"");
    QTest::newRow("three bounds") << QStringLiteral("200-250-299") << QStringLiteral("\"200-250-299\"");
    QTest::newRow("open range") << QStringLiteral("200-") << QStringLiteral("\"200-\"");
}

void TestStatusCodeSet::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!StatusCodeSet::parse(text, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestStatusCodeSet::contains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("contained");

    QTest::newRow("low bound") << QStringLiteral("200-299, 301") << 200 << true;
    QTest::newRow("high bound") << QStringLiteral("200-299, 301") << 299 << true;
    QTest::newRow("just above") << QStringLiteral("200-299, 301") << 300 << false;
    QTest::newRow("single code") << QStringLiteral("200-299, 301") << 301 << true;
    QTest::newRow("after single code") << QStringLiteral("200-299, 301") << 302 << false;
    QTest::newRow("just below") << QStringLiteral("200-299") << 199 << false;
    QTest::newRow("server error") << QStringLiteral("200-299") << 503 << false;
}

void TestStatusCodeSet::contains()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(bool, contained);
    const std::optional<StatusCodeSet> set = StatusCodeSet::parse(text);
    QVERIFY(set);
    QCOMPARE(set->contains(code), contained);
}

void TestStatusCodeSet::defaultAcceptsSuccessOnly()
{
    const StatusCodeSet set;
    QVERIFY(set.contains(200));
    QVERIFY(set.contains(299));
    QVERIFY(!set.contains(300));
    QVERIFY(!set.contains(199));
    QCOMPARE(set.toString(), QStringLiteral("200-299"));
}

void TestStatusCodeSet::printsWhatItParses()
{
    const std::optional<StatusCodeSet> set = StatusCodeSet::parse(QStringLiteral(" 200-204,301 , 418"));
    QVERIFY(set);
    QCOMPARE(set->toString(), QStringLiteral("200-204, 301, 418"));
    QCOMPARE(StatusCodeSet::parse(set->toString()), set);
}

QTEST_GUILESS_MAIN(TestStatusCodeSet)
#include "tst_statuscodeset.moc"
