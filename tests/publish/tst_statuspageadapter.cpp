#include "LoopbackHttpServer.h"
#include "OffThread.h"
#include "StatusChannelFixtures.h"

#include "publish/HttpClient.h"
#include "publish/StatuspageAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using F = StatusChannelFixtures;

namespace {

const QByteArray kKey = "sp-secret-key-7f3a9";

Secrets secrets()
{
    Secrets values;
    values.set(QStringLiteral("api_key"), kKey);
    return values;
}

ChannelConfig channelFor(const LoopbackHttpServer& server, int timeoutMs = 5'000)
{
    return F::channel(
        QStringLiteral("statuspage"),
        {{QStringLiteral("api_base"), server.url(QStringLiteral("/v1"))},
         {QStringLiteral("page_id"), QStringLiteral("pg1")},
         {QStringLiteral("timeout_ms"), timeoutMs},
         {QStringLiteral("components"), QVariantMap{{QStringLiteral("API"), QStringLiteral("cmpapi")},
                                                    {QStringLiteral("Website"), QStringLiteral("cmpweb")}}}});
}

const QByteArray kIncidentReply =
    R"({"id":"inc1","shortlink":"https://stspg.io/abc","status":"investigating","incident_updates":[]})";

} // namespace

// The Statuspage adapter against a loopback server playing the manage API.
class TestStatuspageAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheIncident_data();
    void createsTheIncident();
    void updatesTheSameIncident_data();
    void updatesTheSameIncident();
    void laterMessagesFollowTheFirstIncident();
    void adoptsTheIncidentAnInterruptedAttemptCreated();
    void classifiesErrors_data();
    void classifiesErrors();
    void unreachableApiIsRetried();
    void missingKeyFailsWithoutARequest();
    void testReadsThePageWithTheKey();
};

void TestStatuspageAdapter::createsTheIncident_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QVariantMap>("components");
    QTest::addColumn<bool>("scheduled");
    QTest::newRow("investigating, major and degraded")
        << F::incident(IncidentStatus::Investigating,
                       {F::service(QStringLiteral("API"), Impact::MajorOutage),
                        F::service(QStringLiteral("Website"), Impact::DegradedPerformance),
                        F::service(QStringLiteral("Unmapped"), Impact::MajorOutage)})
        << "investigating"
        << QVariantMap{{QStringLiteral("cmpapi"), QStringLiteral("major_outage")},
                       {QStringLiteral("cmpweb"), QStringLiteral("degraded_performance")}}
        << false;
    QTest::newRow("identified, partial outage")
        << F::incident(IncidentStatus::Identified, {F::service(QStringLiteral("API"), Impact::PartialOutage)})
        << "identified" << QVariantMap{{QStringLiteral("cmpapi"), QStringLiteral("partial_outage")}} << false;
    QTest::newRow("scheduled maintenance")
        << F::incident(IncidentStatus::Scheduled,
                       {F::service(QStringLiteral("Website"), Impact::UnderMaintenance)},
                       Incident::Kind::Maintenance)
        << "scheduled" << QVariantMap{{QStringLiteral("cmpweb"), QStringLiteral("under_maintenance")}}
        << true;
}

void TestStatuspageAdapter::createsTheIncident()
{
    QFETCH(Incident, incident);
    QFETCH(QString, status);
    QFETCH(QVariantMap, components);
    QFETCH(bool, scheduled);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    for (const char* list : {"unresolved", "upcoming", "active_maintenance"})
        server.setReply("/v1/pages/pg1/incidents/" + QByteArray(list), F::reply(200, "[]"));
    server.setReply("/v1/pages/pg1/incidents", F::reply(201, kIncidentReply));
    StatuspageAdapter adapter;
    HttpClient client;
    const OutboundMessage message =
        F::message(incident, QStringLiteral("Nous enquêtons sur des échecs de paiement."));
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(outcome->externalId, QStringLiteral("inc1"));
    QCOMPARE(outcome->thread.value(QLatin1String("incident_id")).toString(), QStringLiteral("inc1"));
    QCOMPARE(outcome->thread.value(QLatin1String("shortlink")).toString(),
             QStringLiteral("https://stspg.io/abc"));

    const auto posts = F::requestsTo(server, "/v1/pages/pg1/incidents");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().method, QByteArray("POST"));
    QCOMPARE(posts.first().header("Authorization"), "OAuth " + kKey);
    // The adapter looked for an earlier attempt before creating.
    QVERIFY(F::lines(server).first().startsWith(QLatin1String("GET /v1/pages/pg1/incidents/")));
    const QJsonObject sent = F::body(posts.first()).value(QLatin1String("incident")).toObject();
    QCOMPARE(sent.value(QLatin1String("name")).toString(), QStringLiteral("Paiements en échec – API"));
    QCOMPARE(sent.value(QLatin1String("status")).toString(), status);
    QCOMPARE(sent.value(QLatin1String("body")).toString(), message.draft.body);
    QCOMPARE(sent.value(QLatin1String("components")).toObject().toVariantMap(), components);
    QStringList ids = sent.value(QLatin1String("component_ids")).toVariant().toStringList();
    ids.sort();
    QCOMPARE(ids, components.keys());
    const QJsonObject vigie =
        sent.value(QLatin1String("metadata")).toObject().value(QLatin1String("vigie")).toObject();
    QCOMPARE(vigie.value(QLatin1String("delivery")).toString(), QStringLiteral("vigie-delivery-0001"));
    QCOMPARE(vigie.value(QLatin1String("reference")).toString(), incident.reference);
    QCOMPARE(sent.contains(QLatin1String("scheduled_for")), scheduled);
    if (scheduled) {
        QCOMPARE(sent.value(QLatin1String("scheduled_for")).toString(),
                 QStringLiteral("2025-06-15T16:06:40Z"));
        QCOMPARE(sent.value(QLatin1String("scheduled_until")).toString(),
                 QStringLiteral("2025-06-15T18:06:40Z"));
    }
}

void TestStatuspageAdapter::updatesTheSameIncident_data()
{
    QTest::addColumn<Incident>("incident");
    QTest::addColumn<bool>("resolves");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QVariantMap>("components");
    QTest::newRow("identified") << F::incident(IncidentStatus::Identified,
                                               {F::service(QStringLiteral("API"), Impact::PartialOutage)})
                                << false << "identified"
                                << QVariantMap{{QStringLiteral("cmpapi"), QStringLiteral("partial_outage")}};
    QTest::newRow("monitoring")
        << F::incident(IncidentStatus::Monitoring,
                       {F::service(QStringLiteral("API"), Impact::DegradedPerformance)})
        << false << "monitoring"
        << QVariantMap{{QStringLiteral("cmpapi"), QStringLiteral("degraded_performance")}};
    QTest::newRow("resolve sets components operational")
        << F::incident(IncidentStatus::Monitoring,
                       {F::service(QStringLiteral("API"), Impact::MajorOutage),
                        F::service(QStringLiteral("Website"), Impact::PartialOutage)})
        << true << "resolved"
        << QVariantMap{{QStringLiteral("cmpapi"), QStringLiteral("operational")},
                       {QStringLiteral("cmpweb"), QStringLiteral("operational")}};
    QTest::newRow("maintenance in progress")
        << F::incident(IncidentStatus::InProgress,
                       {F::service(QStringLiteral("Website"), Impact::UnderMaintenance)},
                       Incident::Kind::Maintenance)
        << false << "in_progress"
        << QVariantMap{{QStringLiteral("cmpweb"), QStringLiteral("under_maintenance")}};
    QTest::newRow("maintenance completed")
        << F::incident(IncidentStatus::Verifying,
                       {F::service(QStringLiteral("Website"), Impact::UnderMaintenance)},
                       Incident::Kind::Maintenance)
        << true << "completed" << QVariantMap{{QStringLiteral("cmpweb"), QStringLiteral("operational")}};
}

void TestStatuspageAdapter::updatesTheSameIncident()
{
    QFETCH(Incident, incident);
    QFETCH(bool, resolves);
    QFETCH(QString, status);
    QFETCH(QVariantMap, components);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/v1/pages/pg1/incidents/inc1", F::reply(200, kIncidentReply));
    StatuspageAdapter adapter;
    HttpClient client;
    const QJsonObject thread{{QStringLiteral("incident_id"), QStringLiteral("inc1")}};
    const OutboundMessage message = F::message(incident, QStringLiteral("Mise à jour."), 2, thread, resolves);
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(outcome->externalId, QStringLiteral("inc1"));
    QCOMPARE(F::lines(server), QStringList{QStringLiteral("PATCH /v1/pages/pg1/incidents/inc1")});
    const auto& patch = server.requests().first();
    QCOMPARE(patch.header("Authorization"), "OAuth " + kKey);
    const QJsonObject sent = F::body(patch).value(QLatin1String("incident")).toObject();
    QCOMPARE(sent.value(QLatin1String("status")).toString(), status);
    QCOMPARE(sent.value(QLatin1String("body")).toString(), QStringLiteral("Mise à jour."));
    QCOMPARE(sent.value(QLatin1String("components")).toObject().toVariantMap(), components);
    // The update leaves its delivery's key, so that a check after a crash can tell it went through; the
    // key of the delivery that created the incident stays as it was.
    const QJsonObject vigie =
        sent.value(QLatin1String("metadata")).toObject().value(QLatin1String("vigie")).toObject();
    QCOMPARE(vigie.value(QLatin1String("last_delivery")).toString(), message.idempotencyKey);
    QVERIFY(!vigie.contains(QLatin1String("delivery")));
}

void TestStatuspageAdapter::laterMessagesFollowTheFirstIncident()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/v1/pages/pg1/incidents/unresolved", F::reply(200, "[]"));
    server.setReply("/v1/pages/pg1/incidents", F::reply(201, R"({"id":"zq81abc","status":"investigating"})"));
    server.setReply("/v1/pages/pg1/incidents/zq81abc",
                    F::reply(200, R"({"id":"zq81abc","status":"identified"})"));
    StatuspageAdapter adapter;
    HttpClient client;
    const Incident incident =
        F::incident(IncidentStatus::Investigating, {F::service(QStringLiteral("API"), Impact::MajorOutage)});
    const auto first = offThread([&] {
        return adapter.deliver(F::message(incident, QStringLiteral("Un.")), channelFor(server), secrets(),
                               client);
    });
    QVERIFY(first);
    QCOMPARE(first->kind, DeliveryOutcome::Kind::Sent);
    const auto second = offThread([&] {
        return adapter.deliver(F::message(incident, QStringLiteral("Deux."), 2, first->thread, false,
                                          QStringLiteral("vigie-delivery-0002")),
                               channelFor(server), secrets(), client);
    });
    QVERIFY(second);
    QCOMPARE(second->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(F::lines(server), (QStringList{QStringLiteral("GET /v1/pages/pg1/incidents/unresolved"),
                                            QStringLiteral("POST /v1/pages/pg1/incidents"),
                                            QStringLiteral("PATCH /v1/pages/pg1/incidents/zq81abc")}));
    QCOMPARE(second->thread.value(QLatin1String("incident_id")).toString(), QStringLiteral("zq81abc"));
}

void TestStatuspageAdapter::adoptsTheIncidentAnInterruptedAttemptCreated()
{
    // The page creates the incident but answers too late: the first attempt times out. The retry finds the
    // incident by the delivery key in its metadata and adopts it instead of creating a second one.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    QJsonArray created;
    server.setHandler("/v1/pages/pg1/incidents", [&](const LoopbackHttpServer::Request& request) {
        QJsonObject incident = F::body(request).value(QLatin1String("incident")).toObject();
        incident.insert(QStringLiteral("id"), QStringLiteral("late%1").arg(created.size() + 1));
        created.append(incident);
        LoopbackHttpServer::Reply reply = F::reply(201, QJsonDocument(incident).toJson());
        reply.delayMs = 1'500;
        return reply;
    });
    server.setHandler("/v1/pages/pg1/incidents/unresolved", [&](const LoopbackHttpServer::Request&) {
        // Another incident of the page, opened by someone else, must not be taken.
        QJsonArray list = created;
        list.prepend(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("other")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("vigie"),
                          QJsonObject{{QStringLiteral("delivery"), QStringLiteral("someone-else")}}}}}});
        return F::reply(200, QJsonDocument(list).toJson());
    });
    StatuspageAdapter adapter;
    HttpClient client;
    const OutboundMessage message = F::message(
        F::incident(IncidentStatus::Investigating, {F::service(QStringLiteral("API"), Impact::MajorOutage)}),
        QStringLiteral("Nous enquêtons."));
    const auto interrupted =
        offThread([&] { return adapter.deliver(message, channelFor(server, 300), secrets(), client); });
    QVERIFY(interrupted);
    QCOMPARE(interrupted->kind, DeliveryOutcome::Kind::Retry);
    QCOMPARE(created.size(), 1);
    const auto retried =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(retried);
    QCOMPARE(retried->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(retried->externalId, QStringLiteral("late1"));
    QCOMPARE(retried->thread.value(QLatin1String("incident_id")).toString(), QStringLiteral("late1"));
    QCOMPARE(created.size(), 1);
    QCOMPARE(F::requestsTo(server, "/v1/pages/pg1/incidents").size(), 1);
}

void TestStatuspageAdapter::classifiesErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<DeliveryOutcome::Kind>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("401 bad key, echoed")
        << 401 << QByteArray(R"({"error":"Key sp-secret-key-7f3a9 is not valid"})") << QByteArray()
        << DeliveryOutcome::Kind::Failed << qint64(-1) << "is not valid";
    QTest::newRow("422 validation list")
        << 422 << QByteArray(R"({"error":["Name can't be blank","Body too long"]})") << QByteArray()
        << DeliveryOutcome::Kind::Failed << qint64(-1) << "Name can't be blank; Body too long";
    QTest::newRow("420 rate limited") << 420 << QByteArray("{}") << QByteArray("7")
                                      << DeliveryOutcome::Kind::Retry << qint64(7'000) << "HTTP 420";
    QTest::newRow("429 rate limited") << 429 << QByteArray("{}") << QByteArray("3")
                                      << DeliveryOutcome::Kind::Retry << qint64(3'000) << "HTTP 429";
    QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray() << DeliveryOutcome::Kind::Retry
                         << qint64(-1) << "HTTP 500";
    QTest::newRow("503 with Retry-After") << 503 << QByteArray() << QByteArray("12")
                                          << DeliveryOutcome::Kind::Retry << qint64(12'000) << "HTTP 503";
    QTest::newRow("404 page") << 404 << QByteArray(R"({"error":"Not found"})") << QByteArray()
                              << DeliveryOutcome::Kind::Failed << qint64(-1) << "Not found";
}

void TestStatuspageAdapter::classifiesErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(DeliveryOutcome::Kind, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, quoted);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/v1/pages/pg1/incidents/inc1",
                    F::reply(status, body,
                             retryAfter.isEmpty()
                                 ? QList<QPair<QByteArray, QByteArray>>{}
                                 : QList<QPair<QByteArray, QByteArray>>{{"Retry-After", retryAfter}}));
    StatuspageAdapter adapter;
    HttpClient client;
    const OutboundMessage message =
        F::message(F::incident(IncidentStatus::Identified, {}), QStringLiteral("x"), 2,
                   QJsonObject{{QStringLiteral("incident_id"), QStringLiteral("inc1")}});
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, kind);
    QCOMPARE(outcome->retryAfterMs, retryAfterMs);
    QVERIFY2(outcome->message.contains(quoted), qPrintable(outcome->message));
    QVERIFY2(!outcome->message.contains(QString::fromLatin1(kKey)), qPrintable(outcome->message));
    QVERIFY(outcome->thread.isEmpty());
}

void TestStatuspageAdapter::unreachableApiIsRetried()
{
    const quint16 port = LoopbackHttpServer::closedPort();
    ChannelConfig channel =
        F::channel(QStringLiteral("statuspage"),
                   {{QStringLiteral("api_base"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port)},
                    {QStringLiteral("page_id"), QStringLiteral("pg1")}});
    StatuspageAdapter adapter;
    HttpClient client;
    const auto outcome = offThread([&] {
        return adapter.deliver(
            F::message(F::incident(IncidentStatus::Investigating, {}), QStringLiteral("x")), channel,
            secrets(), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Retry);
    QVERIFY2(outcome->message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
             qPrintable(outcome->message));
}

void TestStatuspageAdapter::missingKeyFailsWithoutARequest()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    StatuspageAdapter adapter;
    HttpClient client;
    const auto outcome = offThread([&] {
        return adapter.deliver(
            F::message(F::incident(IncidentStatus::Investigating, {}), QStringLiteral("x")),
            channelFor(server), Secrets(), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Failed);
    QVERIFY2(outcome->message.contains(QStringLiteral("api_key")), qPrintable(outcome->message));
    QCOMPARE(server.requestCount(), 0);
}

void TestStatuspageAdapter::testReadsThePageWithTheKey()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler("/v1/pages/pg1", [](const LoopbackHttpServer::Request& request) {
        return request.header("Authorization") == "OAuth " + kKey
                   ? F::reply(200, R"({"id":"pg1","name":"Acme"})")
                   : F::reply(401, R"({"error":"Unauthorized"})");
    });
    StatuspageAdapter adapter;
    HttpClient client;
    const auto ready = offThread([&] { return adapter.test(channelFor(server), secrets(), client); });
    QVERIFY(ready);
    QCOMPARE(ready->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(F::lines(server), QStringList{QStringLiteral("GET /v1/pages/pg1")});
    Secrets wrong;
    wrong.set(QStringLiteral("api_key"), "not-the-key");
    const auto refused = offThread([&] { return adapter.test(channelFor(server), wrong, client); });
    QVERIFY(refused);
    QCOMPARE(refused->kind, DeliveryOutcome::Kind::Failed);
    QVERIFY(refused->message.contains(QStringLiteral("401")));
}

QTEST_GUILESS_MAIN(TestStatuspageAdapter)
#include "tst_statuspageadapter.moc"
