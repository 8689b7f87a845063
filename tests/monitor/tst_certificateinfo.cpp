#include "monitor/CertificateInfo.h"

#include <QDateTime>
#include <QTest>

class TestCertificateInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCurlDate_data();
    void parseCurlDate();
    void daysUntil_data();
    void daysUntil();
};

void TestCertificateInfo::parseCurlDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: not understood

    const QDateTime jan2 = QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QTest::newRow("openssl, padded day") << QByteArray("Jan  2 03:04:05 2020 GMT") << jan2;
    QTest::newRow("openssl, leading space") << QByteArray(" Jan  2 03:04:05 2020 GMT") << jan2;
    QTest::newRow("openssl, fractional seconds") << QByteArray("Jan  2 03:04:05.123 2020 GMT") << jan2;
    QTest::newRow("openssl, two-digit day") << QByteArray("Nov 24 23:59:03 2026 GMT")
                                            << QDateTime(QDate(2026, 11, 24), QTime(23, 59, 3), Qt::UTC);
    QTest::newRow("curl asn1") << QByteArray("2020-01-02 03:04:05 GMT") << jan2;
    QTest::newRow("garbage") << QByteArray("not a date") << QDateTime();
    QTest::newRow("bad month") << QByteArray("Foo  2 03:04:05 2020 GMT") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestCertificateInfo::parseCurlDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const qint64 parsed = CertificateInfo::parseCurlDate(text);
    QCOMPARE(parsed, expected.isValid() ? expected.toMSecsSinceEpoch() : 0);
}

void TestCertificateInfo::daysUntil_data()
{
    QTest::addColumn<qint64>("deltaMs");
    QTest::addColumn<int>("days");
    const qint64 day = 24LL * 3600 * 1000;
    QTest::newRow("three days ahead") << 3 * day << 3;
    QTest::newRow("almost three days") << 3 * day - 1 << 2;
    QTest::newRow("an hour ago") << -3600'000LL << -1;
    QTest::newRow("exactly now") << 0LL << 0;
}

void TestCertificateInfo::daysUntil()
{
    QFETCH(qint64, deltaMs);
    QFETCH(int, days);
    const qint64 now = 1'700'000'000'000;
    QCOMPARE(CertificateInfo::daysUntil(now + deltaMs, now), days);
}

QTEST_GUILESS_MAIN(TestCertificateInfo)
#include "tst_certificateinfo.moc"
