#include "LoopbackHttpServer.h"
#include "OffThread.h"
#include "StatusChannelFixtures.h"

#include "publish/HttpClient.h"
#include "publish/MastodonAdapter.h"

#include <QJsonDocument>
#include <QTest>

using F = StatusChannelFixtures;

namespace {

const QByteArray kToken = "masto-token-c4d2e8";

Secrets secrets()
{
    Secrets values;
    values.set(QStringLiteral("access_token"), kToken);
    return values;
}

ChannelConfig channelFor(const LoopbackHttpServer& server, const QVariantMap& extra = {})
{
    QVariantMap settings{{QStringLiteral("instance"), server.url(QStringLiteral("/"))}};
    settings.insert(extra);
    return F::channel(QStringLiteral("mastodon"), settings);
}

QByteArray instanceReply(int maxCharacters, int perUrl)
{
    return QStringLiteral(R"({"domain":"social.example","configuration":{"statuses":{"max_characters":%1,)"
                          R"("characters_reserved_per_url":%2}}})")
        .arg(maxCharacters)
        .arg(perUrl)
        .toUtf8();
}

// Answers every post with a new status id, except a repeat of a known Idempotency-Key, which gets the status
// it created (as Mastodon does for an hour).
void serveStatuses(LoopbackHttpServer& server, QHash<QByteArray, QByteArray>* byKey)
{
    server.setHandler("/api/v1/statuses", [byKey](const LoopbackHttpServer::Request& request) {
        const QByteArray key = request.header("Idempotency-Key");
        if (!byKey->contains(key))
            byKey->insert(key, QByteArray::number(109'000 + byKey->size()));
        const QByteArray id = byKey->value(key);
        return F::reply(200, R"({"id":")" + id + R"(","url":"https://social.example/@ops/)" + id + R"("})");
    });
}

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString kFamily = QStringLiteral("👨‍👩‍👧");
const QString kThumb = QStringLiteral("👍🏽");

} // namespace

// The Mastodon adapter against a loopback server playing an instance.
class TestMastodonAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsWithTheIdempotencyKey();
    void keyIsTheSameOnEveryRetry();
    void repliesToThePreviousPost();
    void refusesTextOverTheInstanceLimit_data();
    void refusesTextOverTheInstanceLimit();
    void usesTheDefaultLimitWhenTheInstanceDoesNotSay();
    void classifiesErrors_data();
    void classifiesErrors();
    void testVerifiesTheToken();
};

void TestMastodonAdapter::postsWithTheIdempotencyKey()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/api/v2/instance", F::reply(200, instanceReply(500, 23)));
    QHash<QByteArray, QByteArray> byKey;
    serveStatuses(server, &byKey);
    MastodonAdapter adapter;
    HttpClient client;
    const OutboundMessage message = F::message(F::incident(IncidentStatus::Investigating, {}),
                                               QStringLiteral("Paiements en échec, on enquête."));
    const auto outcome = offThread([&] {
        return adapter.deliver(
            message, channelFor(server, {{QStringLiteral("visibility"), QStringLiteral("unlisted")}}),
            secrets(), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(outcome->externalId, QStringLiteral("109000"));
    QCOMPARE(outcome->thread.value(QLatin1String("first_id")).toString(), QStringLiteral("109000"));
    QCOMPARE(outcome->thread.value(QLatin1String("last_id")).toString(), QStringLiteral("109000"));
    QCOMPARE(outcome->thread.value(QLatin1String("first_url")).toString(),
             QStringLiteral("https://social.example/@ops/109000"));
    QCOMPARE(F::lines(server),
             (QStringList{QStringLiteral("GET /api/v2/instance"), QStringLiteral("POST /api/v1/statuses")}));
    const auto& post = server.requests().at(1);
    QCOMPARE(post.header("Authorization"), "Bearer " + kToken);
    QCOMPARE(post.header("Idempotency-Key"), QByteArray("vigie-delivery-0001"));
    const QJsonObject body = F::body(post);
    QCOMPARE(body.value(QLatin1String("status")).toString(), message.draft.body);
    QCOMPARE(body.value(QLatin1String("visibility")).toString(), QStringLiteral("unlisted"));
    QCOMPARE(body.value(QLatin1String("language")).toString(), QStringLiteral("fr"));
    QVERIFY(!body.contains(QLatin1String("in_reply_to_id")));
}

void TestMastodonAdapter::keyIsTheSameOnEveryRetry()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/api/v2/instance", F::reply(200, instanceReply(500, 23)));
    QHash<QByteArray, QByteArray> byKey;
    int posts = 0;
    // The first post is created but its answer is lost in a 502 from a proxy.
    server.setHandler("/api/v1/statuses", [&](const LoopbackHttpServer::Request& request) {
        const QByteArray key = request.header("Idempotency-Key");
        if (!byKey.contains(key))
            byKey.insert(key, QByteArray::number(200 + byKey.size()));
        return ++posts == 1 ? F::reply(502, "Bad Gateway")
                            : F::reply(200, R"({"id":")" + byKey.value(key) + R"("})");
    });
    MastodonAdapter adapter;
    HttpClient client;
    const OutboundMessage message =
        F::message(F::incident(IncidentStatus::Investigating, {}), QStringLiteral("Panne en cours."));
    const auto first =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(first);
    QCOMPARE(first->kind, DeliveryOutcome::Kind::Retry);
    const auto second =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(second);
    QCOMPARE(second->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(second->externalId, QStringLiteral("200"));
    const auto statusPosts = F::requestsTo(server, "/api/v1/statuses");
    QCOMPARE(statusPosts.size(), 2);
    QCOMPARE(statusPosts.at(0).header("Idempotency-Key"), statusPosts.at(1).header("Idempotency-Key"));
    QCOMPARE(byKey.size(), 1);
    // The instance's limits are read once.
    QCOMPARE(F::requestsTo(server, "/api/v2/instance").size(), 1);
}

void TestMastodonAdapter::repliesToThePreviousPost()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/api/v2/instance", F::reply(200, instanceReply(500, 23)));
    QHash<QByteArray, QByteArray> byKey;
    serveStatuses(server, &byKey);
    MastodonAdapter adapter;
    HttpClient client;
    const Incident incident = F::incident(IncidentStatus::Identified, {});
    QJsonObject thread;
    QStringList ids;
    for (int sequence = 1; sequence <= 3; ++sequence) {
        const OutboundMessage message =
            F::message(incident, QStringLiteral("Message %1").arg(sequence), sequence, thread, false,
                       QStringLiteral("key-%1").arg(sequence));
        const auto outcome =
            offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
        thread = outcome->thread;
        ids << outcome->externalId;
    }
    const auto posts = F::requestsTo(server, "/api/v1/statuses");
    QCOMPARE(posts.size(), 3);
    QVERIFY(!F::body(posts.at(0)).contains(QLatin1String("in_reply_to_id")));
    QCOMPARE(F::body(posts.at(1)).value(QLatin1String("in_reply_to_id")).toString(), ids.at(0));
    QCOMPARE(F::body(posts.at(2)).value(QLatin1String("in_reply_to_id")).toString(), ids.at(1));
    QCOMPARE(thread.value(QLatin1String("first_id")).toString(), ids.at(0));
    QCOMPARE(thread.value(QLatin1String("last_id")).toString(), ids.at(2));
}

void TestMastodonAdapter::refusesTextOverTheInstanceLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sent");
    const QString url =
        QStringLiteral("https://status.example.org/incidents/2026-03-03-paiements-en-echec-api-eu");
    QVERIFY(url.size() > 23);
    // The instance allows 60 characters; a link counts 23 whatever its length.
    QTest::newRow("60 with a family emoji") << QString(59, QLatin1Char('a')) + kFamily << true;
    QTest::newRow("61 with a skin-tone emoji") << QString(60, QLatin1Char('a')) + kThumb << false;
    QTest::newRow("60 with a long link")
        << QStringLiteral("Voir ") + url + QLatin1Char(' ') + QString(31, QChar(0xE9)) << true;
    QTest::newRow("61 with a long link")
        << QStringLiteral("Voir ") + url + QLatin1Char(' ') + QString(32, QChar(0xE9)) << false;
}

void TestMastodonAdapter::refusesTextOverTheInstanceLimit()
{
    QFETCH(QString, text);
    QFETCH(bool, sent);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/api/v2/instance", F::reply(200, instanceReply(60, 23)));
    QHash<QByteArray, QByteArray> byKey;
    serveStatuses(server, &byKey);
    MastodonAdapter adapter;
    HttpClient client;
    const auto outcome = offThread([&] {
        return adapter.deliver(F::message(F::incident(IncidentStatus::Investigating, {}), text),
                               channelFor(server), secrets(), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, sent ? DeliveryOutcome::Kind::Sent : DeliveryOutcome::Kind::Failed);
    QCOMPARE(F::requestsTo(server, "/api/v1/statuses").size(), sent ? 1 : 0);
    if (!sent)
        QVERIFY2(outcome->message.contains(QStringLiteral("61")) &&
                     outcome->message.contains(QStringLiteral("60")),
                 qPrintable(outcome->message));
}

void TestMastodonAdapter::usesTheDefaultLimitWhenTheInstanceDoesNotSay()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen()); // no /api/v2/instance: 404
    QHash<QByteArray, QByteArray> byKey;
    serveStatuses(server, &byKey);
    MastodonAdapter adapter;
    HttpClient client;
    const Incident incident = F::incident(IncidentStatus::Investigating, {});
    const auto fits = offThread([&] {
        return adapter.deliver(F::message(incident, QString(500, QChar(0xE9))), channelFor(server), secrets(),
                               client);
    });
    QVERIFY(fits);
    QCOMPARE(fits->kind, DeliveryOutcome::Kind::Sent);
    const auto over = offThread([&] {
        return adapter.deliver(
            F::message(incident, QString(501, QChar(0xE9)), 1, {}, false, QStringLiteral("k2")),
            channelFor(server), secrets(), client);
    });
    QVERIFY(over);
    QCOMPARE(over->kind, DeliveryOutcome::Kind::Failed);
    QCOMPARE(F::requestsTo(server, "/api/v1/statuses").size(), 1);
}

void TestMastodonAdapter::classifiesErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<DeliveryOutcome::Kind>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("401 token echoed")
        << 401 << QByteArray(R"({"error":"The access token masto-token-c4d2e8 is invalid"})") << Headers()
        << DeliveryOutcome::Kind::Failed << qint64(-1) << "is invalid";
    QTest::newRow("422 validation") << 422
                                    << QByteArray(R"({"error":"Validation failed: Text can't be blank"})")
                                    << Headers() << DeliveryOutcome::Kind::Failed << qint64(-1)
                                    << "Validation failed: Text can't be blank";
    QTest::newRow("429 Retry-After") << 429 << QByteArray(R"({"error":"Too many requests"})")
                                     << Headers{{"Retry-After", "30"}} << DeliveryOutcome::Kind::Retry
                                     << qint64(30'000) << "HTTP 429";
    QTest::newRow("429 X-RateLimit-Reset") << 429 << QByteArray(R"({"error":"Too many requests"})")
                                           << Headers{{"Date", "Tue, 03 Mar 2026 14:00:00 GMT"},
                                                      {"X-RateLimit-Reset", "2026-03-03T14:02:30.000Z"}}
                                           << DeliveryOutcome::Kind::Retry << qint64(150'000) << "HTTP 429";
    QTest::newRow("503") << 503 << QByteArray("<html>maintenance</html>") << Headers()
                         << DeliveryOutcome::Kind::Retry << qint64(-1) << "HTTP 503";
}

void TestMastodonAdapter::classifiesErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(DeliveryOutcome::Kind, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, quoted);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/api/v2/instance", F::reply(200, instanceReply(500, 23)));
    server.setReply("/api/v1/statuses", F::reply(status, body, headers));
    MastodonAdapter adapter;
    HttpClient client;
    const auto outcome = offThread([&] {
        return adapter.deliver(
            F::message(F::incident(IncidentStatus::Investigating, {}), QStringLiteral("x")),
            channelFor(server), secrets(), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, kind);
    QCOMPARE(outcome->retryAfterMs, retryAfterMs);
    QVERIFY2(outcome->message.contains(quoted), qPrintable(outcome->message));
    QVERIFY2(!outcome->message.contains(QString::fromLatin1(kToken)), qPrintable(outcome->message));
}

void TestMastodonAdapter::testVerifiesTheToken()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setHandler("/api/v1/accounts/verify_credentials", [](const LoopbackHttpServer::Request& request) {
        return request.header("Authorization") == "Bearer " + kToken
                   ? F::reply(200, R"({"id":"1","acct":"ops","username":"ops"})")
                   : F::reply(401, R"({"error":"The access token is invalid"})");
    });
    MastodonAdapter adapter;
    HttpClient client;
    const auto ready = offThread([&] { return adapter.test(channelFor(server), secrets(), client); });
    QVERIFY(ready);
    QCOMPARE(ready->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(ready->externalId, QStringLiteral("ops"));
    QCOMPARE(F::lines(server), QStringList{QStringLiteral("GET /api/v1/accounts/verify_credentials")});
    Secrets wrong;
    wrong.set(QStringLiteral("access_token"), "revoked");
    const auto refused = offThread([&] { return adapter.test(channelFor(server), wrong, client); });
    QVERIFY(refused);
    QCOMPARE(refused->kind, DeliveryOutcome::Kind::Failed);
    QVERIFY2(refused->message.contains(QStringLiteral("The access token is invalid")),
             qPrintable(refused->message));
}

QTEST_GUILESS_MAIN(TestMastodonAdapter)
#include "tst_mastodonadapter.moc"
