#include "SigV4Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Trimmed, with runs of spaces inside collapsed to one, as the canonical headers require.
QByteArray canonicalValue(const QByteArray& value)
{
    return value.simplified();
}

QByteArray canonicalQuery(const QByteArray& query)
{
    if (query.isEmpty())
        return QByteArray();
    QList<QByteArray> pairs = query.split('&');
    for (QByteArray& pair : pairs) {
        if (!pair.contains('='))
            pair += '=';
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs.join('&');
}

} // namespace

QByteArray SigV4Signer::canonicalRequest(const Request& request, QList<QByteArray> signedHeaders)
{
    for (QByteArray& name : signedHeaders)
        name = name.toLower();
    std::sort(signedHeaders.begin(), signedHeaders.end());
    QByteArray headers;
    for (const QByteArray& name : signedHeaders) {
        QList<QByteArray> values;
        for (const auto& [key, value] : request.headers) {
            if (key.toLower() == name)
                values.append(canonicalValue(value));
        }
        headers += name + ':' + values.join(',') + '\n';
    }
    return request.method + '\n' + request.path + '\n' + canonicalQuery(request.query) + '\n' + headers +
           '\n' + signedHeaders.join(';') + '\n' + request.payloadHash;
}

QByteArray SigV4Signer::stringToSign(const QByteArray& amzDate, const QByteArray& scope,
                                     const QByteArray& canonicalRequest)
{
    return "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' +
           QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::signingKey(const QByteArray& secret, const QByteArray& date, const QByteArray& region,
                                   const QByteArray& service)
{
    return hmac(hmac(hmac(hmac("AWS4" + secret, date), region), service), "aws4_request");
}

QByteArray SigV4Signer::signature(const QByteArray& signingKey, const QByteArray& stringToSign)
{
    return hmac(signingKey, stringToSign).toHex();
}

QByteArray SigV4Signer::sign(const Request& request, const QList<QByteArray>& signedHeaders,
                             const QByteArray& secret, const QByteArray& amzDate, const QByteArray& region,
                             const QByteArray& service)
{
    const QByteArray date = amzDate.left(8);
    const QByteArray scope = date + '/' + region + '/' + service + "/aws4_request";
    return signature(signingKey(secret, date, region, service),
                     stringToSign(amzDate, scope, canonicalRequest(request, signedHeaders)));
}
