#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A service receiving Vigie's generic JSON webhook, served on a LoopbackHttpServer at `path`, as a careful
// receiver would be written: POST with a JSON body, the shared secret in the Authorization header, and the
// Idempotency-Key header the adapter documents, which it keeps: a repeated key is answered as the first
// request was (the same id) and nothing new is taken. Contract breaks are answered 400/401 and noted in
// `problems`.
class FakeWebhookReceiver
{
public:
    static inline const QByteArray kPath = QByteArrayLiteral("/hooks/vigie");
    static inline const QByteArray kAuthorization = QByteArrayLiteral("Bearer hook-contract-secret-55a0");

    QList<QJsonObject> accepted; // the bodies taken, once per key
    int replays = 0;             // requests answered from a key already taken
    QStringList problems;

    void serve(LoopbackHttpServer& server);
    // `message` of every body taken.
    QStringList texts() const;

private:
    LoopbackHttpServer::Reply receive(const LoopbackHttpServer::Request& request);

    QHash<QByteArray, QByteArray> m_answers; // Idempotency-Key -> the answer given
};
