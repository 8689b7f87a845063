#include "S3ContractServer.h"

#include "SigV4Signer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

S3ContractServer::S3ContractServer(const QByteArray& accessKeyId, const QByteArray& secretAccessKey,
                                   const QByteArray& region, const QByteArray& bucket, QObject* parent)
    : QObject(parent), m_accessKeyId(accessKeyId), m_secretAccessKey(secretAccessKey), m_region(region),
      m_bucket(bucket)
{
    m_server.setFallbackHandler(
        [this](const LoopbackHttpServer::Request& request) { return handle(request); });
}

bool S3ContractServer::listen()
{
    return m_server.listen();
}

QString S3ContractServer::endpoint() const
{
    return m_server.url(QString());
}

void S3ContractServer::failNext(int count, int status, const QByteArray& code)
{
    m_failuresLeft = count;
    m_failureStatus = status;
    m_failureCode = code;
}

std::optional<S3ContractServer::StoredObject> S3ContractServer::object(const QString& key) const
{
    const auto found = m_objects.constFind(key);
    if (found == m_objects.constEnd())
        return std::nullopt;
    return *found;
}

LoopbackHttpServer::Reply S3ContractServer::refuse(int status, const QByteArray& code, const QString& why)
{
    m_rejections.append(QString::fromLatin1(code) + QStringLiteral(": ") + why);
    LoopbackHttpServer::Reply reply;
    reply.status = status;
    reply.headers = {{"Content-Type", "application/xml"}};
    reply.body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" +
                 why.toHtmlEscaped().toUtf8() + "</Message><RequestId>0</RequestId></Error>";
    return reply;
}

std::optional<LoopbackHttpServer::Reply>
S3ContractServer::checkSignature(const LoopbackHttpServer::Request& request)
{
    static const QRegularExpression authorization(
        QStringLiteral("^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, ?"
                       "SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$"));
    const auto match = authorization.match(QString::fromLatin1(request.header("Authorization")));
    if (!match.hasMatch())
        return refuse(403, "AccessDenied", QStringLiteral("no AWS SigV4 Authorization header"));
    if (match.captured(1).toLatin1() != m_accessKeyId)
        return refuse(403, "InvalidAccessKeyId", QStringLiteral("unknown access key id"));
    const QByteArray amzDate = request.header("x-amz-date");
    const QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!signedAt.isValid())
        return refuse(403, "AccessDenied", QStringLiteral("x-amz-date is missing or malformed"));
    QDateTime utc = signedAt;
    utc.setTimeZone(QTimeZone::utc());
    if (qAbs(utc.secsTo(QDateTime::currentDateTimeUtc())) > 15 * 60)
        return refuse(403, "RequestTimeTooSkewed", QStringLiteral("x-amz-date is more than 15 minutes off"));
    if (match.captured(2).toLatin1() != amzDate.left(8) || match.captured(3).toLatin1() != m_region ||
        match.captured(4) != QLatin1String("s3"))
        return refuse(403, "AuthorizationHeaderMalformed", QStringLiteral("the credential scope is wrong"));
    const QList<QByteArray> signedHeaders = match.captured(5).toLatin1().split(';');
    for (const QByteArray& required :
         {QByteArray("host"), QByteArray("x-amz-date"), QByteArray("x-amz-content-sha256")}) {
        if (!signedHeaders.contains(required))
            return refuse(403, "AccessDenied",
                          QStringLiteral("the header %1 is not signed").arg(QString::fromLatin1(required)));
    }
    const QByteArray payloadHash = request.header("x-amz-content-sha256");
    if (payloadHash != "UNSIGNED-PAYLOAD" &&
        payloadHash != QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex())
        return refuse(400, "XAmzContentSHA256Mismatch",
                      QStringLiteral("x-amz-content-sha256 is not the body's hash"));
    const qsizetype question = request.path.indexOf('?');
    SigV4Signer::Request canonical{request.method, question < 0 ? request.path : request.path.left(question),
                                   question < 0 ? QByteArray() : request.path.mid(question + 1),
                                   request.headers, payloadHash};
    const QByteArray expected =
        SigV4Signer::sign(canonical, signedHeaders, m_secretAccessKey, amzDate, m_region, "s3");
    if (expected != match.captured(6).toLatin1())
        return refuse(403, "SignatureDoesNotMatch",
                      QStringLiteral("The request signature we calculated does not match the signature you "
                                     "provided. Check your key and signing method."));
    return std::nullopt;
}

LoopbackHttpServer::Reply S3ContractServer::handle(const LoopbackHttpServer::Request& request)
{
    if (auto refused = checkSignature(request))
        return *refused;
    if (m_failuresLeft > 0) {
        --m_failuresLeft;
        return refuse(m_failureStatus, m_failureCode, QStringLiteral("Please reduce your request rate."));
    }
    const QByteArray prefix = '/' + m_bucket + '/';
    if (!request.path.startsWith(prefix) || request.path.size() == prefix.size())
        return refuse(404, "NoSuchBucket", QStringLiteral("The specified bucket does not exist"));
    const QString key = QUrl::fromPercentEncoding(request.path.mid(prefix.size()));
    if (request.method == "PUT") {
        m_objects.insert(key, StoredObject{request.body, request.header("Content-Type"), request.headers});
        m_arrivals.append(key);
        LoopbackHttpServer::Reply reply;
        reply.headers = {
            {"ETag", '"' + QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex() + '"'}};
        return reply;
    }
    if (request.method == "GET") {
        const auto found = m_objects.constFind(key);
        if (found == m_objects.constEnd())
            return refuse(404, "NoSuchKey", QStringLiteral("The specified key does not exist."));
        LoopbackHttpServer::Reply reply;
        reply.body = found->bytes;
        reply.headers = {{"Content-Type", found->contentType}};
        return reply;
    }
    return refuse(405, "MethodNotAllowed", QStringLiteral("The specified method is not allowed"));
}
