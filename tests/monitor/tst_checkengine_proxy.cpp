#include "CheckEngineProbe.h"
#include "LoopbackHttpServer.h"

#include "time/Clock.h"

#include <QTest>

// The engine with a proxy in the environment: checks go through it, as libcurl takes it from there. (Without
// one the engine tells libcurl "no proxy" outright; every other engine test runs that way.) The environment
// is read once per process, so this runs in a process of its own, set before the first check.
class TestCheckEngineProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checksGoThroughTheProxyOfTheEnvironment();

private:
    LoopbackHttpServer m_proxy;
};

void TestCheckEngineProxy::initTestCase()
{
    QVERIFY(m_proxy.listen());
    qputenv("http_proxy", m_proxy.url(QString()).toUtf8());
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
}

void TestCheckEngineProxy::checksGoThroughTheProxyOfTheEnvironment()
{
    // A name that resolves nowhere: only a proxy can answer for it. An HTTP proxy gets the whole URL.
    const QString target = QStringLiteral("http://vigie-through-proxy.invalid/status");
    m_proxy.setReply(target.toUtf8(), {200, "OK from the proxy", {}, 0, 0, 0});
    ServiceDefinition service;
    service.id = 1;
    service.name = QStringLiteral("proxied");
    service.kind = CheckKind::Http;
    service.target = target;
    service.intervalSec = 3600;
    service.timeoutMs = 20'000;
    service.http.keyword = QStringLiteral("from the proxy");

    CheckEngineProbe probe(SystemClock::instance());
    const QList<CheckResult> results = probe.runService(service);
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().httpCode, 200);
    QVERIFY2(results.first().outcome == CheckResult::Outcome::Up, qPrintable(results.first().reason));
}

QTEST_GUILESS_MAIN(TestCheckEngineProxy)
#include "tst_checkengine_proxy.moc"
