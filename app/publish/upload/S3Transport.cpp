#include "publish/upload/S3Transport.h"

#include "publish/upload/UploadCurl.h"

#include <QCryptographicHash>
#include <QXmlStreamReader>

namespace {

const QString AccessKeySecret = QStringLiteral("access_key_id");
const QString SecretKeySecret = QStringLiteral("secret_access_key");

// S3 object keys in a path: every byte but the unreserved ones (and '/') percent-encoded, as SigV4 expects.
QByteArray encodedKey(const QString& key)
{
    return QUrl::toPercentEncoding(key, "/");
}

} // namespace

S3Transport::S3Transport(const UploadTarget& target, const Secrets& secrets)
    : m_target(target), m_accessKeyId(secrets.value(AccessKeySecret).trimmed()),
      m_secretAccessKey(secrets.value(SecretKeySecret).trimmed())
{}

std::optional<UploadError> S3Transport::prepare()
{
    for (const auto& [name, value] :
         {std::pair{AccessKeySecret, m_accessKeyId}, {SecretKeySecret, m_secretAccessKey}}) {
        if (value.isEmpty())
            return UploadError{tr("the secret \"%1\" is missing").arg(name), false};
    }
    return std::nullopt;
}

QByteArray S3Transport::addressOf(const QString& remotePath) const
{
    QByteArray address = m_target.url.toEncoded();
    if (!address.endsWith('/'))
        address += '/';
    if (!m_target.bucket.isEmpty())
        address += QUrl::toPercentEncoding(m_target.bucket) + '/';
    return address + encodedKey(remotePath);
}

std::optional<UploadError> S3Transport::put(const PublishedFile& file, const QString& remotePath)
{
    UploadCurl transfer(m_target, "http,https");
    if (!transfer.isValid())
        return UploadError{tr("libcurl could not start a transfer"), true};
    transfer.setUrl(addressOf(remotePath));
    transfer.setHttpBody("PUT", file.bytes);
    QList<QByteArray> headers{"Content-Type: " + file.contentType,
                              "x-amz-content-sha256: " +
                                  QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex()};
    if (!m_target.cacheControl.isEmpty())
        headers.append("Cache-Control: " + m_target.cacheControl);
    if (!m_target.acl.isEmpty())
        headers.append("x-amz-acl: " + m_target.acl);
    transfer.setHeaders(headers);
    const QByteArray provider = "aws:amz:" + m_target.region.toUtf8() + ":s3";
    curl_easy_setopt(transfer.handle(), CURLOPT_AWS_SIGV4, provider.constData());
    curl_easy_setopt(transfer.handle(), CURLOPT_USERNAME, m_accessKeyId.constData());
    curl_easy_setopt(transfer.handle(), CURLOPT_PASSWORD, m_secretAccessKey.constData());
    const UploadCurl::Result result = transfer.perform();
    if (result.code != CURLE_OK)
        return UploadCurl::transportError(result);
    if (result.status >= 200 && result.status < 300)
        return std::nullopt;
    return UploadCurl::httpError(result.status, serviceError(result.body));
}

QString S3Transport::serviceError(const QByteArray& body)
{
    QXmlStreamReader xml(body);
    QString code;
    QString message;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Code"))
            code = xml.readElementText().simplified();
        else if (xml.name() == QLatin1String("Message"))
            message = xml.readElementText().simplified();
    }
    const QString words = message.isEmpty() ? code
                          : code.isEmpty()  ? message
                                            : code + QStringLiteral(": ") + message;
    return words.left(200);
}
