#include "store/ResultCodec.h"

#include <QTest>

class TestResultCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("httpCode");
        QTest::addColumn<int>("dns");
        QTest::addColumn<int>("connect");
        QTest::addColumn<int>("tls");
        QTest::addColumn<int>("firstByte");
        QTest::addColumn<int>("maxBytes");

        QTest::newRow("all zero") << 0 << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("tcp check") << 0 << 900 << 12'000 << 0 << 0 << 6;
        QTest::newRow("https check") << 200 << 1500 << 20'000 << 45'000 << 180'000 << 13;
        QTest::newRow("largest timings") << 599 << INT_MAX << INT_MAX << INT_MAX << INT_MAX << 22;
        QTest::newRow("negative value survives") << 0 << -5 << 0 << 0 << 1 << 5;
    }

    void roundTrip()
    {
        QFETCH(int, httpCode);
        QFETCH(int, dns);
        QFETCH(int, connect);
        QFETCH(int, tls);
        QFETCH(int, firstByte);
        QFETCH(int, maxBytes);
        CheckResult in;
        in.httpCode = httpCode;
        in.dnsUs = dns;
        in.connectUs = connect;
        in.tlsUs = tls;
        in.firstByteUs = firstByte;
        const QByteArray blob = ResultCodec::encodePhases(in);
        QVERIFY2(blob.size() <= maxBytes, qPrintable(QString::number(blob.size())));
        CheckResult out;
        out.httpCode = 7; // must be overwritten
        QVERIFY(ResultCodec::decodePhases(blob, &out));
        QCOMPARE(out.httpCode, httpCode);
        QCOMPARE(out.dnsUs, dns);
        QCOMPARE(out.connectUs, connect);
        QCOMPARE(out.tlsUs, tls);
        QCOMPARE(out.firstByteUs, firstByte);
    }

    void rejectsMalformedBlobs_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::newRow("truncated varint") << QByteArray("\x80", 1);
        QTest::newRow("too many values") << QByteArray("\x01\x01\x01\x01\x01\x01", 6);
        QTest::newRow("varint too long") << QByteArray("\xff\xff\xff\xff\xff\x01", 6);
    }

    void rejectsMalformedBlobs()
    {
        QFETCH(QByteArray, blob);
        CheckResult out;
        QVERIFY(!ResultCodec::decodePhases(blob, &out));
    }
};

QTEST_GUILESS_MAIN(TestResultCodec)
#include "tst_resultcodec.moc"
