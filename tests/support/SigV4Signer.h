#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// AWS Signature Version 4 computed from its published definition, independently of libcurl: the canonical
// request, the string to sign, the derived key and the signature. The S3 contract server checks requests
// with it, and tests prove it against AWS's own test vectors.
class SigV4Signer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;  // the URI path as sent (S3 does not encode it a second time)
        QByteArray query; // without '?'
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray payloadHash; // hex SHA-256 of the body, or UNSIGNED-PAYLOAD
    };

    // `signedHeaders`: lower-case names, in any order (they are sorted).
    static QByteArray canonicalRequest(const Request& request, QList<QByteArray> signedHeaders);
    static QByteArray stringToSign(const QByteArray& amzDate, const QByteArray& scope,
                                   const QByteArray& canonicalRequest);
    static QByteArray signingKey(const QByteArray& secret, const QByteArray& date, const QByteArray& region,
                                 const QByteArray& service);
    // Hex HMAC-SHA256 of the string to sign with the signing key.
    static QByteArray signature(const QByteArray& signingKey, const QByteArray& stringToSign);
    // The whole chain: the hex signature of `request` signed on `amzDate` (yyyyMMddTHHmmssZ).
    static QByteArray sign(const Request& request, const QList<QByteArray>& signedHeaders,
                           const QByteArray& secret, const QByteArray& amzDate, const QByteArray& region,
                           const QByteArray& service);
};
