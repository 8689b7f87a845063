#include "LoopbackHttpServer.h"
#include "OffThread.h"

#include "publish/HttpClient.h"

#include <QTest>

// The blocking libcurl client the outbox sends through, against a real loopback server.
class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsMethodHeadersAndBody();
    void readsStatusHeadersAndBody();
    void refusedConnectionSaysWhereWithoutThePath();
    void timesOut();
    void capsTheBody();
};

void TestHttpClient::sendsMethodHeadersAndBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/hooks/T1/secret", LoopbackHttpServer::Reply{200, "ok", {}, 0, 0, 0});
    HttpRequest request;
    request.method = "PATCH";
    request.url = QUrl(server.url(QStringLiteral("/hooks/T1/secret")));
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Authorization", "OAuth k");
    request.setHeader("authorization", "OAuth key-2"); // replaces, case-insensitively
    request.body = R"({"incident":{"status":"identified"}})";
    HttpClient client;
    const auto response = offThread([&] { return client.send(request); });
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(server.requestCount(), 1);
    const LoopbackHttpServer::Request& seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("PATCH"));
    QCOMPARE(seen.path, QByteArray("/hooks/T1/secret"));
    QCOMPARE(seen.body, request.body);
    QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
    QCOMPARE(seen.header("Authorization"), QByteArray("OAuth key-2"));
    QVERIFY(seen.header("Expect").isEmpty());
}

void TestHttpClient::readsStatusHeadersAndBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/limited", LoopbackHttpServer::Reply{429, "slow down", {{"Retry-After", "7"}}, 0, 0, 0});
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(server.url(QStringLiteral("/limited")));
    request.body = "x";
    HttpClient client;
    const auto response = offThread([&] { return client.send(request); });
    QVERIFY(response);
    QCOMPARE(response->status, 429);
    QVERIFY(response->answered());
    QCOMPARE(response->header("retry-after"), QByteArray("7"));
    QCOMPARE(response->body, QByteArray("slow down"));
    QVERIFY(response->transportError.isEmpty());
}

void TestHttpClient::refusedConnectionSaysWhereWithoutThePath()
{
    const quint16 port = LoopbackHttpServer::closedPort();
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/services/T0/B0/very-secret-token").arg(port));
    HttpClient client;
    const auto response = offThread([&] { return client.send(request); });
    QVERIFY(response);
    QCOMPARE(response->status, 0);
    QVERIFY(!response->answered());
    QVERIFY2(response->transportError.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(response->transportError));
    // Webhook addresses carry their secret in the path: it never reaches a message.
    QVERIFY2(!response->transportError.contains(QStringLiteral("very-secret-token")),
             qPrintable(response->transportError));
}

void TestHttpClient::timesOut()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/slow", LoopbackHttpServer::Reply{200, "late", {}, 3000, 0, 0});
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(server.url(QStringLiteral("/slow")));
    request.timeoutMs = 300;
    HttpClient client;
    const auto response = offThread([&] { return client.send(request); });
    QVERIFY(response);
    QCOMPARE(response->status, 0);
    QVERIFY2(response->transportError.contains(QStringLiteral("imeout")) ||
                 response->transportError.contains(QStringLiteral("timed out")),
             qPrintable(response->transportError));
}

void TestHttpClient::capsTheBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/big", LoopbackHttpServer::Reply{200, {}, {}, 0, 0, 300'000});
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(server.url(QStringLiteral("/big")));
    HttpClient::Options options;
    options.maxResponseBytes = 1000;
    HttpClient client(options);
    const auto response = offThread([&] { return client.send(request); });
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body.size(), 1000);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
