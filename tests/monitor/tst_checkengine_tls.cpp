#include "CheckEngineProbe.h"
#include "LoopbackHttpServer.h"
#include "TestCertificates.h"

#include "time/Clock.h"

#include <QTest>

#include <memory>

// TLS through the engine, with certificates made by openssl at test time: trusted, self-signed, close to
// expiry and already expired; for http checks over https and for tls-certificate checks.
class TestCheckEngineTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedCertificateIsUp_data();
    void trustedCertificateIsUp();
    void selfSignedFailsUnlessVerificationIsOff();
    void certificateNearExpiryIsDegraded_data();
    void certificateNearExpiryIsDegraded();
    void expiredCertificateFails_data();
    void expiredCertificateFails();

private:
    std::unique_ptr<LoopbackHttpServer> serve(const TestCertificates::Pair& pair);
    ServiceDefinition service(CheckKind kind, const LoopbackHttpServer& server) const;
    QList<CheckResult> run(const ServiceDefinition& service, int times = 1);

    TestCertificates m_certificates;
    TestCertificates::Pair m_valid;
    TestCertificates::Pair m_nearExpiry;
    TestCertificates::Pair m_expired;
    TestCertificates::Pair m_selfSigned;
    QDateTime m_validNotAfter;
};

void TestCheckEngineTls::initTestCase()
{
    QVERIFY2(m_certificates.error().isEmpty(), qPrintable(m_certificates.error()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_validNotAfter = now.addDays(90);
    m_validNotAfter.setTime(QTime(m_validNotAfter.time().hour(), m_validNotAfter.time().minute(),
                                  m_validNotAfter.time().second()));
    const auto valid = m_certificates.issue(QStringLiteral("valid"), now.addDays(-1), m_validNotAfter);
    const auto nearExpiry = m_certificates.issue(QStringLiteral("near"), now.addDays(-10), now.addDays(3));
    const auto expired = m_certificates.issue(QStringLiteral("expired"), now.addDays(-10), now.addDays(-1));
    const auto selfSigned = m_certificates.selfSigned(QStringLiteral("self"), 30);
    QVERIFY2(valid && nearExpiry && expired && selfSigned, qPrintable(m_certificates.error()));
    m_valid = *valid;
    m_nearExpiry = *nearExpiry;
    m_expired = *expired;
    m_selfSigned = *selfSigned;
}

std::unique_ptr<LoopbackHttpServer> TestCheckEngineTls::serve(const TestCertificates::Pair& pair)
{
    auto server = std::make_unique<LoopbackHttpServer>();
    const QSslConfiguration configuration = TestCertificates::serverConfiguration(pair);
    if (configuration.localCertificate().isNull() || !server->listenTls(configuration))
        return nullptr;
    server->setReply("/", {200, "secure OK", {}, 0, 0, 0});
    return server;
}

ServiceDefinition TestCheckEngineTls::service(CheckKind kind, const LoopbackHttpServer& server) const
{
    ServiceDefinition s;
    s.id = 1;
    s.kind = kind;
    s.target = kind == CheckKind::Http ? server.url() : server.hostPort();
    s.intervalSec = 3600;
    s.timeoutMs = 20'000;
    s.certExpiryWarnDays = 14;
    return s;
}

QList<CheckResult> TestCheckEngineTls::run(const ServiceDefinition& service, int times)
{
    CheckEngineOptions options = CheckEngineProbe::defaultOptions();
    options.caBundlePath = m_certificates.authorityPath();
    CheckEngineProbe probe(SystemClock::instance(), options);
    return probe.runService(service, times);
}

void TestCheckEngineTls::trustedCertificateIsUp_data()
{
    QTest::addColumn<CheckKind>("kind");
    QTest::newRow("http") << CheckKind::Http;
    QTest::newRow("tls-certificate") << CheckKind::TlsCertificate;
}

void TestCheckEngineTls::trustedCertificateIsUp()
{
    QFETCH(CheckKind, kind);
    const auto server = serve(m_valid);
    QVERIFY(server);
    const QList<CheckResult> results = run(service(kind, *server));
    QCOMPARE(results.size(), 1);
    const CheckResult& result = results.first();
    QCOMPARE(result.reason, QString());
    QCOMPARE(result.outcome, CheckResult::Outcome::Up);
    QCOMPARE(result.certExpiresAtMs, m_validNotAfter.toMSecsSinceEpoch());
    QVERIFY(result.tlsUs > 0);
    QVERIFY(result.connectUs > 0);
    QCOMPARE(result.httpCode, kind == CheckKind::Http ? 200 : 0);
}

void TestCheckEngineTls::selfSignedFailsUnlessVerificationIsOff()
{
    const auto server = serve(m_selfSigned);
    QVERIFY(server);
    ServiceDefinition s = service(CheckKind::Http, *server);
    const QList<CheckResult> verified = run(s);
    QCOMPARE(verified.size(), 1);
    QCOMPARE(verified.first().outcome, CheckResult::Outcome::Down);
    QCOMPARE(verified.first().reason, QStringLiteral("TLS: self-signed certificate"));

    s.http.verifyTls = false;
    const QList<CheckResult> unverified = run(s);
    QCOMPARE(unverified.size(), 1);
    QCOMPARE(unverified.first().reason, QString());
    QCOMPARE(unverified.first().outcome, CheckResult::Outcome::Up);
    QVERIFY(unverified.first().certExpiresAtMs > QDateTime::currentMSecsSinceEpoch());
}

void TestCheckEngineTls::certificateNearExpiryIsDegraded_data()
{
    QTest::addColumn<CheckKind>("kind");
    QTest::newRow("http") << CheckKind::Http;
    QTest::newRow("tls-certificate") << CheckKind::TlsCertificate;
}

void TestCheckEngineTls::certificateNearExpiryIsDegraded()
{
    QFETCH(CheckKind, kind);
    const auto server = serve(m_nearExpiry);
    QVERIFY(server);
    // Twice: the second http check reuses the connection and sees no new handshake, yet stays degraded.
    const QList<CheckResult> results = run(service(kind, *server), 2);
    QCOMPARE(results.size(), 2);
    for (const CheckResult& result : results) {
        QCOMPARE(result.outcome, CheckResult::Outcome::Degraded);
        QCOMPARE(result.reason, QStringLiteral("TLS: certificate expires in 2 day(s)"));
    }
    if (kind == CheckKind::Http)
        QCOMPARE(server->connectionCount(), 1);
}

void TestCheckEngineTls::expiredCertificateFails_data()
{
    QTest::addColumn<CheckKind>("kind");
    QTest::addColumn<bool>("verify");
    QTest::newRow("http, verified") << CheckKind::Http << true;
    QTest::newRow("http, verification off") << CheckKind::Http << false;
    QTest::newRow("tls-certificate, verified") << CheckKind::TlsCertificate << true;
    QTest::newRow("tls-certificate, verification off") << CheckKind::TlsCertificate << false;
}

void TestCheckEngineTls::expiredCertificateFails()
{
    QFETCH(CheckKind, kind);
    QFETCH(bool, verify);
    const auto server = serve(m_expired);
    QVERIFY(server);
    ServiceDefinition s = service(kind, *server);
    s.http.verifyTls = verify;
    const QList<CheckResult> results = run(s);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, CheckResult::Outcome::Down);
    QCOMPARE(results.first().reason, QStringLiteral("TLS: certificate has expired"));
}

QTEST_GUILESS_MAIN(TestCheckEngineTls)
#include "tst_checkengine_tls.moc"
