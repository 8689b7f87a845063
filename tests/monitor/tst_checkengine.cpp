#include "CheckEngineProbe.h"
#include "LoopbackHttpServer.h"

#include "time/Clock.h"

#include <QTest>

#include <memory>

// The engine against real servers on 127.0.0.1: every check goes through libcurl's multi interface on the
// engine's own thread (or Qt's resolver for dns).
class TestCheckEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void httpUpWithPhaseTimings();
    void hostNameLookupIsTimed();
    void connectionRefused();
    void serverErrors_data();
    void serverErrors();
    void slowerThanTheTimeout();
    void tricklingBodyTimesOut();
    void keywords_data();
    void keywords();
    void jsonCondition_data();
    void jsonCondition();
    void redirects_data();
    void redirects();
    void requestCarriesMethodHeadersAndBody();
    void unresolvableName_data();
    void unresolvableName();
    void dnsResolvesLocalhost();
    void hugeBodyIsCapped();
    void tcpUpAndRefused();
    void connectionsAreReused();
    void invertedServiceIsUpWhenItFails();
    void pausedServiceIsNotChecked();
    void resultsArriveInBatches();

private:
    static ServiceDefinition httpService(const QString& url);
    std::unique_ptr<LoopbackHttpServer> m_server;
};

namespace {

CheckResult single(const ServiceDefinition& service)
{
    CheckEngineProbe probe(SystemClock::instance());
    const QList<CheckResult> results = probe.runService(service);
    return results.isEmpty() ? CheckResult{0,
                                           0,
                                           CheckResult::Outcome::Down,
                                           -1,
                                           0,
                                           0,
                                           0,
                                           0,
                                           0,
                                           0,
                                           QStringLiteral("no result within the time limit")}
                             : results.first();
}

} // namespace

ServiceDefinition TestCheckEngine::httpService(const QString& url)
{
    ServiceDefinition service;
    service.id = 1;
    service.name = QStringLiteral("loopback");
    service.kind = CheckKind::Http;
    service.target = url;
    service.intervalSec = 3600; // only the checks the test asks for
    service.timeoutMs = 20'000;
    return service;
}

void TestCheckEngine::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setReply("/", {200, "all systems OK", {}, 0, 0, 0});
}

void TestCheckEngine::httpUpWithPhaseTimings()
{
    m_server->setReply("/slow-start", {200, "OK", {}, 50, 0, 0});
    const CheckResult result = single(httpService(m_server->url(QStringLiteral("/slow-start"))));
    QCOMPARE(result.reason, QString());
    QCOMPARE(result.outcome, CheckResult::Outcome::Up);
    QCOMPARE(result.serviceId, 1);
    QCOMPARE(result.httpCode, 200);
    QVERIFY(result.startedAtMs > 0);
    QVERIFY(result.connectUs > 0);
    QVERIFY2(result.firstByteUs >= 40'000, qPrintable(QString::number(result.firstByteUs)));
    QVERIFY(result.totalUs >= result.firstByteUs);
    QCOMPARE(result.tlsUs, 0);
    QCOMPARE(result.certExpiresAtMs, 0);
}

void TestCheckEngine::hostNameLookupIsTimed()
{
    const CheckResult result =
        single(httpService(QStringLiteral("http://localhost:%1/").arg(m_server->port())));
    QCOMPARE(result.outcome, CheckResult::Outcome::Up);
    QVERIFY(result.dnsUs > 0);
}

void TestCheckEngine::connectionRefused()
{
    const quint16 port = LoopbackHttpServer::closedPort();
    QVERIFY(port != 0);
    const CheckResult result = single(httpService(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    QCOMPARE(result.outcome, CheckResult::Outcome::Down);
    QCOMPARE(result.reason, QStringLiteral("connection refused"));
    QCOMPARE(result.httpCode, 0);
}

void TestCheckEngine::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void TestCheckEngine::serverErrors()
{
    QFETCH(int, status);
    m_server->setReply("/broken", {status, "oops", {}, 0, 0, 0});
    const CheckResult result = single(httpService(m_server->url(QStringLiteral("/broken"))));
    QCOMPARE(result.outcome, CheckResult::Outcome::Down);
    QCOMPARE(result.httpCode, status);
    QCOMPARE(result.reason, QStringLiteral("unexpected status %1").arg(status));
}

void TestCheckEngine::slowerThanTheTimeout()
{
    m_server->setReply("/sleepy", {200, "late", {}, 5'000, 0, 0});
    ServiceDefinition service = httpService(m_server->url(QStringLiteral("/sleepy")));
    service.timeoutMs = 300;
    const CheckResult result = single(service);
    QCOMPARE(result.outcome, CheckResult::Outcome::Down);
    QCOMPARE(result.reason, QStringLiteral("timed out after 300 ms"));
}

void TestCheckEngine::tricklingBodyTimesOut()
{
    // The headers come at once, then one byte every 200 ms: only the overall timeout catches this.
    m_server->setReply("/trickle", {200, QByteArray(100, 'a'), {}, 0, 200, 0});
    ServiceDefinition service = httpService(m_server->url(QStringLiteral("/trickle")));
    service.timeoutMs = 700;
    const CheckResult result = single(service);
    QCOMPARE(result.outcome, CheckResult::Outcome::Down);
    QCOMPARE(result.reason, QStringLiteral("timed out after 700 ms"));
    QCOMPARE(result.httpCode, 200);
}

void TestCheckEngine::keywords_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<bool>("mustBeAbsent");
    QTest::addColumn<CheckResult::Outcome>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::newRow("present as required") << "OK" << false << CheckResult::Outcome::Up << QString();
    QTest::newRow("missing") << "HEALTHY" << false << CheckResult::Outcome::Down
                             << QStringLiteral("keyword \"HEALTHY\" missing");
    QTest::newRow("present when it must be absent")
        << "systems" << true << CheckResult::Outcome::Down << QStringLiteral("keyword \"systems\" present");
    QTest::newRow("absent as required") << "ERROR" << true << CheckResult::Outcome::Up << QString();
}

void TestCheckEngine::keywords()
{
    QFETCH(QString, keyword);
    QFETCH(bool, mustBeAbsent);
    QFETCH(CheckResult::Outcome, outcome);
    QFETCH(QString, reason);
    ServiceDefinition service = httpService(m_server->url());
    service.http.keyword = keyword;
    service.http.keywordMustBeAbsent = mustBeAbsent;
    const CheckResult result = single(service);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.outcome, outcome);
}

void TestCheckEngine::jsonCondition_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<CheckResult::Outcome>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::newRow("condition holds") << "/components/0/status"
                                     << "UP" << CheckResult::Outcome::Up << QString();
    QTest::newRow("condition fails") << "/status"
                                     << "UP" << CheckResult::Outcome::Down
                                     << QStringLiteral("/status is \"DOWN\" (expected == UP)");
}

void TestCheckEngine::jsonCondition()
{
    QFETCH(QString, pointer);
    QFETCH(QString, expected);
    QFETCH(CheckResult::Outcome, outcome);
    QFETCH(QString, reason);
    m_server->setReply("/health",
                       {200, R"({"status": "DOWN", "components": [{"status": "UP"}]})", {}, 0, 0, 0});
    ServiceDefinition service = httpService(m_server->url(QStringLiteral("/health")));
    service.http.json = JsonCondition{pointer, JsonCondition::Op::Equal, expected};
    const CheckResult result = single(service);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.outcome, outcome);
}

void TestCheckEngine::redirects_data()
{
    QTest::addColumn<bool>("follow");
    QTest::addColumn<QString>("accepted");
    QTest::addColumn<int>("httpCode");
    QTest::addColumn<QString>("reason");
    QTest::newRow("followed") << true << "200-299" << 200 << QString();
    QTest::newRow("not followed, 302 not accepted")
        << false << "200-299" << 302 << QStringLiteral("unexpected status 302");
    QTest::newRow("not followed, 302 accepted") << false << "200-299, 302" << 302 << QString();
}

void TestCheckEngine::redirects()
{
    QFETCH(bool, follow);
    QFETCH(QString, accepted);
    QFETCH(int, httpCode);
    QFETCH(QString, reason);
    m_server->setReply("/old", {302, QByteArray(), {{"Location", "/new"}}, 0, 0, 0});
    m_server->setReply("/new", {200, "moved here", {}, 0, 0, 0});
    ServiceDefinition service = httpService(m_server->url(QStringLiteral("/old")));
    service.http.followRedirects = follow;
    service.http.acceptedStatus = *StatusCodeSet::parse(accepted);
    const CheckResult result = single(service);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.httpCode, httpCode);
    QCOMPARE(m_server->requests().last().path, follow ? QByteArray("/new") : QByteArray("/old"));
}

void TestCheckEngine::requestCarriesMethodHeadersAndBody()
{
    m_server->setReply("/api", {201, "created", {}, 0, 0, 0});
    ServiceDefinition service = httpService(m_server->url(QStringLiteral("/api")));
    service.http.method = QStringLiteral("PUT");
    service.http.headers = {{QStringLiteral("X-Probe"), QStringLiteral("vigie")}};
    service.http.body = R"({"ping": true})";
    const CheckResult result = single(service);
    QCOMPARE(result.outcome, CheckResult::Outcome::Up);
    QCOMPARE(m_server->requestCount(), 1);
    const LoopbackHttpServer::Request& request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.header("X-Probe"), QByteArray("vigie"));
    QCOMPARE(request.body, QByteArray(R"({"ping": true})"));
}

void TestCheckEngine::unresolvableName_data()
{
    QTest::addColumn<CheckKind>("kind");
    QTest::addColumn<QString>("target");
    QTest::newRow("http") << CheckKind::Http << QStringLiteral("http://vigie-test.invalid/");
    QTest::newRow("dns") << CheckKind::Dns << QStringLiteral("vigie-test.invalid");
}

void TestCheckEngine::unresolvableName()
{
    QFETCH(CheckKind, kind);
    QFETCH(QString, target);
    ServiceDefinition service = httpService(target);
    service.kind = kind;
    const CheckResult result = single(service);
    QCOMPARE(result.outcome, CheckResult::Outcome::Down);
    QCOMPARE(result.reason, QStringLiteral("could not resolve host vigie-test.invalid"));
}

void TestCheckEngine::dnsResolvesLocalhost()
{
    ServiceDefinition service = httpService(QStringLiteral("localhost"));
    service.kind = CheckKind::Dns;
    const CheckResult result = single(service);
    QCOMPARE(result.reason, QString());
    QCOMPARE(result.outcome, CheckResult::Outcome::Up);
    QVERIFY(result.dnsUs > 0);
    QCOMPARE(result.dnsUs, result.totalUs);
}

void TestCheckEngine::hugeBodyIsCapped()
{
    m_server->setReply("/huge", {200, QByteArray(), {}, 0, 0, 20 * 1024 * 1024});
    m_server->setReply("/tail", {200, QByteArray(2 * 1024 * 1024, 'x') + "TAIL", {}, 0, 0, 0});
    CheckEngineOptions options = CheckEngineProbe::defaultOptions();
    options.bodyCapBytes = 1024 * 1024;

    CheckEngineProbe probe(SystemClock::instance(), options);
    ServiceDefinition huge = httpService(m_server->url(QStringLiteral("/huge")));
    huge.http.keyword = QStringLiteral("xxx");
    ServiceDefinition tail = httpService(m_server->url(QStringLiteral("/tail")));
    tail.id = 2;
    tail.http.keyword = QStringLiteral("TAIL");
    probe.engine().setServices({huge, tail});
    probe.engine().start();
    QVERIFY(probe.waitForResults(2));
    for (const CheckResult& result : probe.results()) {
        if (result.serviceId == 1) {
            QCOMPARE(result.reason, QString());
            QCOMPARE(result.outcome, CheckResult::Outcome::Up);
        } else {
            // The keyword sits past the cap, so reading stopped before it.
            QCOMPARE(result.reason, QStringLiteral("keyword \"TAIL\" missing"));
        }
    }
}

void TestCheckEngine::tcpUpAndRefused()
{
    ServiceDefinition up = httpService(m_server->hostPort());
    up.kind = CheckKind::Tcp;
    ServiceDefinition refused =
        httpService(QStringLiteral("127.0.0.1:%1").arg(LoopbackHttpServer::closedPort()));
    refused.id = 2;
    refused.kind = CheckKind::Tcp;

    CheckEngineProbe probe(SystemClock::instance());
    probe.engine().setServices({up, refused});
    probe.engine().start();
    QVERIFY(probe.waitForResults(2));
    for (const CheckResult& result : probe.results()) {
        if (result.serviceId == 1) {
            QCOMPARE(result.outcome, CheckResult::Outcome::Up);
            QVERIFY(result.connectUs > 0);
            QCOMPARE(result.httpCode, 0);
        } else {
            QCOMPARE(result.outcome, CheckResult::Outcome::Down);
            QCOMPARE(result.reason, QStringLiteral("connection refused"));
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 1, 10'000);
    QCOMPARE(m_server->requestCount(), 0); // connect only: no request sent
}

void TestCheckEngine::connectionsAreReused()
{
    CheckEngineProbe probe(SystemClock::instance());
    const QList<CheckResult> results = probe.runService(httpService(m_server->url()), 5);
    QCOMPARE(results.size(), 5);
    for (const CheckResult& result : results)
        QCOMPARE(result.outcome, CheckResult::Outcome::Up);
    QCOMPARE(m_server->requestCount(), 5);
    QVERIFY2(m_server->connectionCount() < m_server->requestCount(),
             qPrintable(QString::number(m_server->connectionCount())));
    // A reused connection has no connect phase.
    QCOMPARE(results.last().connectUs, 0);
}

void TestCheckEngine::invertedServiceIsUpWhenItFails()
{
    ServiceDefinition service =
        httpService(QStringLiteral("http://127.0.0.1:%1/").arg(LoopbackHttpServer::closedPort()));
    service.inverted = true;
    CheckEngineProbe probe(SystemClock::instance());
    const QList<CheckResult> results = probe.runService(service);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, CheckResult::Outcome::Up);
    QTRY_COMPARE_WITH_TIMEOUT(probe.changes().size(), 1, 10'000);
    QCOMPARE(probe.changes().first().to, ServiceState::Up);

    ServiceDefinition reachable = httpService(m_server->url());
    reachable.id = 2;
    reachable.inverted = true;
    const QList<CheckResult> second = probe.runService(reachable);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().outcome, CheckResult::Outcome::Down);
    QVERIFY(!second.first().reason.isEmpty());
}

void TestCheckEngine::pausedServiceIsNotChecked()
{
    CheckEngineProbe probe(SystemClock::instance());
    const ServiceDefinition service = httpService(m_server->url());
    QCOMPARE(probe.runService(service).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(probe.changes().size(), 1, 10'000);

    probe.engine().setPaused(service.id, true);
    QTRY_COMPARE_WITH_TIMEOUT(probe.changes().size(), 2, 10'000);
    QCOMPARE(probe.changes().last().from, ServiceState::Up);
    QCOMPARE(probe.changes().last().to, ServiceState::Paused);

    probe.engine().checkNow(service.id);
    probe.engine().setPaused(service.id, false); // resuming runs the check again, from Unknown
    QTRY_COMPARE_WITH_TIMEOUT(probe.changes().size(), 4, 10'000);
    QCOMPARE(probe.changes().at(2).to, ServiceState::Unknown);
    QCOMPARE(probe.changes().at(3).to, ServiceState::Up);
    QCOMPARE(probe.results().size(), 2);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestCheckEngine::resultsArriveInBatches()
{
    CheckEngineOptions options = CheckEngineProbe::defaultOptions();
    options.batchIntervalMs = 250;
    CheckEngineProbe probe(SystemClock::instance(), options);
    QList<ServiceDefinition> services;
    for (int id = 1; id <= 30; ++id) {
        ServiceDefinition service = httpService(m_server->url());
        service.id = id;
        services.append(service);
    }
    probe.engine().setServices(services);
    probe.engine().start();
    QVERIFY(probe.waitForResults(30));
    QVERIFY2(probe.batchCount() < 30, qPrintable(QString::number(probe.batchCount())));
    QSet<qint64> ids;
    for (const CheckResult& result : probe.results())
        ids.insert(result.serviceId);
    QCOMPARE(ids.size(), 30);
}

QTEST_GUILESS_MAIN(TestCheckEngine)
#include "tst_checkengine.moc"
