#include "demo/DemoScenario.h"
#include "demo/DemoServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TestDemoServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenario_data();
    void scenario();
    void servesOverLoopback_data();
    void servesOverLoopback();
    void refusesBusyPort();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    Reply get(quint16 port, const QString& path);
};

void TestDemoServer::scenario_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("slow");
    QTest::addColumn<QByteArray>("bodyPart");

    QTest::newRow("payments healthy at start") << "/payments" << 0LL << 200 << false << QByteArray("OK");
    QTest::newRow("payments failing at 0:30")
        << "/payments" << 30'000LL << 503 << false << QByteArray("Unavailable");
    QTest::newRow("payments back at 3:30") << "/payments" << 210'000LL << 200 << false << QByteArray("OK");
    QTest::newRow("payments failing again next period")
        << "/payments" << DemoScenario::periodMs + 30'000 << 503 << false << QByteArray("Unavailable");
    QTest::newRow("search slow at 0:30") << "/search" << 30'000LL << 200 << true << QByteArray("OK");
    QTest::newRow("search fast at 3:00") << "/search" << 180'000LL << 200 << false << QByteArray("OK");
    QTest::newRow("checkout reports DOWN at 5:00")
        << "/checkout" << 300'000LL << 200 << false << QByteArray(R"("status":"DOWN")");
    QTest::newRow("checkout reports UP at 1:00")
        << "/checkout" << 60'000LL << 200 << false << QByteArray(R"("status":"UP")");
    QTest::newRow("unknown path") << "/nope" << 0LL << 404 << false << QByteArray("Not Found");
}

void TestDemoServer::scenario()
{
    QFETCH(QString, path);
    QFETCH(qint64, elapsedMs);
    QFETCH(int, status);
    QFETCH(bool, slow);
    QFETCH(QByteArray, bodyPart);
    const auto b = DemoScenario::behaviourAt(path, elapsedMs);
    QCOMPARE(b.status, status);
    QCOMPARE(b.delayMs >= 500, slow);
    QVERIFY2(b.body.contains(bodyPart), b.body.constData());
}

TestDemoServer::Reply TestDemoServer::get(quint16 port, const QString& path)
{
    QNetworkAccessManager nam;
    QNetworkReply* reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10'000))
        return {};
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

void TestDemoServer::servesOverLoopback_data()
{
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("payments ok") << 0LL << "/payments" << 200;
    QTest::newRow("payments 503") << 30'000LL << "/payments" << 503;
    QTest::newRow("slow search still answers") << 30'000LL << "/search" << 200;
}

void TestDemoServer::servesOverLoopback()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, path);
    QFETCH(int, status);
    DemoServer server;
    QString error;
    const quint16 port = server.listen(0, &error);
    QVERIFY2(port != 0, qPrintable(error));
    server.restartScenario(elapsedMs);
    const Reply r = get(port, path);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body, DemoScenario::behaviourAt(path, elapsedMs).body);
}

void TestDemoServer::refusesBusyPort()
{
    DemoServer first;
    QString error;
    const quint16 port = first.listen(0, &error);
    QVERIFY(port != 0);
    DemoServer second;
    QCOMPARE(second.listen(port, &error), quint16(0));
    QVERIFY2(error.contains(QString::number(port)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
