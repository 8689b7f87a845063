#include "monitor/CheckRequest.h"

#include <QTest>

#include <functional>

namespace {

ServiceDefinition httpService(const QString& url)
{
    ServiceDefinition s;
    s.kind = CheckKind::Http;
    s.target = url;
    s.timeoutMs = 5000;
    return s;
}

} // namespace

// A pooled easy handle skips curl_easy_reset only when the reuse key matches, so the key must tell apart
// every option but the URL, and must be empty where a handle has to be reset.
class TestCheckRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reuseKeyDiffersWithEveryOption_data()
    {
        QTest::addColumn<std::function<void(ServiceDefinition&)>>("change");
        using Change = std::function<void(ServiceDefinition&)>;
        QTest::newRow("method") << Change(
            [](ServiceDefinition& s) { s.http.method = QStringLiteral("HEAD"); });
        QTest::newRow("custom method")
            << Change([](ServiceDefinition& s) { s.http.method = QStringLiteral("PUT"); });
        QTest::newRow("header") << Change([](ServiceDefinition& s) {
            s.http.headers.append({QStringLiteral("X-Probe"), QStringLiteral("1")});
        });
        QTest::newRow("header value") << Change([](ServiceDefinition& s) {
            s.http.headers.append({QStringLiteral("X-Probe"), QStringLiteral("2")});
        });
        QTest::newRow("body") << Change([](ServiceDefinition& s) { s.http.body = "a=1"; });
        QTest::newRow("timeout") << Change([](ServiceDefinition& s) { s.timeoutMs = 1000; });
        QTest::newRow("no redirects") << Change([](ServiceDefinition& s) { s.http.followRedirects = false; });
        QTest::newRow("max redirects") << Change([](ServiceDefinition& s) { s.http.maxRedirects = 2; });
        QTest::newRow("tls unverified") << Change([](ServiceDefinition& s) { s.http.verifyTls = false; });
        QTest::newRow("https") << Change(
            [](ServiceDefinition& s) { s.target = QStringLiteral("https://127.0.0.1/"); });
    }

    void reuseKeyDiffersWithEveryOption()
    {
        QFETCH(std::function<void(ServiceDefinition&)>, change);
        const CheckRequest plain(httpService(QStringLiteral("http://127.0.0.1/")), QString());
        ServiceDefinition changed = httpService(QStringLiteral("http://127.0.0.1/"));
        change(changed);
        const CheckRequest other(changed, QString());
        QVERIFY(!plain.reuseKey().isEmpty());
        QVERIFY(!other.reuseKey().isEmpty());
        QVERIFY(plain.reuseKey() != other.reuseKey());
    }

    void reuseKeyIgnoresTheUrl()
    {
        const CheckRequest a(httpService(QStringLiteral("http://127.0.0.1:8080/a")), QString());
        const CheckRequest b(httpService(QStringLiteral("http://127.0.0.1:9090/b?x=1")), QString());
        QCOMPARE(a.reuseKey(), b.reuseKey());
    }

    void reuseKeyDiffersWithTheCaBundle()
    {
        const ServiceDefinition s = httpService(QStringLiteral("https://127.0.0.1/"));
        QVERIFY(CheckRequest(s, QString()).reuseKey() !=
                CheckRequest(s, QStringLiteral("ca.pem")).reuseKey());
    }

    void connectOnlyChecksAreAlwaysReset_data()
    {
        QTest::addColumn<CheckKind>("kind");
        QTest::addColumn<QString>("target");
        QTest::newRow("tcp") << CheckKind::Tcp << QStringLiteral("127.0.0.1:5432");
        QTest::newRow("tls certificate") << CheckKind::TlsCertificate << QStringLiteral("127.0.0.1:443");
    }

    void connectOnlyChecksAreAlwaysReset()
    {
        QFETCH(CheckKind, kind);
        QFETCH(QString, target);
        ServiceDefinition s;
        s.kind = kind;
        s.target = target;
        const CheckRequest request(s, QString());
        QVERIFY(request.error().isEmpty());
        QVERIFY(request.reuseKey().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckRequest)
#include "tst_checkrequest.moc"
