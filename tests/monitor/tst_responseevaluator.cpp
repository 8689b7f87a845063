#include "monitor/ResponseEvaluator.h"

#include <QTest>

#include <curl/curl.h>

#include <cerrno>

Q_DECLARE_METATYPE(ServiceDefinition)
Q_DECLARE_METATYPE(TransferOutcome)

class TestResponseEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void phaseTimingsAreDifferencesOfTheMarks();
    void inversion_data();
    void inversion();
};

namespace {

constexpr qint64 now = 1'700'000'000'000;
constexpr qint64 day = 24LL * 3600 * 1000;
using Outcome = CheckResult::Outcome;

ServiceDefinition http(const QString& target = QStringLiteral("http://127.0.0.1:8080/health"))
{
    ServiceDefinition service;
    service.id = 1;
    service.kind = CheckKind::Http;
    service.target = target;
    return service;
}

TransferOutcome ok(int status = 200, const QByteArray& body = QByteArray())
{
    TransferOutcome t;
    t.httpCode = status;
    t.body = body;
    t.nameLookupUs = 10;
    t.connectUs = 110;
    t.startTransferUs = 1110;
    t.totalUs = 1210;
    return t;
}

TransferOutcome failed(CURLcode code, const QByteArray& error = QByteArray(), long osErrno = 0)
{
    TransferOutcome t;
    t.curlCode = code;
    t.curlError = error;
    t.osErrno = osErrno;
    return t;
}

ServiceDefinition withKeyword(const QString& keyword, bool mustBeAbsent)
{
    ServiceDefinition s = http();
    s.http.keyword = keyword;
    s.http.keywordMustBeAbsent = mustBeAbsent;
    return s;
}

ServiceDefinition withJson(const QString& pointer, JsonCondition::Op op, const QString& expected)
{
    ServiceDefinition s = http();
    s.http.json = JsonCondition{pointer, op, expected};
    return s;
}

} // namespace

void TestResponseEvaluator::evaluate_data()
{
    QTest::addColumn<ServiceDefinition>("service");
    QTest::addColumn<TransferOutcome>("transfer");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("reason");

    using Op = JsonCondition::Op;
    const QByteArray health = R"({"status": "DOWN", "checks": [{"name": "db", "latency": 12.5}], "n": 3})";

    QTest::newRow("200 is up") << http() << ok() << Outcome::Up << QString();
    QTest::newRow("503 is down") << http() << ok(503) << Outcome::Down
                                 << QStringLiteral("unexpected status 503");
    {
        ServiceDefinition s = http();
        s.http.acceptedStatus = *StatusCodeSet::parse(QStringLiteral("200-299, 302"));
        QTest::newRow("302 accepted when listed") << s << ok(302) << Outcome::Up << QString();
        QTest::newRow("301 not listed")
            << s << ok(301) << Outcome::Down << QStringLiteral("unexpected status 301");
    }
    QTest::newRow("timeout") << http() << failed(CURLE_OPERATION_TIMEDOUT) << Outcome::Down
                             << QStringLiteral("timed out after 5000 ms");
    QTest::newRow("refused") << http() << failed(CURLE_COULDNT_CONNECT, "Failed to connect", ECONNREFUSED)
                             << Outcome::Down << QStringLiteral("connection refused");
    QTest::newRow("unresolvable") << http(QStringLiteral("http://x.invalid/"))
                                  << failed(CURLE_COULDNT_RESOLVE_HOST) << Outcome::Down
                                  << QStringLiteral("could not resolve host x.invalid");
    QTest::newRow("expired certificate")
        << http()
        << failed(CURLE_PEER_FAILED_VERIFICATION, "SSL certificate problem: certificate has expired")
        << Outcome::Down << QStringLiteral("TLS: certificate has expired");
    QTest::newRow("self-signed certificate")
        << http()
        << failed(CURLE_PEER_FAILED_VERIFICATION, "SSL certificate problem: self-signed certificate")
        << Outcome::Down << QStringLiteral("TLS: self-signed certificate");
    QTest::newRow("keyword missing") << withKeyword(QStringLiteral("OK"), false) << ok(200, "all fine")
                                     << Outcome::Down << QStringLiteral("keyword \"OK\" missing");
    QTest::newRow("keyword found") << withKeyword(QStringLiteral("OK"), false) << ok(200, "status: OK")
                                   << Outcome::Up << QString();
    QTest::newRow("forbidden keyword present")
        << withKeyword(QStringLiteral("ERROR"), true) << ok(200, "ERROR: disk full") << Outcome::Down
        << QStringLiteral("keyword \"ERROR\" present");
    QTest::newRow("forbidden keyword absent")
        << withKeyword(QStringLiteral("ERROR"), true) << ok(200, "fine") << Outcome::Up << QString();
    QTest::newRow("json equal fails")
        << withJson(QStringLiteral("/status"), Op::Equal, QStringLiteral("UP")) << ok(200, health)
        << Outcome::Down << QStringLiteral("/status is \"DOWN\" (expected == UP)");
    QTest::newRow("json not equal holds")
        << withJson(QStringLiteral("/status"), Op::NotEqual, QStringLiteral("UP")) << ok(200, health)
        << Outcome::Up << QString();
    QTest::newRow("json number compared as number")
        << withJson(QStringLiteral("/checks/0/latency"), Op::Less, QStringLiteral("100")) << ok(200, health)
        << Outcome::Up << QString();
    QTest::newRow("json number too large")
        << withJson(QStringLiteral("/n"), Op::LessOrEqual, QStringLiteral("2")) << ok(200, health)
        << Outcome::Down << QStringLiteral("/n is 3 (expected <= 2)");
    QTest::newRow("json contains") << withJson(QStringLiteral("/checks/0/name"), Op::Contains,
                                               QStringLiteral("d"))
                                   << ok(200, health) << Outcome::Up << QString();
    QTest::newRow("json pointer missing")
        << withJson(QStringLiteral("/version"), Op::Equal, QStringLiteral("2")) << ok(200, health)
        << Outcome::Down << QStringLiteral("/version is missing from the response");
    {
        const QString reason = QStringLiteral("the response is not valid JSON (");
        QTest::newRow("json body not json")
            << withJson(QStringLiteral("/status"), Op::Equal, QStringLiteral("UP")) << ok(200, "<html>")
            << Outcome::Down << reason;
    }
    {
        ServiceDefinition s = http();
        s.http.degradedAboveMs = 500;
        TransferOutcome slow = ok();
        slow.totalUs = 812'400;
        QTest::newRow("slow is degraded")
            << s << slow << Outcome::Degraded << QStringLiteral("response took 812 ms (threshold 500 ms)");
        QTest::newRow("fast is up") << s << ok() << Outcome::Up << QString();
    }
    {
        ServiceDefinition s = http(QStringLiteral("https://127.0.0.1/"));
        TransferOutcome soon = ok();
        soon.certExpiresAtMs = now + 3 * day + 1000;
        QTest::newRow("certificate expires soon")
            << s << soon << Outcome::Degraded << QStringLiteral("TLS: certificate expires in 3 day(s)");
        TransferOutcome later = ok();
        later.certExpiresAtMs = now + 30 * day;
        QTest::newRow("certificate far from expiry") << s << later << Outcome::Up << QString();
        TransferOutcome gone = ok();
        gone.certExpiresAtMs = now - day;
        QTest::newRow("certificate expired, verification off")
            << s << gone << Outcome::Down << QStringLiteral("TLS: certificate has expired");
    }
    {
        ServiceDefinition s = http();
        s.kind = CheckKind::TlsCertificate;
        QTest::newRow("tls check without certificate")
            << s << ok(0) << Outcome::Down << QStringLiteral("TLS: no certificate received from 127.0.0.1");
    }
    {
        ServiceDefinition s = http();
        s.kind = CheckKind::Tcp;
        s.target = QStringLiteral("127.0.0.1:5432");
        QTest::newRow("tcp connected") << s << ok(0) << Outcome::Up << QString();
        QTest::newRow("tcp refused") << s << failed(CURLE_COULDNT_CONNECT, "", ECONNREFUSED) << Outcome::Down
                                     << QStringLiteral("connection refused");
    }
    {
        ServiceDefinition s = withKeyword(QStringLiteral("needle"), false);
        TransferOutcome capped = ok(200, QByteArray(1024, 'x') + "needle");
        capped.curlCode = CURLE_WRITE_ERROR;
        capped.bodyCapped = true;
        QTest::newRow("capped body is judged on what was read") << s << capped << Outcome::Up << QString();
        TransferOutcome broken = failed(CURLE_WRITE_ERROR, "Failure writing output");
        QTest::newRow("write error without cap is a failure")
            << s << broken << Outcome::Down << QStringLiteral("check failed (Failure writing output)");
    }
}

void TestResponseEvaluator::evaluate()
{
    QFETCH(ServiceDefinition, service);
    QFETCH(TransferOutcome, transfer);
    QFETCH(Outcome, outcome);
    QFETCH(QString, reason);

    const CheckResult result = ResponseEvaluator::evaluate(service, transfer, now);
    QCOMPARE(result.outcome, outcome);
    if (reason.endsWith(QLatin1Char('(')))
        QVERIFY2(result.reason.startsWith(reason), qPrintable(result.reason));
    else
        QCOMPARE(result.reason, reason);
    QCOMPARE(result.httpCode, transfer.httpCode);
}

void TestResponseEvaluator::phaseTimingsAreDifferencesOfTheMarks()
{
    TransferOutcome t = ok();
    t.nameLookupUs = 1'000;
    t.connectUs = 3'000;
    t.appConnectUs = 10'000;
    t.startTransferUs = 25'000;
    t.totalUs = 26'000;
    const CheckResult result = ResponseEvaluator::evaluate(http(), t, now);
    QCOMPARE(result.dnsUs, 1'000);
    QCOMPARE(result.connectUs, 2'000);
    QCOMPARE(result.tlsUs, 7'000);
    QCOMPARE(result.firstByteUs, 15'000);
    QCOMPARE(result.totalUs, 26'000);
}

void TestResponseEvaluator::inversion_data()
{
    QTest::addColumn<Outcome>("before");
    QTest::addColumn<bool>("inverted");
    QTest::addColumn<Outcome>("after");
    QTest::addColumn<bool>("hasReason");
    QTest::newRow("down becomes up") << Outcome::Down << true << Outcome::Up << false;
    QTest::newRow("up becomes down") << Outcome::Up << true << Outcome::Down << true;
    QTest::newRow("degraded becomes down") << Outcome::Degraded << true << Outcome::Down << true;
    QTest::newRow("not inverted keeps down") << Outcome::Down << false << Outcome::Down << true;
}

void TestResponseEvaluator::inversion()
{
    QFETCH(Outcome, before);
    QFETCH(bool, inverted);
    QFETCH(Outcome, after);
    QFETCH(bool, hasReason);
    CheckResult result;
    result.outcome = before;
    result.reason = before == Outcome::Up ? QString() : QStringLiteral("connection refused");
    ResponseEvaluator::applyInversion(result, inverted);
    QCOMPARE(result.outcome, after);
    QCOMPARE(!result.reason.isEmpty(), hasReason);
}

QTEST_GUILESS_MAIN(TestResponseEvaluator)
#include "tst_responseevaluator.moc"
