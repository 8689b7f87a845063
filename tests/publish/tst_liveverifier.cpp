#include "LoopbackHttpServer.h"
#include "ManualClock.h"

#include "publish/live/LiveVerifier.h"
#include "publish/live/PublicTextExtractor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// "Verify live" against real pages on 127.0.0.1: a page that shows the update on its second reading, one
// that never does (pending, growing, then given up), an address nobody answers, a status-page API where
// only the right incident counts, answers that are not the page, and stop().
class TestLiveVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pendingThenLiveWhenThePageUpdates();
    void liveAtOnceWhenThePageAlreadyShowsIt();
    void pendingWithGrowingDurationThenGivesUp();
    void pendingWithTheReasonWhenUnreachable();
    void onlyTheDeliveredIncidentCounts();
    void saysWhatTheAddressAnswered_data();
    void saysWhatTheAddressAnswered();
    void readsCachetsUpdates();
    void stopEndsEveryWatch();
    void stopAbortsAFetchUnderWay();
    void watchingAgainStartsOver();

private:
    LiveCheckPlan plan(const QString& path, const QString& body, const QString& scopeId = QString()) const;
    LiveVerifier::Options fast(int maxChecks = 40) const;
    static LiveState lastState(const QSignalSpy& spy);
    static LoopbackHttpServer::Reply page(const QByteArray& html);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
};

void TestLiveVerifier::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    m_clock = std::make_unique<ManualClock>();
}

void TestLiveVerifier::cleanup()
{
    m_server.reset();
}

LiveCheckPlan TestLiveVerifier::plan(const QString& path, const QString& body, const QString& scopeId) const
{
    LiveCheckPlan plan;
    plan.deliveryId = QStringLiteral("delivery-1");
    plan.channelName = QStringLiteral("Public page");
    plan.sources.append({QUrl(m_server->url(path)), scopeId});
    plan.expectedText = PublicTextExtractor::fromPlainText(body);
    plan.sentAtMs = m_clock->nowMs();
    plan.timeoutMs = 5'000;
    return plan;
}

LiveVerifier::Options TestLiveVerifier::fast(int maxChecks) const
{
    // Real timers, but short: the clock that decides when to give up is the test's own.
    LiveVerifier::Options options;
    options.schedule.firstDelayMs = 5;
    options.schedule.maxDelayMs = 20;
    options.schedule.maxChecks = maxChecks;
    return options;
}

LiveState TestLiveVerifier::lastState(const QSignalSpy& spy)
{
    return spy.isEmpty() ? LiveState() : spy.last().at(1).value<LiveState>();
}

LoopbackHttpServer::Reply TestLiveVerifier::page(const QByteArray& html)
{
    return LoopbackHttpServer::Reply{200, html, {{"Content-Type", "text/html; charset=utf-8"}}, 0, 0, 0};
}

void TestLiveVerifier::pendingThenLiveWhenThePageUpdates()
{
    m_server->setReplies("/index.html",
                         {page("<html><body><p>All systems operational.</p></body></html>"),
                          page("<html><body><p class=\"text\">Payments &lt;failing&gt;; we are\n"
                               "<strong>on it</strong>.</p></body></html>")});
    LiveVerifier verifier(*m_clock, fast());
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("Payments <failing>; we are on it.")));

    QTRY_VERIFY_WITH_TIMEOUT(lastState(spy).isFinal(), 10'000);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("delivery-1"));
    QCOMPARE(spy.at(0).at(1).value<LiveState>().kind, LiveState::Kind::Checking);
    const auto pending = spy.at(1).at(1).value<LiveState>();
    QCOMPARE(pending.kind, LiveState::Kind::Pending);
    QCOMPARE(pending.attempts, 1);
    QCOMPARE(pending.reason, QStringLiteral("The public page does not show the update yet."));
    QCOMPARE(pending.url, m_server->url(QStringLiteral("/index.html")));
    const LiveState live = lastState(spy);
    QCOMPARE(live.kind, LiveState::Kind::Live);
    QCOMPARE(live.attempts, 2);
    QCOMPARE(live.liveAtMs, m_clock->nowMs());
    QCOMPARE(verifier.state(QStringLiteral("delivery-1")), live);
    QVERIFY(!verifier.isWatching(QStringLiteral("delivery-1")));
    // Seen live, it is not looked at again.
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().first().method, QByteArray("GET"));
    QVERIFY(m_server->requests().first().header("Authorization").isEmpty());
}

void TestLiveVerifier::liveAtOnceWhenThePageAlreadyShowsIt()
{
    m_server->setReply("/index.html", page("<p>Up again since 14:10.</p>"));
    LiveVerifier verifier(*m_clock, fast());
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("Up again since 14:10.")));
    QTRY_COMPARE_WITH_TIMEOUT(lastState(spy).kind, LiveState::Kind::Live, 10'000);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(lastState(spy).attempts, 1);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestLiveVerifier::pendingWithGrowingDurationThenGivesUp()
{
    m_server->setReply("/index.html", page("<p>All systems operational.</p>"));
    LiveVerifier::Options options = fast(1'000); // only the clock ends this one
    options.schedule.giveUpAfterMs = 30 * 60'000;
    LiveVerifier verifier(*m_clock, options);
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    // Every check "takes" five minutes of the test's clock.
    connect(&verifier, &LiveVerifier::liveStateChanged, this, [this](const QString&, const LiveState& state) {
        if (state.kind == LiveState::Kind::Pending)
            m_clock->advanceMs(5 * 60'000);
    });
    const qint64 sent = m_clock->nowMs();
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("Payments are failing.")));
    QTRY_VERIFY_WITH_TIMEOUT(lastState(spy).isFinal(), 20'000);

    QList<QString> texts;
    qint64 previousWait = -1;
    for (qsizetype i = 1; i + 1 < spy.size(); ++i) {
        const auto state = spy.at(i).at(1).value<LiveState>();
        QCOMPARE(state.kind, LiveState::Kind::Pending);
        QCOMPARE(state.sinceMs, sent);
        QCOMPARE(state.attempts, int(i));
        QVERIFY(state.checkedAtMs - state.sinceMs > previousWait);
        previousWait = state.checkedAtMs - state.sinceMs;
        texts.append(state.text(state.checkedAtMs));
    }
    QCOMPARE(texts.size(), 6); // at 0, 5, ... 25 minutes
    QCOMPARE(texts.first(), QStringLiteral("Pending for 0 s"));
    QCOMPARE(texts.at(1), QStringLiteral("Pending for 5 min"));
    QCOMPARE(texts.last(), QStringLiteral("Pending for 25 min"));
    const LiveState last = lastState(spy);
    QCOMPARE(last.kind, LiveState::Kind::GaveUp);
    QCOMPARE(last.attempts, 7);
    QCOMPARE(last.text(m_clock->nowMs() + 3'600'000), QStringLiteral("Not live after 30 min"));
    QCOMPARE(last.reason, QStringLiteral("The public page does not show the update yet."));
    QVERIFY(!verifier.isWatching(QStringLiteral("delivery-1")));
    QCOMPARE(m_server->requestCount(), 7);
}

void TestLiveVerifier::pendingWithTheReasonWhenUnreachable()
{
    const quint16 closed = LoopbackHttpServer::closedPort();
    QVERIFY(closed != 0);
    LiveCheckPlan unreachable = plan(QStringLiteral("/index.html"), QStringLiteral("Payments are failing."));
    unreachable.sources = {{QUrl(QStringLiteral("http://127.0.0.1:%1/index.html").arg(closed)), QString()}};
    LiveVerifier verifier(*m_clock, fast(3));
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(unreachable);
    // Bounded: after maxChecks it gives up, still saying why. A refused connection answers at once, so the
    // states are read from the spy's history rather than caught on the way.
    QTRY_COMPARE_WITH_TIMEOUT(lastState(spy).kind, LiveState::Kind::GaveUp, 10'000);
    LiveState pending;
    for (const QList<QVariant>& emitted : spy) {
        const LiveState state = emitted.at(1).value<LiveState>();
        if (state.kind == LiveState::Kind::Pending) {
            pending = state;
            break;
        }
    }
    QCOMPARE(pending.kind, LiveState::Kind::Pending);
    QVERIFY2(pending.reason.contains(QStringLiteral("127.0.0.1:%1").arg(closed)), qPrintable(pending.reason));
    QVERIFY(pending.reason != QStringLiteral("The public page does not show the update yet."));
    QCOMPARE(lastState(spy).attempts, 3);
    QCOMPARE(lastState(spy).reason, pending.reason);
}

void TestLiveVerifier::onlyTheDeliveredIncidentCounts()
{
    // A Statuspage-shaped public API: the same words in an older incident prove nothing.
    const QByteArray before = R"({"page":{"id":"p"},"incidents":[
        {"id":"old","name":"Earlier","incident_updates":[{"id":"u0","body":"We are investigating."}]}]})";
    const QByteArray after = R"({"page":{"id":"p"},"incidents":[
        {"id":"new42","name":"Checkout","incident_updates":[{"id":"u1","body":"We are investigating."}]},
        {"id":"old","name":"Earlier","incident_updates":[{"id":"u0","body":"We are investigating."}]}]})";
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
    m_server->setReplies("/api/v2/incidents.json", {LoopbackHttpServer::Reply{200, before, json, 0, 0, 0},
                                                    LoopbackHttpServer::Reply{200, after, json, 0, 0, 0}});
    LiveVerifier verifier(*m_clock, fast());
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(plan(QStringLiteral("/api/v2/incidents.json"), QStringLiteral("We are investigating."),
                        QStringLiteral("new42")));
    QTRY_VERIFY_WITH_TIMEOUT(lastState(spy).isFinal(), 10'000);
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.at(1).at(1).value<LiveState>().reason,
             QStringLiteral("The incident is not on the public page yet."));
    QCOMPARE(lastState(spy).kind, LiveState::Kind::Live);
}

void TestLiveVerifier::saysWhatTheAddressAnswered_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not found") << 404 << QByteArray() << QStringLiteral("answered HTTP 404");
    QTest::newRow("server error") << 503 << QByteArray() << QStringLiteral("answered HTTP 503");
    QTest::newRow("moved") << 301 << QByteArray("https://status.example.org/")
                           << QStringLiteral("https://status.example.org/");
}

void TestLiveVerifier::saysWhatTheAddressAnswered()
{
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QString, expected);
    LoopbackHttpServer::Reply reply{status, "We are investigating.", {}, 0, 0, 0};
    if (!location.isEmpty())
        reply.headers.append({"Location", location});
    m_server->setReply("/index.html", reply);
    LiveVerifier verifier(*m_clock, fast(1));
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("We are investigating.")));
    QTRY_VERIFY_WITH_TIMEOUT(lastState(spy).isFinal(), 10'000);
    // The words are in the body, but an error page is not the public page.
    QCOMPARE(lastState(spy).kind, LiveState::Kind::GaveUp);
    QVERIFY2(lastState(spy).reason.contains(expected), qPrintable(lastState(spy).reason));
}

void TestLiveVerifier::readsCachetsUpdates()
{
    // Cachet: the incident carries the first message, its updates list the later ones.
    const QList<QPair<QByteArray, QByteArray>> json{{"Content-Type", "application/json"}};
    m_server->setReply("/api/v1/incidents/17",
                       {200, R"({"data":{"id":17,"message":"We are investigating."}})", json, 0, 0, 0});
    m_server->setReply("/api/v1/incidents/17/updates",
                       {200, R"({"data":[{"id":3,"message":"Fixed; watching."}]})", json, 0, 0, 0});
    LiveCheckPlan cachet = plan(QStringLiteral("/api/v1/incidents/17"), QStringLiteral("Fixed; watching."));
    cachet.sources.append({QUrl(m_server->url(QStringLiteral("/api/v1/incidents/17/updates"))), QString()});
    LiveVerifier verifier(*m_clock, fast());
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(cachet);
    QTRY_COMPARE_WITH_TIMEOUT(lastState(spy).kind, LiveState::Kind::Live, 10'000);
    QCOMPARE(lastState(spy).url, m_server->url(QStringLiteral("/api/v1/incidents/17/updates")));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestLiveVerifier::stopEndsEveryWatch()
{
    m_server->setReply("/index.html", page("<p>All systems operational.</p>"));
    // A long pause before the second check: at stop() nothing is under way, only a re-check is planned.
    LiveVerifier::Options options = fast();
    options.schedule.firstDelayMs = 60'000;
    options.schedule.maxDelayMs = 60'000;
    LiveVerifier verifier(*m_clock, options);
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("Payments are failing.")));
    QTRY_COMPARE_WITH_TIMEOUT(lastState(spy).kind, LiveState::Kind::Pending, 10'000);
    QCOMPARE(m_server->requestCount(), 1);
    verifier.stop();
    QVERIFY(!verifier.isWatching(QStringLiteral("delivery-1")));
    const qsizetype states = spy.size();
    // The planned re-check is dropped and a watch after stop() is refused.
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("Payments are failing.")));
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), states);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(verifier.state(QStringLiteral("delivery-1")).kind, LiveState::Kind::Pending);
}

void TestLiveVerifier::stopAbortsAFetchUnderWay()
{
    // The page answers only after a minute; stop() must not wait for it (nor for the request's timeout).
    LoopbackHttpServer::Reply slow = page("<p>Payments are failing.</p>");
    slow.delayMs = 60'000;
    m_server->setReply("/index.html", slow);
    LiveCheckPlan slowPlan = plan(QStringLiteral("/index.html"), QStringLiteral("Payments are failing."));
    slowPlan.timeoutMs = 60'000;
    LiveVerifier verifier(*m_clock, fast());
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(slowPlan);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 1, 10'000);
    QElapsedTimer stopping;
    stopping.start();
    verifier.stop();
    QVERIFY2(stopping.elapsed() < 30'000, "stop() waited out the fetch instead of aborting it");
    QCoreApplication::processEvents();
    QCOMPARE(lastState(spy).kind, LiveState::Kind::Checking);
}

void TestLiveVerifier::watchingAgainStartsOver()
{
    m_server->setReply("/index.html", page("<p>All systems operational.</p>"));
    LiveVerifier verifier(*m_clock, fast(2));
    QSignalSpy spy(&verifier, &LiveVerifier::liveStateChanged);
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("Payments are failing.")));
    QTRY_COMPARE_WITH_TIMEOUT(lastState(spy).kind, LiveState::Kind::GaveUp, 10'000);
    // Sent again (a retry by hand): looked for again from the start, and this time it is there.
    m_server->setReply("/index.html", page("<p>Payments are failing.</p>"));
    verifier.watch(plan(QStringLiteral("/index.html"), QStringLiteral("Payments are failing.")));
    QCOMPARE(lastState(spy).kind, LiveState::Kind::Checking);
    QTRY_COMPARE_WITH_TIMEOUT(lastState(spy).kind, LiveState::Kind::Live, 10'000);
    QCOMPARE(lastState(spy).attempts, 1);
}

QTEST_GUILESS_MAIN(TestLiveVerifier)
#include "tst_liveverifier.moc"
