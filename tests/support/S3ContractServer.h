#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// An S3-compatible bucket on 127.0.0.1 that holds callers to the documented contract: path-style addresses
// (/bucket/key), an AWS SigV4 Authorization header recomputed here with SigV4Signer (credential, scope,
// signed headers, signature), x-amz-date close to now, and x-amz-content-sha256 equal to the body's hash.
// It stores PUT objects and serves them to signed GETs; refused requests get S3's XML errors (403
// SignatureDoesNotMatch, InvalidAccessKeyId...). It can also answer the next requests with 503 SlowDown or
// 500 InternalError to exercise retries.
class S3ContractServer : public QObject
{
    Q_OBJECT

public:
    struct StoredObject
    {
        QByteArray bytes;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers; // as received
    };

    S3ContractServer(const QByteArray& accessKeyId, const QByteArray& secretAccessKey,
                     const QByteArray& region, const QByteArray& bucket, QObject* parent = nullptr);

    bool listen();
    // "http://127.0.0.1:<port>", the endpoint without the bucket.
    QString endpoint() const;

    // The next `count` requests are answered with `status` and the S3 error `code` (after their signature
    // was checked).
    void failNext(int count, int status, const QByteArray& code);

    std::optional<StoredObject> object(const QString& key) const;
    QStringList keysInArrivalOrder() const { return m_arrivals; }
    // Why each refused request was refused, for a failing test's message.
    QStringList rejections() const { return m_rejections; }
    int requestCount() const { return m_server.requestCount(); }

private:
    LoopbackHttpServer::Reply handle(const LoopbackHttpServer::Request& request);
    LoopbackHttpServer::Reply refuse(int status, const QByteArray& code, const QString& why);
    std::optional<LoopbackHttpServer::Reply> checkSignature(const LoopbackHttpServer::Request& request);

    LoopbackHttpServer m_server;
    QByteArray m_accessKeyId;
    QByteArray m_secretAccessKey;
    QByteArray m_region;
    QByteArray m_bucket;
    QHash<QString, StoredObject> m_objects;
    QStringList m_arrivals;
    QStringList m_rejections;
    int m_failuresLeft = 0;
    int m_failureStatus = 503;
    QByteArray m_failureCode;
};
