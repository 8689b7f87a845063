#include "IncidentFixture.h"
#include "LoopbackHttpServer.h"
#include "ManualClock.h"
#include "OffThread.h"

#include "publish/adapters/DiscordWebhookAdapter.h"
#include "publish/adapters/MattermostWebhookAdapter.h"
#include "publish/adapters/SlackWebhookAdapter.h"
#include "publish/adapters/TeamsWorkflowAdapter.h"
#include "publish/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

// Slack, Discord, Teams and Mattermost incoming webhooks against a real loopback server: the exact request,
// what success keeps, and what each refusal turns into.
class TestChatWebhooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slackPostsTextAndEscapesMarkup();
    void slackTestPostsNothing();
    void discordWaitsForTheMessageId();
    void discordRefusesOverlongText();
    void discordTestReadsTheWebhook();
    void teamsPostsAnAdaptiveCard();
    void mattermostPostsTextAndSettings();
    void textSurvivesJson_data();
    void textSurvivesJson();
    void failures_data();
    void failures();
    void refusedConnectionRetries();
    void missingSecretFails();
};

namespace {

using Kind = DeliveryOutcome::Kind;
using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray SecretPath = "/hook/T0/B0/pr1vateT0ken";

std::unique_ptr<ChannelAdapter> adapterFor(const QString& type, const Clock& clock)
{
    if (type == QLatin1String("slack"))
        return std::make_unique<SlackWebhookAdapter>(clock);
    if (type == QLatin1String("discord"))
        return std::make_unique<DiscordWebhookAdapter>(clock);
    if (type == QLatin1String("teams"))
        return std::make_unique<TeamsWorkflowAdapter>(clock);
    return std::make_unique<MattermostWebhookAdapter>(clock);
}

OutboundMessage message(const QString& text, int sequence = 1)
{
    OutboundMessage out;
    out.deliveryId = QStringLiteral("d-1");
    out.idempotencyKey = QStringLiteral("idem-1");
    out.incident = IncidentFixture::full();
    out.draft.channel = ChannelKind::Chat;
    out.draft.language = QStringLiteral("en");
    out.draft.body = text;
    out.sequence = sequence;
    return out;
}

ChannelConfig channel(const QString& type)
{
    ChannelConfig config;
    config.name = QStringLiteral("Ops chat");
    config.type = type;
    config.messageKind = ChannelKind::Chat;
    config.secrets = {QStringLiteral("webhook_url")};
    return config;
}

Secrets secretsFor(const LoopbackHttpServer& server)
{
    Secrets secrets;
    secrets.set(QStringLiteral("webhook_url"), server.url(QString::fromLatin1(SecretPath)).toUtf8());
    return secrets;
}

QJsonObject jsonBody(const LoopbackHttpServer::Request& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

DeliveryOutcome deliver(ChannelAdapter& adapter, const OutboundMessage& out, const ChannelConfig& config,
                        const Secrets& secrets)
{
    HttpClient client;
    const auto outcome = offThread([&] { return adapter.deliver(out, config, secrets, client); });
    return outcome.value_or(DeliveryOutcome::failed(QStringLiteral("timed out in the test")));
}

DeliveryOutcome probe(ChannelAdapter& adapter, const ChannelConfig& config, const Secrets& secrets)
{
    HttpClient client;
    const auto outcome = offThread([&] { return adapter.test(config, secrets, client); });
    return outcome.value_or(DeliveryOutcome::failed(QStringLiteral("timed out in the test")));
}

} // namespace

void TestChatWebhooks::slackPostsTextAndEscapesMarkup()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath, {200, "ok", {}, 0, 0, 0});
    ManualClock clock;
    SlackWebhookAdapter adapter(clock);
    const DeliveryOutcome outcome = deliver(adapter, message(QStringLiteral("R&D <API> is down")),
                                            channel(QStringLiteral("slack")), secretsFor(server));
    QCOMPARE(outcome.kind, Kind::Sent);
    QVERIFY(outcome.externalId.isEmpty());
    QCOMPARE(server.requestCount(), 1);
    const auto& seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, SecretPath);
    QVERIFY(seen.header("Content-Type").startsWith("application/json"));
    QCOMPARE(jsonBody(seen).value(QStringLiteral("text")).toString(),
             QStringLiteral("R&amp;D &lt;API&gt; is down"));
}

void TestChatWebhooks::slackTestPostsNothing()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath, {400, "no_text", {}, 0, 0, 0});
    ManualClock clock;
    SlackWebhookAdapter adapter(clock);
    const DeliveryOutcome ready = probe(adapter, channel(QStringLiteral("slack")), secretsFor(server));
    QCOMPARE(ready.kind, Kind::Sent);
    QVERIFY2(ready.message.contains(QStringLiteral("nothing was posted")), qPrintable(ready.message));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(jsonBody(server.requests().first()), QJsonObject());

    server.setReply(SecretPath, {404, "no_service", {}, 0, 0, 0});
    const DeliveryOutcome gone = probe(adapter, channel(QStringLiteral("slack")), secretsFor(server));
    QCOMPARE(gone.kind, Kind::Failed);
    QVERIFY2(gone.message.contains(QStringLiteral("no_service")), qPrintable(gone.message));
}

void TestChatWebhooks::discordWaitsForTheMessageId()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath,
                    {200, R"({"id":"1100220033004400","channel_id":"77","content":"x"})", {}, 0, 0, 0});
    ManualClock clock;
    DiscordWebhookAdapter adapter(clock);
    ChannelConfig config = channel(QStringLiteral("discord"));
    config.settings.insert(QStringLiteral("username"), QStringLiteral("Vigie"));
    const DeliveryOutcome first =
        deliver(adapter, message(QStringLiteral("@everyone API down")), config, secretsFor(server));
    QCOMPARE(first.kind, Kind::Sent);
    QCOMPARE(first.externalId, QStringLiteral("1100220033004400"));
    QCOMPARE(first.thread.value(QStringLiteral("discord_first_message_id")).toString(),
             QStringLiteral("1100220033004400"));
    const auto& seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, SecretPath + "?wait=true");
    const QJsonObject body = jsonBody(seen);
    QCOMPARE(body.value(QStringLiteral("content")).toString(), QStringLiteral("@everyone API down"));
    QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("Vigie"));
    QCOMPARE(
        body.value(QStringLiteral("allowed_mentions")).toObject().value(QStringLiteral("parse")).toArray(),
        QJsonArray());

    // A later message keeps the first id in the thread and reports its own.
    server.setReply(SecretPath, {200, R"({"id":"1100220033009999"})", {}, 0, 0, 0});
    OutboundMessage update = message(QStringLiteral("Fixed"), 2);
    update.thread = first.thread;
    const DeliveryOutcome second = deliver(adapter, update, config, secretsFor(server));
    QCOMPARE(second.externalId, QStringLiteral("1100220033009999"));
    QCOMPARE(second.thread.value(QStringLiteral("discord_first_message_id")).toString(),
             QStringLiteral("1100220033004400"));
}

void TestChatWebhooks::discordRefusesOverlongText()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    ManualClock clock;
    DiscordWebhookAdapter adapter(clock);
    const DeliveryOutcome outcome = deliver(adapter, message(QString(2001, QLatin1Char('a'))),
                                            channel(QStringLiteral("discord")), secretsFor(server));
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("2000")), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 0);
}

void TestChatWebhooks::discordTestReadsTheWebhook()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath,
                    {200, R"({"id":"9","name":"Status bot","token":"pr1vateT0ken"})", {}, 0, 0, 0});
    ManualClock clock;
    DiscordWebhookAdapter adapter(clock);
    const DeliveryOutcome ready = probe(adapter, channel(QStringLiteral("discord")), secretsFor(server));
    QCOMPARE(ready.kind, Kind::Sent);
    QVERIFY2(ready.message.contains(QStringLiteral("Status bot")), qPrintable(ready.message));
    QVERIFY2(!ready.message.contains(QStringLiteral("pr1vateT0ken")), qPrintable(ready.message));
    QCOMPARE(server.requests().first().method, QByteArray("GET"));
    QCOMPARE(server.requests().first().path, SecretPath);
}

void TestChatWebhooks::teamsPostsAnAdaptiveCard()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath, {202, "", {}, 0, 0, 0});
    ManualClock clock;
    TeamsWorkflowAdapter adapter(clock);
    const DeliveryOutcome outcome = deliver(adapter, message(QStringLiteral("API degraded")),
                                            channel(QStringLiteral("teams")), secretsFor(server));
    QCOMPARE(outcome.kind, Kind::Sent);
    const QJsonObject body = jsonBody(server.requests().first());
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("message"));
    const QJsonObject attachment = body.value(QStringLiteral("attachments")).toArray().first().toObject();
    QCOMPARE(attachment.value(QStringLiteral("contentType")).toString(),
             QStringLiteral("application/vnd.microsoft.card.adaptive"));
    const QJsonObject card = attachment.value(QStringLiteral("content")).toObject();
    QCOMPARE(card.value(QStringLiteral("type")).toString(), QStringLiteral("AdaptiveCard"));
    QCOMPARE(card.value(QStringLiteral("version")).toString(), QStringLiteral("1.4"));
    const QJsonObject block = card.value(QStringLiteral("body")).toArray().first().toObject();
    QCOMPARE(block.value(QStringLiteral("type")).toString(), QStringLiteral("TextBlock"));
    QCOMPARE(block.value(QStringLiteral("text")).toString(), QStringLiteral("API degraded"));
    QCOMPARE(block.value(QStringLiteral("wrap")).toBool(), true);

    // test() sends nothing: a Workflows trigger would run the flow.
    const DeliveryOutcome ready = probe(adapter, channel(QStringLiteral("teams")), secretsFor(server));
    QCOMPARE(ready.kind, Kind::Sent);
    QCOMPARE(server.requestCount(), 1);
}

void TestChatWebhooks::mattermostPostsTextAndSettings()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath, {200, "ok", {}, 0, 0, 0});
    ManualClock clock;
    MattermostWebhookAdapter adapter(clock);
    ChannelConfig config = channel(QStringLiteral("mattermost"));
    config.settings.insert(QStringLiteral("channel"), QStringLiteral("town-square"));
    config.settings.insert(QStringLiteral("username"), QStringLiteral("vigie"));
    const DeliveryOutcome outcome =
        deliver(adapter, message(QStringLiteral("**API** down")), config, secretsFor(server));
    QCOMPARE(outcome.kind, Kind::Sent);
    const QJsonObject body = jsonBody(server.requests().first());
    QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("**API** down"));
    QCOMPARE(body.value(QStringLiteral("channel")).toString(), QStringLiteral("town-square"));
    QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("vigie"));
}

void TestChatWebhooks::textSurvivesJson_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("slack") << QStringLiteral("slack") << QByteArray("ok");
    QTest::newRow("discord") << QStringLiteral("discord") << QByteArray(R"({"id":"5"})");
    QTest::newRow("mattermost") << QStringLiteral("mattermost") << QByteArray("ok");
}

void TestChatWebhooks::textSurvivesJson()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, answer);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath, {200, answer, {}, 0, 0, 0});
    ManualClock clock;
    const auto adapter = adapterFor(type, clock);
    const QString text = QStringLiteral("\"Checkout\" is back \u2705\nLine two \\ tab\there \U0001F680");
    const DeliveryOutcome outcome = deliver(*adapter, message(text), channel(type), secretsFor(server));
    QCOMPARE(outcome.kind, Kind::Sent);
    const QJsonObject body = jsonBody(server.requests().first());
    const QString key = type == QLatin1String("discord") ? QStringLiteral("content") : QStringLiteral("text");
    QCOMPARE(body.value(key).toString(), text);
}

void TestChatWebhooks::failures_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("quoted");

    const Headers none;
    QTest::newRow("slack 400 invalid_payload")
        << QStringLiteral("slack") << 400 << QByteArray("invalid_payload") << none << int(Kind::Failed)
        << qint64(-1) << QStringLiteral("invalid_payload");
    QTest::newRow("slack 403 action_prohibited")
        << QStringLiteral("slack") << 403 << QByteArray("action_prohibited") << none << int(Kind::Failed)
        << qint64(-1) << QStringLiteral("action_prohibited");
    QTest::newRow("slack 410 channel_is_archived")
        << QStringLiteral("slack") << 410 << QByteArray("channel_is_archived") << none << int(Kind::Failed)
        << qint64(-1) << QStringLiteral("channel_is_archived");
    QTest::newRow("slack 429 Retry-After")
        << QStringLiteral("slack") << 429 << QByteArray("rate_limited") << Headers{{"Retry-After", "7"}}
        << int(Kind::Retry) << qint64(7000) << QStringLiteral("429");
    QTest::newRow("discord 401") << QStringLiteral("discord") << 401
                                 << QByteArray(R"({"message":"401: Unauthorized","code":0})") << none
                                 << int(Kind::Failed) << qint64(-1) << QStringLiteral("Unauthorized");
    QTest::newRow("discord 404 unknown webhook")
        << QStringLiteral("discord") << 404 << QByteArray(R"({"message":"Unknown Webhook","code":10015})")
        << none << int(Kind::Failed) << qint64(-1) << QStringLiteral("Unknown Webhook");
    QTest::newRow("discord 429 Reset-After")
        << QStringLiteral("discord") << 429
        << QByteArray(R"({"message":"You are being rate limited.","retry_after":1.5,"global":false})")
        << Headers{{"X-RateLimit-Reset-After", "1.5"}} << int(Kind::Retry) << qint64(1500)
        << QStringLiteral("rate limited");
    QTest::newRow("teams 400") << QStringLiteral("teams") << 400 << QByteArray("Bad payload") << none
                               << int(Kind::Failed) << qint64(-1) << QStringLiteral("Bad payload");
    QTest::newRow("teams 200 connector throttled")
        << QStringLiteral("teams") << 200
        << QByteArray(
               "Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429")
        << none << int(Kind::Retry) << qint64(-1) << QStringLiteral("429");
    QTest::newRow("teams 503") << QStringLiteral("teams") << 503 << QByteArray() << none << int(Kind::Retry)
                               << qint64(-1) << QStringLiteral("503");
    QTest::newRow("mattermost 400 invalid webhook")
        << QStringLiteral("mattermost") << 400
        << QByteArray(
               R"({"id":"web.incoming_webhook.invalid.app_error","message":"Invalid webhook.","status_code":400})")
        << none << int(Kind::Failed) << qint64(-1) << QStringLiteral("Invalid webhook.");
    QTest::newRow("mattermost 500") << QStringLiteral("mattermost") << 500 << QByteArray() << none
                                    << int(Kind::Retry) << qint64(-1) << QStringLiteral("500");
}

void TestChatWebhooks::failures()
{
    QFETCH(QString, type);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(int, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, quoted);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(SecretPath, {status, body, headers, 0, 0, 0});
    ManualClock clock;
    const auto adapter = adapterFor(type, clock);
    const DeliveryOutcome outcome =
        deliver(*adapter, message(QStringLiteral("API down")), channel(type), secretsFor(server));
    QCOMPARE(int(outcome.kind), kind);
    QCOMPARE(outcome.retryAfterMs, retryAfterMs);
    QVERIFY2(outcome.message.contains(QStringLiteral("Ops chat")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(quoted), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QStringLiteral("pr1vateT0ken")), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QStringLiteral("/hook/")), qPrintable(outcome.message));
}

void TestChatWebhooks::refusedConnectionRetries()
{
    const quint16 port = LoopbackHttpServer::closedPort();
    Secrets secrets;
    secrets.set(
        QStringLiteral("webhook_url"),
        QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QString::fromLatin1(SecretPath)).toUtf8());
    ManualClock clock;
    for (const QString& type : {QStringLiteral("slack"), QStringLiteral("discord"), QStringLiteral("teams"),
                                QStringLiteral("mattermost")}) {
        const auto adapter = adapterFor(type, clock);
        const DeliveryOutcome outcome =
            deliver(*adapter, message(QStringLiteral("API down")), channel(type), secrets);
        QCOMPARE(outcome.kind, Kind::Retry);
        QVERIFY2(outcome.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(QStringLiteral("pr1vateT0ken")), qPrintable(outcome.message));
    }
}

void TestChatWebhooks::missingSecretFails()
{
    ManualClock clock;
    for (const QString& type : {QStringLiteral("slack"), QStringLiteral("discord"), QStringLiteral("teams"),
                                QStringLiteral("mattermost")}) {
        const auto adapter = adapterFor(type, clock);
        HttpClient client;
        const DeliveryOutcome outcome =
            adapter->deliver(message(QStringLiteral("API down")), channel(type), Secrets(), client);
        QCOMPARE(outcome.kind, Kind::Failed);
        QVERIFY2(outcome.message.contains(QStringLiteral("webhook_url")), qPrintable(outcome.message));
        Secrets wrong;
        wrong.set(QStringLiteral("webhook_url"), "ftp://127.0.0.1/x");
        QCOMPARE(adapter->test(channel(type), wrong, client).kind, Kind::Failed);
    }
}

QTEST_GUILESS_MAIN(TestChatWebhooks)
#include "tst_chatwebhooks.moc"
