#include "cli/CommandLineOptions.h"

#include <QTest>

class TestCommandLineOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
};

void TestCommandLineOptions::parses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("headless");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<int>("demoPort");

    QTest::newRow("defaults") << QStringList{} << false << QString() << QString() << QString() << true
                              << 47810;
    QTest::newRow("headless with workspace")
        << QStringList{QStringLiteral("--headless"), QStringLiteral("shop.yaml")} << true
        << QStringLiteral("shop.yaml") << QString() << QString() << true << 47810;
    QTest::newRow("database and language")
        << QStringList{QStringLiteral("-d"), QStringLiteral("/tmp/x.sqlite"), QStringLiteral("--language"),
                       QStringLiteral("fr")}
        << false << QString() << QStringLiteral("/tmp/x.sqlite") << QStringLiteral("fr") << true << 47810;
    QTest::newRow("no demo, other port")
        << QStringList{QStringLiteral("--no-demo"), QStringLiteral("--demo-port"), QStringLiteral("9000")}
        << false << QString() << QString() << QString() << false << 9000;
}

void TestCommandLineOptions::parses()
{
    QFETCH(QStringList, args);
    args.prepend(QStringLiteral("vigie"));
    QString error;
    int exitCode = -1;
    const auto o = CommandLineOptions::parse(args, &error, &exitCode);
    QVERIFY2(o.has_value(), qPrintable(error));
    QTEST(o->headless, "headless");
    QTEST(o->workspacePath, "workspace");
    QTEST(o->databasePath, "database");
    QTEST(o->language, "language");
    QTEST(o->demo, "demo");
    QTEST(int(o->demoPort), "demoPort");
}

void TestCommandLineOptions::rejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--demo-port"), QStringLiteral("99999")}
                              << QStringLiteral("--demo-port");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--language"), QStringLiteral("de")}
                                  << QStringLiteral("--language");
    QTest::newRow("two workspaces") << QStringList{QStringLiteral("a.yaml"), QStringLiteral("b.yaml")}
                                    << QStringLiteral("at most one");
    QTest::newRow("negative offset") << QStringList{QStringLiteral("--demo-offset"), QStringLiteral("-3")}
                                     << QStringLiteral("--demo-offset");
    QTest::newRow("test a channel in a self-test")
        << QStringList{QStringLiteral("--self-test"), QStringLiteral("--test-channel"), QStringLiteral("Ops")}
        << QStringLiteral("--test-channel");
    QTest::newRow("test-channel without a name")
        << QStringList{QStringLiteral("--test-channel")} << QStringLiteral("test-channel");
}

void TestCommandLineOptions::rejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorPart);
    args.prepend(QStringLiteral("vigie"));
    QString error;
    int exitCode = -1;
    QVERIFY(!CommandLineOptions::parse(args, &error, &exitCode).has_value());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
