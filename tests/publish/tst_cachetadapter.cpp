#include "LoopbackHttpServer.h"
#include "OffThread.h"
#include "StatusChannelFixtures.h"

#include "publish/CachetAdapter.h"
#include "publish/HttpClient.h"

#include <QJsonDocument>
#include <QTest>

using F = StatusChannelFixtures;

namespace {

const QByteArray kToken = "cachet-token-5b1e";

Secrets secrets()
{
    Secrets values;
    values.set(QStringLiteral("api_token"), kToken);
    return values;
}

ChannelConfig channelFor(const LoopbackHttpServer& server, int version)
{
    return F::channel(QStringLiteral("cachet"),
                      {{QStringLiteral("api_base"), server.url(QStringLiteral("/status"))},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("components"),
                        QVariantMap{{QStringLiteral("API"), 7}, {QStringLiteral("Website"), 9}}}});
}

QByteArray prefix(int version)
{
    return version == 3 ? "/status/api" : "/status/api/v1";
}

// 2.x answers {"data":{"id":42}}; 3.x is JSON:API, whose data.id differs here from attributes.id on purpose.
QByteArray createdReply(int version)
{
    return version == 3
               ? R"({"data":{"id":"inc-42","type":"incidents","attributes":{"id":42,"guid":"9f2c"}}})"
               : R"({"data":{"id":42,"name":"x","status":1}})";
}

QByteArray authHeaderName(int version)
{
    return version == 3 ? "Authorization" : "X-Cachet-Token";
}

QByteArray authHeaderValue(int version)
{
    return version == 3 ? "Bearer " + kToken : kToken;
}

void serveEverything(LoopbackHttpServer& server, int version)
{
    server.setReply(prefix(version) + "/incidents", F::reply(200, createdReply(version)));
    server.setReply(prefix(version) + "/incidents/42/updates", F::reply(200, R"({"data":{"id":5}})"));
    server.setReply(prefix(version) + "/components/7", F::reply(200, R"({"data":{"id":7}})"));
    server.setReply(prefix(version) + "/components/9", F::reply(200, R"({"data":{"id":9}})"));
}

} // namespace

// The Cachet adapter, both API versions, against a loopback server.
class TestCachetAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheIncident_data();
    void createsTheIncident();
    void postsUpdatesToTheSameIncident_data();
    void postsUpdatesToTheSameIncident();
    void componentFailureAfterPublishingKeepsTheIncident();
    void classifiesErrors_data();
    void classifiesErrors();
    void typeFixesTheVersion();
    void testChecksTheApi_data();
    void testChecksTheApi();
};

void TestCachetAdapter::createsTheIncident_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("firstComponentStatus");
    QTest::addColumn<int>("secondComponentStatus"); // -1: no second component
    const Incident majorAndDegraded = F::incident(
        IncidentStatus::Investigating, {F::service(QStringLiteral("API"), Impact::MajorOutage),
                                        F::service(QStringLiteral("Website"), Impact::DegradedPerformance)});
    const Incident maintenance =
        F::incident(IncidentStatus::InProgress, {F::service(QStringLiteral("API"), Impact::UnderMaintenance)},
                    Incident::Kind::Maintenance);
    const Incident partial = F::incident(IncidentStatus::Identified,
                                         {F::service(QStringLiteral("Website"), Impact::PartialOutage)});
    QTest::newRow("2.x investigating, major + performance") << 2 << majorAndDegraded << 1 << 4 << 2;
    QTest::newRow("3.x investigating, major + performance") << 3 << majorAndDegraded << 1 << 4 << 2;
    QTest::newRow("2.x identified, partial") << 2 << partial << 2 << 3 << -1;
    QTest::newRow("3.x identified, partial") << 3 << partial << 2 << 3 << -1;
    QTest::newRow("2.x maintenance: performance issues") << 2 << maintenance << 2 << 2 << -1;
    QTest::newRow("3.x maintenance: under maintenance") << 3 << maintenance << 2 << 6 << -1;
}

void TestCachetAdapter::createsTheIncident()
{
    QFETCH(int, version);
    QFETCH(Incident, incident);
    QFETCH(int, status);
    QFETCH(int, firstComponentStatus);
    QFETCH(int, secondComponentStatus);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    serveEverything(server, version);
    CachetAdapter adapter;
    HttpClient client;
    const OutboundMessage message = F::message(incident, QStringLiteral("Nous enquêtons **activement**."));
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server, version), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QVERIFY(outcome->message.isEmpty());
    QCOMPARE(outcome->externalId, QStringLiteral("42"));
    QCOMPARE(outcome->thread.value(QLatin1String("incident_id")).toString(), QStringLiteral("42"));

    const auto& create = server.requests().first();
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.path, prefix(version) + "/incidents");
    QCOMPARE(create.header(authHeaderName(version)), authHeaderValue(version));
    const QJsonObject body = F::body(create);
    QCOMPARE(body.value(QLatin1String("name")).toString(), incident.title);
    QCOMPARE(body.value(QLatin1String("status")).toInt(), status);
    QCOMPARE(body.value(QLatin1String("message")).toString(), message.draft.body);
    QCOMPARE(body.value(QLatin1String("visible")).toBool(), true);
    const int firstComponent = incident.affected.first().serviceName == QLatin1String("API") ? 7 : 9;
    QCOMPARE(body.value(QLatin1String("component_id")).toInt(), firstComponent);
    QCOMPARE(body.value(QLatin1String("component_status")).toInt(), firstComponentStatus);
    if (secondComponentStatus < 0) {
        QCOMPARE(server.requestCount(), 1);
        return;
    }
    QCOMPARE(server.requestCount(), 2);
    const auto& put = server.requests().at(1);
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.path, prefix(version) + "/components/9");
    QCOMPARE(put.header(authHeaderName(version)), authHeaderValue(version));
    QCOMPARE(F::body(put).value(QLatin1String("status")).toInt(), secondComponentStatus);
}

void TestCachetAdapter::postsUpdatesToTheSameIncident_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<bool>("resolves");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("componentStatus");
    const auto api = [](Impact impact) {
        return QList<AffectedService>{F::service(QStringLiteral("API"), impact)};
    };
    for (const int version : {2, 3}) {
        const QByteArray v = QByteArray::number(version) + ".x ";
        QTest::newRow(QByteArray(v + "identified").constData())
            << version << F::incident(IncidentStatus::Identified, api(Impact::PartialOutage)) << false << 2
            << 3;
        QTest::newRow(QByteArray(v + "watching").constData())
            << version << F::incident(IncidentStatus::Monitoring, api(Impact::DegradedPerformance)) << false
            << 3 << 2;
        QTest::newRow(QByteArray(v + "fixed, operational").constData())
            << version << F::incident(IncidentStatus::Monitoring, api(Impact::MajorOutage)) << true << 4 << 1;
    }
}

void TestCachetAdapter::postsUpdatesToTheSameIncident()
{
    QFETCH(int, version);
    QFETCH(Incident, incident);
    QFETCH(bool, resolves);
    QFETCH(int, status);
    QFETCH(int, componentStatus);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    serveEverything(server, version);
    CachetAdapter adapter;
    HttpClient client;
    const OutboundMessage message =
        F::message(incident, QStringLiteral("Correctif déployé."), 2,
                   QJsonObject{{QStringLiteral("incident_id"), QStringLiteral("42")}}, resolves);
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server, version), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(outcome->externalId, QStringLiteral("42"));
    QCOMPARE(F::lines(server), (QStringList{QStringLiteral("POST ") + QString::fromLatin1(prefix(version)) +
                                                QStringLiteral("/incidents/42/updates"),
                                            QStringLiteral("PUT ") + QString::fromLatin1(prefix(version)) +
                                                QStringLiteral("/components/7")}));
    const QJsonObject update = F::body(server.requests().at(0));
    QCOMPARE(update.value(QLatin1String("status")).toInt(), status);
    QCOMPARE(update.value(QLatin1String("message")).toString(), QStringLiteral("Correctif déployé."));
    QCOMPARE(F::body(server.requests().at(1)).value(QLatin1String("status")).toInt(), componentStatus);
    for (const auto& request : server.requests())
        QCOMPARE(request.header(authHeaderName(version)), authHeaderValue(version));
}

void TestCachetAdapter::componentFailureAfterPublishingKeepsTheIncident()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    serveEverything(server, 2);
    server.setReply("/status/api/v1/components/9", F::reply(500, R"({"errors":[{"detail":"db down"}]})"));
    CachetAdapter adapter;
    HttpClient client;
    const OutboundMessage message =
        F::message(F::incident(IncidentStatus::Investigating,
                               {F::service(QStringLiteral("API"), Impact::MajorOutage),
                                F::service(QStringLiteral("Website"), Impact::MajorOutage)}),
                   QStringLiteral("x"));
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server, 2), secrets(), client); });
    QVERIFY(outcome);
    // The incident exists: retrying the whole delivery would create it twice.
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(outcome->thread.value(QLatin1String("incident_id")).toString(), QStringLiteral("42"));
    QVERIFY2(outcome->message.contains(QStringLiteral("db down")), qPrintable(outcome->message));
}

void TestCachetAdapter::classifiesErrors_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<DeliveryOutcome::Kind>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("2.x 401")
        << 2 << 401
        << QByteArray(R"({"errors":[{"status":401,"title":"Unauthorized","detail":"Bad token"}]})")
        << QByteArray() << DeliveryOutcome::Kind::Failed << qint64(-1) << "Bad token";
    QTest::newRow("2.x 400 validation")
        << 2 << 400
        << QByteArray(
               R"({"errors":[{"id":"x","status":400,"title":"Bad Request","detail":"The given data failed to pass validation.","meta":{"details":["The name field is required."]}}]})")
        << QByteArray() << DeliveryOutcome::Kind::Failed << qint64(-1) << "failed to pass validation";
    QTest::newRow("3.x 422 Laravel")
        << 3 << 422
        << QByteArray(
               R"({"message":"The status field is required.","errors":{"status":["The status field is required."]}})")
        << QByteArray() << DeliveryOutcome::Kind::Failed << qint64(-1) << "The status field is required.";
    QTest::newRow("3.x 401 unauthenticated")
        << 3 << 401 << QByteArray(R"({"message":"Unauthenticated."})") << QByteArray()
        << DeliveryOutcome::Kind::Failed << qint64(-1) << "Unauthenticated.";
    QTest::newRow("3.x 429") << 3 << 429 << QByteArray(R"({"message":"Too Many Attempts."})")
                             << QByteArray("60") << DeliveryOutcome::Kind::Retry << qint64(60'000)
                             << "HTTP 429";
    QTest::newRow("2.x 502") << 2 << 502 << QByteArray("Bad gateway") << QByteArray()
                             << DeliveryOutcome::Kind::Retry << qint64(-1) << "HTTP 502";
}

void TestCachetAdapter::classifiesErrors()
{
    QFETCH(int, version);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(DeliveryOutcome::Kind, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, quoted);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append(qMakePair(QByteArray("Retry-After"), retryAfter));
    server.setReply(prefix(version) + "/incidents", F::reply(status, body, headers));
    CachetAdapter adapter;
    HttpClient client;
    const OutboundMessage message = F::message(
        F::incident(IncidentStatus::Investigating, {F::service(QStringLiteral("API"), Impact::MajorOutage)}),
        QStringLiteral("x"));
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server, version), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, kind);
    QCOMPARE(outcome->retryAfterMs, retryAfterMs);
    QVERIFY2(outcome->message.contains(quoted), qPrintable(outcome->message));
    QVERIFY(!outcome->message.contains(QString::fromLatin1(kToken)));
    QCOMPARE(server.requestCount(), 1); // no component is set for an incident that was not created
}

void TestCachetAdapter::typeFixesTheVersion()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    serveEverything(server, 3);
    CachetAdapter adapter(3);
    QCOMPARE(adapter.type(), QStringLiteral("cachet3"));
    QCOMPARE(CachetAdapter().type(), QStringLiteral("cachet"));
    HttpClient client;
    const auto outcome = offThread([&] {
        // The registered version wins over a setting left at 2.
        return adapter.deliver(
            F::message(F::incident(IncidentStatus::Investigating, {}), QStringLiteral("x")),
            channelFor(server, 2), secrets(), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(F::lines(server), QStringList{QStringLiteral("POST /status/api/incidents")});
}

void TestCachetAdapter::testChecksTheApi_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("request");
    QTest::newRow("2.x ping") << 2 << "GET /status/api/v1/ping";
    QTest::newRow("3.x components") << 3 << "GET /status/api/components";
}

void TestCachetAdapter::testChecksTheApi()
{
    QFETCH(int, version);
    QFETCH(QString, request);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/status/api/v1/ping", F::reply(200, R"({"data":"Pong!"})"));
    server.setReply("/status/api/components", F::reply(200, R"({"data":[]})"));
    CachetAdapter adapter;
    HttpClient client;
    const auto outcome =
        offThread([&] { return adapter.test(channelFor(server, version), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(F::lines(server), QStringList{request});
    QCOMPARE(server.requests().first().header(authHeaderName(version)), authHeaderValue(version));
    const auto missing =
        offThread([&] { return adapter.test(channelFor(server, version), Secrets(), client); });
    QVERIFY(missing);
    QCOMPARE(missing->kind, DeliveryOutcome::Kind::Failed);
}

QTEST_GUILESS_MAIN(TestCachetAdapter)
#include "tst_cachetadapter.moc"
