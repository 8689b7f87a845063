#include "publish/upload/WebDavTransport.h"

#include "publish/ResponseClassifier.h"
#include "publish/upload/UploadCurl.h"

namespace {

const QString PasswordSecret = QStringLiteral("password");

} // namespace

WebDavTransport::WebDavTransport(const UploadTarget& target, const Secrets& secrets)
    : m_target(target), m_username(target.username.toUtf8()), m_password(secrets.value(PasswordSecret)),
      m_hasPassword(secrets.has(PasswordSecret))
{}

std::optional<UploadError> WebDavTransport::prepare()
{
    if (!m_username.isEmpty() && !m_hasPassword)
        return UploadError{
            tr("the secret \"%1\" is missing for the user name in \"username\"").arg(PasswordSecret), false};
    if (m_username.isEmpty() && m_hasPassword)
        return UploadError{
            tr("the secret \"%1\" is set but the setting \"username\" is not").arg(PasswordSecret), false};
    return std::nullopt;
}

QByteArray WebDavTransport::addressOf(const QString& remotePath) const
{
    QByteArray address = m_target.url.toEncoded();
    if (!address.endsWith('/'))
        address += '/';
    QStringList segments = remotePath.split(QLatin1Char('/'));
    QByteArrayList encoded;
    for (const QString& segment : segments)
        encoded.append(QUrl::toPercentEncoding(segment));
    return address + encoded.join('/');
}

void WebDavTransport::authenticate(UploadCurl& transfer) const
{
    if (m_username.isEmpty())
        return;
    curl_easy_setopt(transfer.handle(), CURLOPT_HTTPAUTH, long(CURLAUTH_BASIC));
    curl_easy_setopt(transfer.handle(), CURLOPT_USERNAME, m_username.constData());
    curl_easy_setopt(transfer.handle(), CURLOPT_PASSWORD, m_password.constData());
}

std::optional<UploadError> WebDavTransport::put(const PublishedFile& file, const QString& remotePath)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        UploadCurl transfer(m_target, "http,https");
        if (!transfer.isValid())
            return UploadError{tr("libcurl could not start a transfer"), true};
        transfer.setUrl(addressOf(remotePath));
        transfer.setHttpBody("PUT", file.bytes);
        transfer.setHeaders({"Content-Type: " + file.contentType});
        authenticate(transfer);
        const UploadCurl::Result result = transfer.perform();
        if (result.code != CURLE_OK)
            return UploadCurl::transportError(result);
        if (result.status >= 200 && result.status < 300)
            return std::nullopt;
        // A missing parent collection: 409 by RFC 4918 (9.7.1), 500 from nginx, 404 from some others.
        // Create the collections and try once more; a real 500 only costs two MKCOL answered 405.
        const bool parentMayBeMissing = result.status == 409 || result.status == 404 || result.status == 500;
        if (parentMayBeMissing && attempt == 0 && remotePath.contains(QLatin1Char('/'))) {
            if (auto problem = makeCollections(remotePath))
                return problem;
            continue;
        }
        return UploadCurl::httpError(result.status, ResponseClassifier::serviceError(result.body));
    }
    return UploadError{tr("the server kept refusing the file after its folders were created"), false};
}

std::optional<UploadError> WebDavTransport::makeCollections(const QString& remotePath)
{
    const QStringList segments = remotePath.split(QLatin1Char('/'));
    QString collection;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        collection += segments[i] + QLatin1Char('/');
        UploadCurl transfer(m_target, "http,https");
        if (!transfer.isValid())
            return UploadError{tr("libcurl could not start a transfer"), true};
        QByteArray address = addressOf(collection.chopped(1));
        transfer.setUrl(address + '/');
        curl_easy_setopt(transfer.handle(), CURLOPT_CUSTOMREQUEST, "MKCOL");
        transfer.setHeaders({});
        authenticate(transfer);
        const UploadCurl::Result result = transfer.perform();
        if (result.code != CURLE_OK)
            return UploadCurl::transportError(result);
        // 405: the collection is already there.
        if ((result.status >= 200 && result.status < 300) || result.status == 405)
            continue;
        UploadError error =
            UploadCurl::httpError(result.status, ResponseClassifier::serviceError(result.body));
        error.message = tr("creating the folder %1 failed: %2").arg(collection, error.message);
        return error;
    }
    return std::nullopt;
}
