#include "FakeBlueskyPds.h"
#include "LoopbackHttpServer.h"
#include "ManualClock.h"
#include "OffThread.h"
#include "StatusChannelFixtures.h"

#include "publish/BlueskyAdapter.h"
#include "publish/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using F = StatusChannelFixtures;

namespace {

const QByteArray kPassword = FakeBlueskyPds::kPassword;
const QString kHandle = FakeBlueskyPds::kHandle;
const QString kDid = FakeBlueskyPds::kDid;

Secrets secrets(const QByteArray& password = kPassword)
{
    Secrets values;
    values.set(QStringLiteral("app_password"), password);
    return values;
}

ChannelConfig channelFor(const LoopbackHttpServer& server, int timeoutMs = 5'000)
{
    return F::channel(QStringLiteral("bluesky"), {{QStringLiteral("pds"), server.url(QStringLiteral("/"))},
                                                  {QStringLiteral("identifier"), kHandle},
                                                  {QStringLiteral("timeout_ms"), timeoutMs}});
}

QJsonObject createdRecord(const LoopbackHttpServer::Request& request)
{
    return F::body(request).value(QLatin1String("record")).toObject();
}

} // namespace

// The Bluesky adapter against a loopback server playing the account's PDS.
class TestBlueskyAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postsARecordWithFacets();
    void facetsUseUtf8ByteOffsets_data();
    void facetsUseUtf8ByteOffsets();
    void reusesTheSession();
    void refreshesAnExpiredSession();
    void signsInAgainAfterAnInvalidToken();
    void repliesToRootAndParent();
    void retryReusesTheRecordKeyAndConfirms();
    void recordKeyIsAStableTid();
    void refusesTextOverTheLimits_data();
    void refusesTextOverTheLimits();
    void classifiesErrors_data();
    void classifiesErrors();
    void testSignsInWithoutPosting();
};

void TestBlueskyAdapter::postsARecordWithFacets()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    ManualClock clock(1'700'000'000'000);
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const QString text =
        QStringLiteral("Panne résolue ✅ : https://status.example.org/i/42 et http://b.example.");
    const OutboundMessage message = F::message(F::incident(IncidentStatus::Investigating, {}), text);
    const auto outcome =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(F::lines(server), (QStringList{QStringLiteral("POST /xrpc/com.atproto.server.createSession"),
                                            QStringLiteral("POST /xrpc/com.atproto.repo.createRecord")}));
    const auto& create = server.requests().at(1);
    QCOMPARE(create.header("Authorization"), "Bearer " + pds.validAccess);
    const QJsonObject body = F::body(create);
    QCOMPARE(body.value(QLatin1String("repo")).toString(), kDid);
    QCOMPARE(body.value(QLatin1String("collection")).toString(), QStringLiteral("app.bsky.feed.post"));
    const QString rkey = body.value(QLatin1String("rkey")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"))
                 .match(rkey)
                 .hasMatch(),
             qPrintable(rkey));
    const QJsonObject record = createdRecord(create);
    QCOMPARE(record.value(QLatin1String("$type")).toString(), QStringLiteral("app.bsky.feed.post"));
    QCOMPARE(record.value(QLatin1String("text")).toString(), text);
    QCOMPARE(record.value(QLatin1String("createdAt")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
    QCOMPARE(record.value(QLatin1String("langs")).toArray(), QJsonArray{QStringLiteral("fr")});
    QVERIFY(!record.contains(QLatin1String("reply")));
    const QJsonArray facets = record.value(QLatin1String("facets")).toArray();
    QCOMPARE(facets.size(), 2);
    const QJsonObject first = facets.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("index")).toObject().value(QLatin1String("byteStart")).toInt(), 21);
    QCOMPARE(first.value(QLatin1String("index")).toObject().value(QLatin1String("byteEnd")).toInt(), 52);
    const QJsonObject feature = first.value(QLatin1String("features")).toArray().at(0).toObject();
    QCOMPARE(feature.value(QLatin1String("$type")).toString(),
             QStringLiteral("app.bsky.richtext.facet#link"));
    QCOMPARE(feature.value(QLatin1String("uri")).toString(),
             QStringLiteral("https://status.example.org/i/42"));

    const QString uri = QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(kDid, rkey);
    QCOMPARE(outcome->externalId, uri);
    QCOMPARE(outcome->thread.value(QLatin1String("root_uri")).toString(), uri);
    QCOMPARE(outcome->thread.value(QLatin1String("root_cid")).toString(), QStringLiteral("bafyrei") + rkey);
    QCOMPARE(outcome->thread.value(QLatin1String("last_uri")).toString(), uri);
    // Session tokens are secrets: never in what the outbox stores.
    const QByteArray stored = QJsonDocument(outcome->thread).toJson();
    QVERIFY(!stored.contains(pds.validAccess));
    QVERIFY(!stored.contains(pds.validRefresh));
    QVERIFY(!stored.contains(kPassword));
}

void TestBlueskyAdapter::facetsUseUtf8ByteOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("offsets"); // byteStart, byteEnd per link
    QTest::addColumn<QStringList>("uris");
    QTest::newRow("accents and an emoji before two links")
        << QStringLiteral("Panne résolue ✅ : https://status.example.org/i/42 et http://b.example.")
        << QList<int>{21, 52, 56, 72}
        << QStringList{QStringLiteral("https://status.example.org/i/42"), QStringLiteral("http://b.example")};
    QTest::newRow("flag, parenthesised link")
        << QStringLiteral("Café 🇫🇷 déjà vu (voir https://ex.org/a_(b))") << QList<int>{31, 51}
        << QStringList{QStringLiteral("https://ex.org/a_(b)")};
    QTest::newRow("ascii only") << QStringLiteral("See https://a.io/x, then stop") << QList<int>{4, 18}
                                << QStringList{QStringLiteral("https://a.io/x")};
    QTest::newRow("no link") << QStringLiteral("Rien à signaler, www.example.org n'est pas un lien")
                             << QList<int>{} << QStringList{};
}

void TestBlueskyAdapter::facetsUseUtf8ByteOffsets()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, offsets);
    QFETCH(QStringList, uris);
    const QJsonArray facets = BlueskyAdapter::linkFacets(text);
    QCOMPARE(facets.size(), uris.size());
    for (qsizetype i = 0; i < facets.size(); ++i) {
        const QJsonObject facet = facets.at(i).toObject();
        const QJsonObject index = facet.value(QLatin1String("index")).toObject();
        QCOMPARE(index.value(QLatin1String("byteStart")).toInt(), offsets.at(2 * i));
        QCOMPARE(index.value(QLatin1String("byteEnd")).toInt(), offsets.at(2 * i + 1));
        QCOMPARE(facet.value(QLatin1String("features"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("uri"))
                     .toString(),
                 uris.at(i));
        // The bytes the facet covers are the link itself.
        QCOMPARE(text.toUtf8().mid(offsets.at(2 * i), offsets.at(2 * i + 1) - offsets.at(2 * i)),
                 uris.at(i).toUtf8());
    }
}

void TestBlueskyAdapter::reusesTheSession()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const Incident incident = F::incident(IncidentStatus::Investigating, {});
    for (int sequence = 1; sequence <= 3; ++sequence) {
        const auto outcome = offThread([&] {
            return adapter.deliver(F::message(incident, QStringLiteral("Post %1").arg(sequence), sequence, {},
                                              false, QStringLiteral("key-%1").arg(sequence)),
                                   channelFor(server), secrets(), client);
        });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    }
    QCOMPARE(pds.sessionsCreated, 1);
    QCOMPARE(F::requestsTo(server, "/xrpc/com.atproto.server.createSession").size(), 1);
    QCOMPARE(pds.records.size(), 3);
}

void TestBlueskyAdapter::refreshesAnExpiredSession()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const Incident incident = F::incident(IncidentStatus::Investigating, {});
    const auto first = offThread([&] {
        return adapter.deliver(F::message(incident, QStringLiteral("Un")), channelFor(server), secrets(),
                               client);
    });
    QVERIFY(first);
    QCOMPARE(first->kind, DeliveryOutcome::Kind::Sent);
    const QByteArray refreshToken = pds.validRefresh;
    pds.expireAccessToken();
    const auto second = offThread([&] {
        return adapter.deliver(
            F::message(incident, QStringLiteral("Deux"), 2, first->thread, false, QStringLiteral("k2")),
            channelFor(server), secrets(), client);
    });
    QVERIFY(second);
    QCOMPARE(second->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(pds.refreshes, 1);
    QCOMPARE(F::requestsTo(server, "/xrpc/com.atproto.server.createSession").size(), 1);
    const auto refresh = F::requestsTo(server, "/xrpc/com.atproto.server.refreshSession");
    QCOMPARE(refresh.size(), 1);
    QCOMPARE(refresh.first().header("Authorization"), "Bearer " + refreshToken);
    QVERIFY(refresh.first().body.isEmpty());
    const auto creates = F::requestsTo(server, "/xrpc/com.atproto.repo.createRecord");
    QCOMPARE(creates.size(), 3); // first post, refused with the expired token, accepted with the new one
    QCOMPARE(creates.last().header("Authorization"), "Bearer " + pds.validAccess);
    QVERIFY(!second->message.contains(QString::fromLatin1(refreshToken)));
}

void TestBlueskyAdapter::signsInAgainAfterAnInvalidToken()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const Incident incident = F::incident(IncidentStatus::Investigating, {});
    QVERIFY(offThread([&] {
        return adapter.deliver(F::message(incident, QStringLiteral("Un")), channelFor(server), secrets(),
                               client);
    }));
    pds.validAccess = "revoked-by-the-server"; // neither valid nor known as expired: InvalidToken
    const auto second = offThread([&] {
        return adapter.deliver(
            F::message(incident, QStringLiteral("Deux"), 2, {}, false, QStringLiteral("k2")),
            channelFor(server), secrets(), client);
    });
    QVERIFY(second);
    QCOMPARE(second->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(F::requestsTo(server, "/xrpc/com.atproto.server.createSession").size(), 2);
    QCOMPARE(pds.records.size(), 2);
}

void TestBlueskyAdapter::repliesToRootAndParent()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const Incident incident = F::incident(IncidentStatus::Investigating, {});
    QJsonObject thread;
    QStringList uris;
    QStringList cids;
    for (int sequence = 1; sequence <= 3; ++sequence) {
        const auto outcome = offThread([&] {
            return adapter.deliver(F::message(incident, QStringLiteral("Post %1").arg(sequence), sequence,
                                              thread, false, QStringLiteral("key-%1").arg(sequence)),
                                   channelFor(server), secrets(), client);
        });
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
        thread = outcome->thread;
        uris << outcome->externalId;
        cids << thread.value(QLatin1String("last_cid")).toString();
    }
    const auto creates = F::requestsTo(server, "/xrpc/com.atproto.repo.createRecord");
    QCOMPARE(creates.size(), 3);
    QVERIFY(!createdRecord(creates.at(0)).contains(QLatin1String("reply")));
    for (int i = 1; i <= 2; ++i) {
        const QJsonObject reply = createdRecord(creates.at(i)).value(QLatin1String("reply")).toObject();
        QCOMPARE(reply.value(QLatin1String("root")).toObject().value(QLatin1String("uri")).toString(),
                 uris.at(0));
        QCOMPARE(reply.value(QLatin1String("root")).toObject().value(QLatin1String("cid")).toString(),
                 cids.at(0));
        QCOMPARE(reply.value(QLatin1String("parent")).toObject().value(QLatin1String("uri")).toString(),
                 uris.at(i - 1));
        QCOMPARE(reply.value(QLatin1String("parent")).toObject().value(QLatin1String("cid")).toString(),
                 cids.at(i - 1));
    }
    QCOMPARE(thread.value(QLatin1String("root_uri")).toString(), uris.at(0));
    QCOMPARE(thread.value(QLatin1String("last_uri")).toString(), uris.at(2));
}

void TestBlueskyAdapter::retryReusesTheRecordKeyAndConfirms()
{
    // The post is stored but its answer comes too late; the retry's createRecord is refused because the key
    // is taken, and getRecord confirms the earlier post instead of posting twice.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    pds.createRecordDelayMs = 1'500;
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const OutboundMessage message =
        F::message(F::incident(IncidentStatus::Investigating, {}), QStringLiteral("Panne en cours"));
    const auto lost =
        offThread([&] { return adapter.deliver(message, channelFor(server, 300), secrets(), client); });
    QVERIFY(lost);
    QCOMPARE(lost->kind, DeliveryOutcome::Kind::Retry);
    QCOMPARE(pds.records.size(), 1);
    clock.advanceMs(60'000);
    const auto retried =
        offThread([&] { return adapter.deliver(message, channelFor(server), secrets(), client); });
    QVERIFY(retried);
    QCOMPARE(retried->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(pds.records.size(), 1);
    const QString rkey = pds.records.keys().first();
    QCOMPARE(retried->externalId, QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(kDid, rkey));
    const auto creates = F::requestsTo(server, "/xrpc/com.atproto.repo.createRecord");
    QCOMPARE(creates.size(), 2);
    QCOMPARE(F::body(creates.at(0)).value(QLatin1String("rkey")).toString(), rkey);
    QCOMPARE(F::body(creates.at(1)).value(QLatin1String("rkey")).toString(), rkey);
    QCOMPARE(F::requestsTo(server, "/xrpc/com.atproto.repo.getRecord").size(), 1);
}

void TestBlueskyAdapter::recordKeyIsAStableTid()
{
    const QRegularExpression tid(
        QStringLiteral("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"));
    const QString key = BlueskyAdapter::recordKey(QStringLiteral("delivery-a"), 1'750'000'000'000);
    QVERIFY2(tid.match(key).hasMatch(), qPrintable(key));
    QCOMPARE(BlueskyAdapter::recordKey(QStringLiteral("delivery-a"), 1'750'000'000'000), key);
    QVERIFY(BlueskyAdapter::recordKey(QStringLiteral("delivery-b"), 1'750'000'000'000) != key);
    // Later approvals sort after earlier ones, as TIDs do.
    QVERIFY(BlueskyAdapter::recordKey(QStringLiteral("delivery-c"), 1'750'000'001'000) > key);
    QVERIFY(tid.match(BlueskyAdapter::recordKey(QStringLiteral("x"), 0)).hasMatch());
}

void TestBlueskyAdapter::refusesTextOverTheLimits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sent");
    QTest::addColumn<QString>("quoted");
    const QString family = QStringLiteral("👨‍👩‍👧"); // one grapheme, 18 UTF-8 bytes
    QTest::newRow("300 graphemes with accents")
        << QString(299, QChar(0xE9)) + QStringLiteral("✅") << true << QString();
    QTest::newRow("301 graphemes with an emoji")
        << QString(300, QLatin1Char('a')) + QStringLiteral("👍🏽") << false << QStringLiteral("301");
    QTest::newRow("a long link counts in full")
        << QString(272, QLatin1Char('a')) + QStringLiteral(" https://status.example.org/x") << false
        << QStringLiteral("301");
    QString heavy;
    for (int i = 0; i < 170; ++i)
        heavy += family;
    QTest::newRow("170 emoji over 3000 bytes") << heavy << false << QStringLiteral("3060");
}

void TestBlueskyAdapter::refusesTextOverTheLimits()
{
    QFETCH(QString, text);
    QFETCH(bool, sent);
    QFETCH(QString, quoted);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const auto outcome = offThread([&] {
        return adapter.deliver(F::message(F::incident(IncidentStatus::Investigating, {}), text),
                               channelFor(server), secrets(), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, sent ? DeliveryOutcome::Kind::Sent : DeliveryOutcome::Kind::Failed);
    QCOMPARE(F::requestsTo(server, "/xrpc/com.atproto.repo.createRecord").size(), sent ? 1 : 0);
    if (!sent)
        QVERIFY2(outcome->message.contains(quoted), qPrintable(outcome->message));
}

void TestBlueskyAdapter::classifiesErrors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("recordStatus"); // 0: the fake PDS answers
    QTest::addColumn<QByteArray>("recordBody");
    QTest::addColumn<DeliveryOutcome::Kind>("kind");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("wrong app password")
        << QByteArray("not-the-app-password") << 0 << QByteArray() << DeliveryOutcome::Kind::Failed
        << qint64(-1) << "Invalid identifier or password";
    QTest::newRow("invalid record") << kPassword << 400
                                    << FakeBlueskyPds::xrpcError(
                                           "InvalidRequest",
                                           "Invalid app.bsky.feed.post record: text too long")
                                    << DeliveryOutcome::Kind::Failed << qint64(-1) << "text too long";
    QTest::newRow("rate limited") << kPassword << 429
                                  << FakeBlueskyPds::xrpcError("RateLimitExceeded", "Rate Limit Exceeded")
                                  << DeliveryOutcome::Kind::Retry << qint64(90'000) << "HTTP 429";
    QTest::newRow("PDS down") << kPassword << 502 << QByteArray("upstream error")
                              << DeliveryOutcome::Kind::Retry << qint64(-1) << "HTTP 502";
}

void TestBlueskyAdapter::classifiesErrors()
{
    QFETCH(QByteArray, password);
    QFETCH(int, recordStatus);
    QFETCH(QByteArray, recordBody);
    QFETCH(DeliveryOutcome::Kind, kind);
    QFETCH(qint64, retryAfterMs);
    QFETCH(QString, quoted);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    if (recordStatus > 0) {
        server.setHandler("/xrpc/com.atproto.repo.createRecord", [&](const LoopbackHttpServer::Request&) {
            using Headers = QList<QPair<QByteArray, QByteArray>>;
            return F::reply(recordStatus, recordBody,
                            recordStatus == 429 ? Headers{{"Date", "Tue, 03 Mar 2026 14:00:00 GMT"},
                                                          {"RateLimit-Reset", "1772546490"}}
                                                : Headers{});
        });
    }
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const auto outcome = offThread([&] {
        return adapter.deliver(
            F::message(F::incident(IncidentStatus::Investigating, {}), QStringLiteral("x")),
            channelFor(server), secrets(password), client);
    });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, kind);
    QCOMPARE(outcome->retryAfterMs, retryAfterMs);
    QVERIFY2(outcome->message.contains(quoted), qPrintable(outcome->message));
    for (const QByteArray& secret : {password, pds.validAccess, pds.validRefresh}) {
        if (!secret.isEmpty())
            QVERIFY2(!outcome->message.contains(QString::fromLatin1(secret)), qPrintable(outcome->message));
    }
}

void TestBlueskyAdapter::testSignsInWithoutPosting()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeBlueskyPds pds;
    pds.serve(server);
    ManualClock clock;
    BlueskyAdapter adapter(clock);
    HttpClient client;
    const auto ready = offThread([&] { return adapter.test(channelFor(server), secrets(), client); });
    QVERIFY(ready);
    QCOMPARE(ready->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(ready->externalId, kDid);
    QCOMPARE(F::lines(server), QStringList{QStringLiteral("POST /xrpc/com.atproto.server.createSession")});
    const auto refused =
        offThread([&] { return adapter.test(channelFor(server), secrets("wrong-password"), client); });
    QVERIFY(refused);
    QCOMPARE(refused->kind, DeliveryOutcome::Kind::Failed);
    QVERIFY(!refused->message.contains(QStringLiteral("wrong-password")));
    QVERIFY(pds.records.isEmpty());
}

QTEST_GUILESS_MAIN(TestBlueskyAdapter)
#include "tst_blueskyadapter.moc"
