#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A Bluesky PDS as far as posting goes, served by a LoopbackHttpServer: createSession for one account,
// refreshSession, access tokens that expire when the test says so, createRecord that refuses a second write
// under the same record key (as the reference PDS does), and getRecord. Answers XRPC errors in their shape.
// createRecord is checked against com.atproto.repo.createRecord and app.bsky.feed.post (repo, collection,
// the record's $type, text and createdAt); a break is answered 400 InvalidRequest and noted in `problems`.
class FakeBlueskyPds
{
public:
    // Inline, so that a test's own constants built from them are initialised after them.
    static inline const QString kHandle = QStringLiteral("ops.example.org");
    static inline const QString kDid = QStringLiteral("did:plc:ops123");
    static inline const QByteArray kPassword = QByteArrayLiteral("app-pass-xyz1-qrst");

    int sessionsCreated = 0;
    int refreshes = 0;
    QByteArray validAccess;
    QByteArray validRefresh;
    QList<QByteArray> expiredAccess;
    QHash<QString, QJsonObject> records; // by rkey: uri, cid, value
    int createRecordDelayMs = 0;         // for the next createRecord only
    QStringList problems;                // createRecord requests that broke the lexicon's shape

    // The text of every record stored.
    QStringList texts() const;

    // Installs the handlers; the fake must outlive the server's requests.
    void serve(LoopbackHttpServer& server);
    // The current access token now answers ExpiredToken.
    void expireAccessToken();

    static QByteArray xrpcError(const char* name, const char* message);

private:
    QByteArray issueSession();
    LoopbackHttpServer::Reply createRecord(const LoopbackHttpServer::Request& request);
    LoopbackHttpServer::Reply getRecord(const LoopbackHttpServer::Request& request) const;
};
