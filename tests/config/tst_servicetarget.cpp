#include "config/ServiceTarget.h"

#include <QTest>

class TestServiceTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesTargets_data();
    void judgesTargets();
    void splitsHostAndPort();
};

void TestServiceTarget::judgesTargets_data()
{
    QTest::addColumn<CheckKind>("kind");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("valid");

    QTest::newRow("http URL") << CheckKind::Http << QStringLiteral("http://127.0.0.1:8080/health") << true;
    QTest::newRow("https URL with query")
        << CheckKind::Http << QStringLiteral("https://localhost/x?y=1") << true;
    QTest::newRow("http without scheme")
        << CheckKind::Http << QStringLiteral("127.0.0.1:8080/health") << false;
    QTest::newRow("ftp URL for http") << CheckKind::Http << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("http URL without host") << CheckKind::Http << QStringLiteral("http:///path") << false;
    QTest::newRow("tls https URL") << CheckKind::TlsCertificate << QStringLiteral("https://127.0.0.1:8443")
                                   << true;
    QTest::newRow("tls plain http URL")
        << CheckKind::TlsCertificate << QStringLiteral("http://127.0.0.1") << false;
    QTest::newRow("tcp host and port") << CheckKind::Tcp << QStringLiteral("127.0.0.1:5432") << true;
    QTest::newRow("tcp IPv6 in brackets") << CheckKind::Tcp << QStringLiteral("[::1]:5432") << true;
    QTest::newRow("tcp name and port") << CheckKind::Tcp << QStringLiteral("db.internal:5432") << true;
    QTest::newRow("tcp without port") << CheckKind::Tcp << QStringLiteral("localhost") << false;
    QTest::newRow("tcp port zero") << CheckKind::Tcp << QStringLiteral("127.0.0.1:0") << false;
    QTest::newRow("tcp port too high") << CheckKind::Tcp << QStringLiteral("127.0.0.1:65536") << false;
    QTest::newRow("tcp bare IPv6") << CheckKind::Tcp << QStringLiteral("::1:5432") << false;
    QTest::newRow("tcp URL") << CheckKind::Tcp << QStringLiteral("tcp://127.0.0.1:5432") << false;
    QTest::newRow("dns name") << CheckKind::Dns << QStringLiteral("db.internal.example") << true;
    QTest::newRow("dns single label") << CheckKind::Dns << QStringLiteral("localhost") << true;
    QTest::newRow("dns URL") << CheckKind::Dns << QStringLiteral("http://example") << false;
    QTest::newRow("dns with space") << CheckKind::Dns << QStringLiteral("db internal") << false;
}

void TestServiceTarget::judgesTargets()
{
    QFETCH(CheckKind, kind);
    QFETCH(QString, target);
    QFETCH(bool, valid);
    const QString problem = ServiceTarget::problem(kind, target);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    if (!valid)
        QVERIFY2(problem.contains(QLatin1Char('"') + target + QLatin1Char('"')), qPrintable(problem));
}

void TestServiceTarget::splitsHostAndPort()
{
    QString host;
    int port = 0;
    QVERIFY(ServiceTarget::splitHostPort(QStringLiteral("[::1]:6379"), &host, &port));
    QCOMPARE(host, QStringLiteral("::1"));
    QCOMPARE(port, 6379);
    QVERIFY(ServiceTarget::splitHostPort(QStringLiteral("127.0.0.1:80"), &host, &port));
    QCOMPARE(host, QStringLiteral("127.0.0.1"));
    QCOMPARE(port, 80);
}

QTEST_GUILESS_MAIN(TestServiceTarget)
#include "tst_servicetarget.moc"
