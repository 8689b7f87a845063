#include "FakeBlueskyPds.h"

#include "StatusChannelFixtures.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

using F = StatusChannelFixtures;

QByteArray FakeBlueskyPds::xrpcError(const char* name, const char* message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(name)},
                                     {QStringLiteral("message"), QLatin1String(message)}})
        .toJson(QJsonDocument::Compact);
}

QStringList FakeBlueskyPds::texts() const
{
    QStringList out;
    for (const QJsonObject& stored : records)
        out.append(stored.value(QLatin1String("value")).toObject().value(QLatin1String("text")).toString());
    return out;
}

void FakeBlueskyPds::expireAccessToken()
{
    expiredAccess << validAccess;
    validAccess = "never-valid";
}

QByteArray FakeBlueskyPds::issueSession()
{
    validAccess = "access-" + QByteArray::number(sessionsCreated) + "-" + QByteArray::number(refreshes);
    validRefresh = "refresh-" + QByteArray::number(sessionsCreated) + "-" + QByteArray::number(refreshes);
    return QJsonDocument(QJsonObject{{QStringLiteral("accessJwt"), QString::fromLatin1(validAccess)},
                                     {QStringLiteral("refreshJwt"), QString::fromLatin1(validRefresh)},
                                     {QStringLiteral("handle"), kHandle},
                                     {QStringLiteral("did"), kDid}})
        .toJson(QJsonDocument::Compact);
}

void FakeBlueskyPds::serve(LoopbackHttpServer& server)
{
    server.setHandler("/xrpc/com.atproto.server.createSession", [this](const LoopbackHttpServer::Request& r) {
        const QJsonObject body = F::body(r);
        if (body.value(QLatin1String("identifier")).toString() != kHandle ||
            body.value(QLatin1String("password")).toString().toUtf8() != kPassword)
            return F::reply(401, xrpcError("AuthenticationRequired", "Invalid identifier or password"));
        ++sessionsCreated;
        return F::reply(200, issueSession());
    });
    server.setHandler("/xrpc/com.atproto.server.refreshSession",
                      [this](const LoopbackHttpServer::Request& r) {
                          if (r.header("Authorization") != "Bearer " + validRefresh)
                              return F::reply(400, xrpcError("ExpiredToken", "Token has expired"));
                          ++refreshes;
                          return F::reply(200, issueSession());
                      });
    server.setHandler("/xrpc/com.atproto.repo.createRecord",
                      [this](const LoopbackHttpServer::Request& r) { return createRecord(r); });
    server.setHandler("/xrpc/com.atproto.repo.getRecord",
                      [this](const LoopbackHttpServer::Request& r) { return getRecord(r); });
}

LoopbackHttpServer::Reply FakeBlueskyPds::createRecord(const LoopbackHttpServer::Request& request)
{
    const QByteArray token = request.header("Authorization").mid(int(qstrlen("Bearer ")));
    if (token != validAccess) {
        return expiredAccess.contains(token) ? F::reply(400, xrpcError("ExpiredToken", "Token has expired"))
                                             : F::reply(401, xrpcError("InvalidToken", "Malformed token"));
    }
    const QJsonObject body = F::body(request);
    const QJsonObject record = body.value(QLatin1String("record")).toObject();
    QString wrong;
    if (request.method != "POST")
        wrong = QStringLiteral("createRecord by %1").arg(QString::fromLatin1(request.method));
    else if (body.value(QLatin1String("repo")).toString() != kDid)
        wrong = QStringLiteral("createRecord in another repo");
    else if (body.value(QLatin1String("collection")).toString() != QLatin1String("app.bsky.feed.post") ||
             record.value(QLatin1String("$type")).toString() != QLatin1String("app.bsky.feed.post"))
        wrong = QStringLiteral("createRecord of something other than app.bsky.feed.post");
    else if (record.value(QLatin1String("text")).toString().isEmpty() ||
             record.value(QLatin1String("createdAt")).toString().isEmpty())
        wrong = QStringLiteral("a post without text or createdAt");
    if (!wrong.isEmpty()) {
        problems << wrong;
        return F::reply(400, xrpcError("InvalidRequest", "Input does not match the lexicon"));
    }
    const QString rkey = body.value(QLatin1String("rkey")).toString();
    if (records.contains(rkey))
        return F::reply(400, xrpcError("InvalidRequest", "Could not store record: already exists"));
    const QJsonObject stored{
        {QStringLiteral("uri"), QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(kDid, rkey)},
        {QStringLiteral("cid"), QString(QStringLiteral("bafyrei") + rkey)},
        {QStringLiteral("value"), body.value(QLatin1String("record"))}};
    records.insert(rkey, stored);
    LoopbackHttpServer::Reply reply =
        F::reply(200, QJsonDocument(QJsonObject{{QStringLiteral("uri"), stored.value(QLatin1String("uri"))},
                                                {QStringLiteral("cid"), stored.value(QLatin1String("cid"))}})
                          .toJson(QJsonDocument::Compact));
    reply.delayMs = std::exchange(createRecordDelayMs, 0);
    return reply;
}

LoopbackHttpServer::Reply FakeBlueskyPds::getRecord(const LoopbackHttpServer::Request& request) const
{
    const QUrlQuery query(QUrl(QString::fromLatin1(request.path)).query());
    const QString rkey = query.queryItemValue(QStringLiteral("rkey"));
    if (query.queryItemValue(QStringLiteral("repo")) != kDid || !records.contains(rkey))
        return F::reply(400, xrpcError("RecordNotFound", "Could not locate record"));
    return F::reply(200, QJsonDocument(records.value(rkey)).toJson(QJsonDocument::Compact));
}
