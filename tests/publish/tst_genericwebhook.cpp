#include "IncidentFixture.h"
#include "LoopbackHttpServer.h"
#include "ManualClock.h"
#include "OffThread.h"

#include "publish/adapters/GenericWebhookAdapter.h"
#include "publish/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The generic JSON webhook: a Mustache body rendered from the message facts with JSON escaping, headers that
// quote secrets, an Idempotency-Key, and the refusals that must never send a broken request.
class TestGenericWebhook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTheTemplateAsJson();
    void defaultBodyCarriesTheFacts();
    void missingFactFailsWithoutSending();
    void invalidJsonTemplateFails();
    void missingHeaderSecretFails();
    void failures_data();
    void failures();
    void testChecksWithoutPosting();
};

namespace {

using Kind = DeliveryOutcome::Kind;
const QByteArray Path = "/hooks/incidents";
const QByteArray ApiKey = "k3y-SECRET-value";

OutboundMessage message(const QString& text)
{
    OutboundMessage out;
    out.deliveryId = QStringLiteral("d-9");
    out.idempotencyKey = QStringLiteral("3b6f-draft-7-channel-2");
    out.incident = IncidentFixture::full();
    out.incident.title = QStringLiteral("\"Checkout\" errors \\ 50%");
    out.draft.language = QStringLiteral("en");
    out.draft.body = text;
    out.sequence = 2;
    out.resolves = true;
    return out;
}

ChannelConfig channel(const LoopbackHttpServer& server, const QString& body)
{
    ChannelConfig config;
    config.name = QStringLiteral("Incident bus");
    config.type = QStringLiteral("webhook");
    config.settings.insert(QStringLiteral("url"), server.url(QString::fromLatin1(Path)));
    config.settings.insert(
        QStringLiteral("headers"),
        QVariantMap{{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret:api_key}}")},
                    {QStringLiteral("X-Source"), QStringLiteral("vigie")}});
    if (!body.isEmpty())
        config.settings.insert(QStringLiteral("body"), body);
    config.secrets = {QStringLiteral("api_key")};
    return config;
}

Secrets secrets()
{
    Secrets values;
    values.set(QStringLiteral("api_key"), ApiKey);
    return values;
}

DeliveryOutcome deliver(const OutboundMessage& out, const ChannelConfig& config, const Secrets& values)
{
    ManualClock clock(IncidentFixture::nowMs());
    GenericWebhookAdapter adapter(clock);
    HttpClient client;
    return offThread([&] { return adapter.deliver(out, config, values, client); })
        .value_or(DeliveryOutcome::failed(QStringLiteral("timed out in the test")));
}

} // namespace

void TestGenericWebhook::rendersTheTemplateAsJson()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(Path, {201, R"({"data":{"id":"evt-77"}})", {}, 0, 0, 0});
    ChannelConfig config =
        channel(server, QStringLiteral(
                            R"({"ref":"{{reference}}","title":"{{title}}",)"
                            R"("text":"{{message}}","status":"{{status}}",)"
                            R"("services":"{{#services}}{{name}};{{/services}}",)"
                            R"("resolved":{{#resolves}}true{{/resolves}}{{^resolves}}false{{/resolves}}})"));
    config.settings.insert(QStringLiteral("method"), QStringLiteral("put"));
    config.settings.insert(QStringLiteral("id_field"), QStringLiteral("data.id"));
    const QString text = QStringLiteral("Say \"hi\"\nnext line \u2705 \U0001F680 </script>");
    const DeliveryOutcome outcome = deliver(message(text), config, secrets());
    QCOMPARE(outcome.kind, Kind::Sent);
    QCOMPARE(outcome.externalId, QStringLiteral("evt-77"));

    QCOMPARE(server.requestCount(), 1);
    const auto& seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("PUT"));
    QCOMPARE(seen.path, Path);
    QCOMPARE(seen.header("Authorization"), "Bearer " + ApiKey);
    QCOMPARE(seen.header("X-Source"), QByteArray("vigie"));
    QCOMPARE(seen.header("Idempotency-Key"), QByteArray("3b6f-draft-7-channel-2"));
    QVERIFY(seen.header("Content-Type").startsWith("application/json"));
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(seen.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.value(QStringLiteral("ref")).toString(), QStringLiteral("INC-42"));
    QCOMPARE(body.value(QStringLiteral("title")).toString(), QStringLiteral("\"Checkout\" errors \\ 50%"));
    QCOMPARE(body.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("Investigating"));
    QCOMPARE(body.value(QStringLiteral("services")).toString(), QStringLiteral("API;Website;Login;"));
    QCOMPARE(body.value(QStringLiteral("resolved")).toBool(), true);
}

void TestGenericWebhook::defaultBodyCarriesTheFacts()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(Path, {204, "", {}, 0, 0, 0});
    const DeliveryOutcome outcome =
        deliver(message(QStringLiteral("We are on it.")), channel(server, QString()), secrets());
    QCOMPARE(outcome.kind, Kind::Sent);
    const auto& seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    const QJsonObject body = QJsonDocument::fromJson(seen.body).object();
    QCOMPARE(body.value(QStringLiteral("reference")).toString(), QStringLiteral("INC-42"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("We are on it."));
    QCOMPARE(body.value(QStringLiteral("idempotency_key")).toString(),
             QStringLiteral("3b6f-draft-7-channel-2"));
    QCOMPARE(body.value(QStringLiteral("sequence")).toInt(), 2);
    QCOMPARE(body.value(QStringLiteral("resolves")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("services")).toArray().size(), 3);
}

void TestGenericWebhook::missingFactFailsWithoutSending()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    OutboundMessage out = message(QStringLiteral("x"));
    out.incident.estimatedResolutionMs = 0;
    const DeliveryOutcome outcome =
        deliver(out, channel(server, QStringLiteral(R"({"eta":"{{estimated_resolution_at}}"})")), secrets());
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("estimated_resolution_at")),
             qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 0);
}

void TestGenericWebhook::invalidJsonTemplateFails()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    // The title is quoted by the template's author but the value is not inside quotes.
    const DeliveryOutcome outcome = deliver(
        message(QStringLiteral("x")), channel(server, QStringLiteral(R"({"title":{{title}}})")), secrets());
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("JSON")), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 0);
}

void TestGenericWebhook::missingHeaderSecretFails()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const DeliveryOutcome outcome =
        deliver(message(QStringLiteral("x")), channel(server, QString()), Secrets());
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("api_key")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("Authorization")), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 0);
}

void TestGenericWebhook::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<QPair<QByteArray, QByteArray>>>("headers");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("retryAfterMs");

    QTest::newRow("400") << 400 << QByteArray(R"({"message":"missing field"})")
                         << QList<QPair<QByteArray, QByteArray>>{} << int(Kind::Failed) << qint64(-1);
    QTest::newRow("401 echoing the key")
        << 401 << QByteArray("bad key " + ApiKey) << QList<QPair<QByteArray, QByteArray>>{}
        << int(Kind::Failed) << qint64(-1);
    QTest::newRow("404") << 404 << QByteArray() << QList<QPair<QByteArray, QByteArray>>{} << int(Kind::Failed)
                         << qint64(-1);
    QTest::newRow("429 Retry-After") << 429 << QByteArray()
                                     << QList<QPair<QByteArray, QByteArray>>{{"Retry-After", "3"}}
                                     << int(Kind::Retry) << qint64(3000);
    QTest::newRow("500") << 500 << QByteArray() << QList<QPair<QByteArray, QByteArray>>{} << int(Kind::Retry)
                         << qint64(-1);
}

void TestGenericWebhook::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    QFETCH(Headers, headers);
    QFETCH(int, kind);
    QFETCH(qint64, retryAfterMs);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(Path, {status, body, headers, 0, 0, 0});
    const DeliveryOutcome outcome =
        deliver(message(QStringLiteral("x")), channel(server, QString()), secrets());
    QCOMPARE(int(outcome.kind), kind);
    QCOMPARE(outcome.retryAfterMs, retryAfterMs);
    QVERIFY2(outcome.message.contains(QString::number(status)), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QString::fromLatin1(ApiKey)), qPrintable(outcome.message));
}

void TestGenericWebhook::testChecksWithoutPosting()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    ManualClock clock;
    GenericWebhookAdapter adapter(clock);
    HttpClient client;

    ChannelConfig config = channel(server, QStringLiteral(R"({"title":"{{title}}"})"));
    QCOMPARE(adapter.test(config, secrets(), client).kind, Kind::Sent);
    QCOMPARE(server.requestCount(), 0);

    config.settings.insert(QStringLiteral("body"), QStringLiteral(R"({"title":"{{no_such_fact}}"})"));
    const DeliveryOutcome unknown = adapter.test(config, secrets(), client);
    QCOMPARE(unknown.kind, Kind::Failed);
    QVERIFY2(unknown.message.contains(QStringLiteral("no_such_fact")), qPrintable(unknown.message));

    config.settings.insert(QStringLiteral("body"), QStringLiteral(R"({"title":"{{title}}"})"));
    config.settings.insert(QStringLiteral("test_url"), server.url(QStringLiteral("/health")));
    server.setReply("/health", {200, "fine", {}, 0, 0, 0});
    const auto ready = offThread([&] { return adapter.test(config, secrets(), client); });
    QVERIFY(ready);
    QCOMPARE(ready->kind, Kind::Sent);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().method, QByteArray("GET"));
    QCOMPARE(server.requests().first().path, QByteArray("/health"));
    QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + ApiKey);
}

QTEST_GUILESS_MAIN(TestGenericWebhook)
#include "tst_genericwebhook.moc"
