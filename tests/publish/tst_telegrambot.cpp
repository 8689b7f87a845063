#include "IncidentFixture.h"
#include "LoopbackHttpServer.h"
#include "ManualClock.h"
#include "OffThread.h"

#include "publish/adapters/TelegramBotAdapter.h"
#include "publish/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Telegram bot messages against a loopback Bot API: the method paths, the JSON parameters, the reply thread,
// getMe/getChat for test(), and Telegram's {"ok":false} errors.
class TestTelegramBot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAndThreadsReplies();
    void textSurvivesJson();
    void refusesOverlongText();
    void testReadsBotAndChat();
    void failures_data();
    void failures();
    void refusedConnectionRetries();
    void malformedTokenFails();
};

namespace {

using Kind = DeliveryOutcome::Kind;
const QByteArray Token = "123456:AAbbCC_dd-SECRET";
const QByteArray Send = "/bot" + Token + "/sendMessage";

OutboundMessage message(const QString& text, int sequence = 1, const QJsonObject& thread = {})
{
    OutboundMessage out;
    out.idempotencyKey = QStringLiteral("idem-1");
    out.incident = IncidentFixture::full();
    out.draft.body = text;
    out.sequence = sequence;
    out.thread = thread;
    return out;
}

ChannelConfig channel(const LoopbackHttpServer& server,
                      const QString& chatId = QStringLiteral("-1001234567890"))
{
    ChannelConfig config;
    config.name = QStringLiteral("On-call group");
    config.type = QStringLiteral("telegram");
    config.settings.insert(QStringLiteral("chat_id"), chatId);
    config.settings.insert(QStringLiteral("api_base"), server.url(QStringLiteral("/")));
    return config;
}

Secrets secrets(const QByteArray& token = Token)
{
    Secrets values;
    values.set(QStringLiteral("bot_token"), token);
    return values;
}

DeliveryOutcome deliver(const OutboundMessage& out, const ChannelConfig& config, const Secrets& values)
{
    ManualClock clock;
    TelegramBotAdapter adapter(clock);
    HttpClient client;
    return offThread([&] { return adapter.deliver(out, config, values, client); })
        .value_or(DeliveryOutcome::failed(QStringLiteral("timed out in the test")));
}

QJsonObject jsonBody(const LoopbackHttpServer::Request& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace

void TestTelegramBot::sendsAndThreadsReplies()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(
        Send, {200, R"({"ok":true,"result":{"message_id":41,"chat":{"id":-1001234567890}}})", {}, 0, 0, 0});
    const DeliveryOutcome first = deliver(message(QStringLiteral("API down")), channel(server), secrets());
    QCOMPARE(first.kind, Kind::Sent);
    QCOMPARE(first.externalId, QStringLiteral("41"));
    const auto& seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.path, Send);
    QVERIFY(seen.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = jsonBody(seen);
    QCOMPARE(body.value(QStringLiteral("chat_id")).toDouble(), -1001234567890.0);
    QCOMPARE(body.value(QStringLiteral("text")).toString(), QStringLiteral("API down"));
    QCOMPARE(body.value(QStringLiteral("link_preview_options"))
                 .toObject()
                 .value(QStringLiteral("is_disabled"))
                 .toBool(),
             true);
    QVERIFY(!body.contains(QStringLiteral("reply_parameters")));

    server.setReply(
        Send, {200, R"({"ok":true,"result":{"message_id":42,"chat":{"id":-1001234567890}}})", {}, 0, 0, 0});
    const DeliveryOutcome second =
        deliver(message(QStringLiteral("Fixed"), 2, first.thread), channel(server), secrets());
    QCOMPARE(second.externalId, QStringLiteral("42"));
    const QJsonObject reply =
        jsonBody(server.requests().last()).value(QStringLiteral("reply_parameters")).toObject();
    QCOMPARE(reply.value(QStringLiteral("message_id")).toInt(), 41);
    QCOMPARE(second.thread.value(QStringLiteral("telegram_message_id")).toInt(), 41);
}

void TestTelegramBot::textSurvivesJson()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(Send, {200, R"({"ok":true,"result":{"message_id":7,"chat":{"id":5}}})", {}, 0, 0, 0});
    const QString text = QStringLiteral("\"Checkout\" <b>back</b> \u2705\nLine two \\ \U0001F680");
    QCOMPARE(deliver(message(text), channel(server, QStringLiteral("@vigie_status")), secrets()).kind,
             Kind::Sent);
    const QJsonObject body = jsonBody(server.requests().first());
    QCOMPARE(body.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(body.value(QStringLiteral("chat_id")).toString(), QStringLiteral("@vigie_status"));
    QVERIFY(!body.contains(QStringLiteral("parse_mode")));
}

void TestTelegramBot::refusesOverlongText()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const DeliveryOutcome outcome =
        deliver(message(QString(4097, QLatin1Char('a'))), channel(server), secrets());
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("4096")), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 0);
}

void TestTelegramBot::testReadsBotAndChat()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(
        "/bot" + Token + "/getMe",
        {200, R"({"ok":true,"result":{"id":123456,"is_bot":true,"username":"vigie_bot"}})", {}, 0, 0, 0});
    server.setReply("/bot" + Token + "/getChat",
                    {200, R"({"ok":true,"result":{"id":-1001234567890,"title":"On-call"}})", {}, 0, 0, 0});
    ManualClock clock;
    TelegramBotAdapter adapter(clock);
    HttpClient client;
    const ChannelConfig config = channel(server);
    const auto ready = offThread([&] { return adapter.test(config, secrets(), client); });
    QVERIFY(ready);
    QCOMPARE(ready->kind, Kind::Sent);
    QVERIFY2(ready->message.contains(QStringLiteral("@vigie_bot")), qPrintable(ready->message));
    QVERIFY2(ready->message.contains(QStringLiteral("On-call")), qPrintable(ready->message));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().at(0).path, "/bot" + Token + "/getMe");
    QCOMPARE(server.requests().at(1).path, "/bot" + Token + "/getChat");
    QCOMPARE(jsonBody(server.requests().at(1)).value(QStringLiteral("chat_id")).toDouble(), -1001234567890.0);

    server.setReply(
        "/bot" + Token + "/getChat",
        {400, R"({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})", {}, 0, 0, 0});
    const auto missing = offThread([&] { return adapter.test(config, secrets(), client); });
    QVERIFY(missing);
    QCOMPARE(missing->kind, Kind::Failed);
    QVERIFY2(missing->message.contains(QStringLiteral("chat not found")), qPrintable(missing->message));
}

void TestTelegramBot::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("401 bad token") << 401
                                   << QByteArray(
                                          R"({"ok":false,"error_code":401,"description":"Unauthorized"})")
                                   << int(Kind::Failed) << qint64(-1) << QStringLiteral("Unauthorized");
    QTest::newRow("403 bot blocked")
        << 403
        << QByteArray(
               R"({"ok":false,"error_code":403,"description":"Forbidden: bot was kicked from the group chat"})")
        << int(Kind::Failed) << qint64(-1) << QStringLiteral("bot was kicked");
    QTest::newRow("404 wrong token") << 404
                                     << QByteArray(
                                            R"({"ok":false,"error_code":404,"description":"Not Found"})")
                                     << int(Kind::Failed) << qint64(-1) << QStringLiteral("Not Found");
    QTest::newRow("429 retry_after")
        << 429
        << QByteArray(
               R"({"ok":false,"error_code":429,"description":"Too Many Requests: retry after 31","parameters":{"retry_after":31}})")
        << int(Kind::Retry) << qint64(31'000) << QStringLiteral("Too Many Requests");
    QTest::newRow("200 ok false")
        << 200
        << QByteArray(R"({"ok":false,"error_code":400,"description":"Bad Request: message text is empty"})")
        << int(Kind::Failed) << qint64(-1) << QStringLiteral("message text is empty");
    QTest::newRow("400 migrated")
        << 400
        << QByteArray(
               R"({"ok":false,"error_code":400,"description":"Bad Request: group chat was upgraded to a supergroup chat","parameters":{"migrate_to_chat_id":-1009876543210}})")
        << int(Kind::Failed) << qint64(-1) << QStringLiteral("-1009876543210");
    QTest::newRow("502") << 502 << QByteArray("<html>Bad Gateway</html>") << int(Kind::Retry) << qint64(-1)
                         << QStringLiteral("502");
}

void TestTelegramBot::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, quoted);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply(Send, {status, body, {}, 0, 0, 0});
    const DeliveryOutcome outcome = deliver(message(QStringLiteral("API down")), channel(server), secrets());
    QCOMPARE(int(outcome.kind), kind);
    QCOMPARE(outcome.retryAfterMs, retryAfterMs);
    QVERIFY2(outcome.message.contains(QStringLiteral("On-call group")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(quoted), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QStringLiteral("SECRET")), qPrintable(outcome.message));
}

void TestTelegramBot::refusedConnectionRetries()
{
    const quint16 port = LoopbackHttpServer::closedPort();
    LoopbackHttpServer unused;
    QVERIFY(unused.listen());
    ChannelConfig config = channel(unused);
    config.settings.insert(QStringLiteral("api_base"), QStringLiteral("http://127.0.0.1:%1").arg(port));
    const DeliveryOutcome outcome = deliver(message(QStringLiteral("API down")), config, secrets());
    QCOMPARE(outcome.kind, Kind::Retry);
    QVERIFY2(!outcome.message.contains(QStringLiteral("SECRET")), qPrintable(outcome.message));
}

void TestTelegramBot::malformedTokenFails()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const DeliveryOutcome outcome =
        deliver(message(QStringLiteral("API down")), channel(server), secrets("123/../evil?x=SECRET"));
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("bot_token")), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QStringLiteral("SECRET")), qPrintable(outcome.message));
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestTelegramBot)
#include "tst_telegrambot.moc"
