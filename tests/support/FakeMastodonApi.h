#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A Mastodon instance as far as posting goes, served on a LoopbackHttpServer: /api/v2/instance (the
// character limit), verify_credentials, and POST /api/v1/statuses with `Authorization: Bearer <token>`,
// checked fields (status, visibility, in_reply_to_id of a status that exists) and the Idempotency-Key
// behaviour of PostStatusService: a repeat of a key on the account returns the status the key created (for
// an hour, which a test never outlasts) instead of posting again. Contract breaks are answered as Mastodon
// does (401, 404, 422) and noted in `problems`.
class FakeMastodonApi
{
public:
    static inline const QByteArray kToken = QByteArrayLiteral("masto-contract-token-c03f");

    QList<QJsonObject> statuses; // as created; each also carries "text", the plain text posted
    int replays = 0;             // requests answered from an idempotency key instead of posting
    QStringList problems;

    void serve(LoopbackHttpServer& server);
    QStringList texts() const;

private:
    LoopbackHttpServer::Reply post(const LoopbackHttpServer::Request& request);

    QHash<QByteArray, int> m_byKey; // Idempotency-Key -> index in statuses
};
