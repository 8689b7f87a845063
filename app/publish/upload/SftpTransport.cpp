#include "publish/upload/SftpTransport.h"

#include "publish/upload/UploadCurl.h"

#include <QFileInfo>

namespace {

const QString KeySecret = QStringLiteral("private_key");
const QString PassphraseSecret = QStringLiteral("private_key_passphrase");
const QString PasswordSecret = QStringLiteral("password");

} // namespace

SftpTransport::SftpTransport(const UploadTarget& target, const Secrets& secrets)
    : m_target(target), m_privateKey(secrets.value(KeySecret)), m_passphrase(secrets.value(PassphraseSecret)),
      m_password(secrets.value(PasswordSecret)), m_username(target.username.toUtf8()),
      m_hostKey(target.hostKeySha256.toLatin1()), m_knownHosts(target.knownHostsFile.toLocal8Bit())
{}

SftpTransport::~SftpTransport() = default;

std::optional<UploadError> SftpTransport::prepare()
{
    if (m_hostKey.isEmpty() && m_knownHosts.isEmpty())
        return UploadError{
            tr("neither \"host_key_sha256\" nor \"known_hosts\" is set; Vigie does not connect to "
               "an SFTP server it cannot verify"),
            false};
    if (m_privateKey.trimmed().isEmpty() && m_password.isEmpty())
        return UploadError{tr("the secret \"%1\" or \"%2\" is missing").arg(KeySecret, PasswordSecret),
                           false};
    if (!m_privateKey.trimmed().isEmpty()) {
        m_keyFile = std::make_unique<PrivateKeyFile>(m_privateKey);
        if (!m_keyFile->isValid())
            return UploadError{tr("the secret \"%1\" could not be written to a private temporary file: %2")
                                   .arg(KeySecret, m_keyFile->errorString()),
                               false};
        m_keyPath = m_keyFile->path().toLocal8Bit();
    }
    return std::nullopt;
}

QString SftpTransport::absolutePath(const QString& remotePath) const
{
    QString base = m_target.url.path(QUrl::FullyDecoded);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    if (!base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    return base + remotePath;
}

QByteArray SftpTransport::addressOf(const QString& absolute) const
{
    QUrl url = m_target.url;
    url.setPath(absolute, QUrl::DecodedMode);
    return url.toEncoded();
}

QString SftpTransport::temporaryPath(const QString& finalPath)
{
    const qsizetype slash = finalPath.lastIndexOf(QLatin1Char('/'));
    return finalPath.left(slash + 1) + QLatin1Char('.') + finalPath.mid(slash + 1) +
           QStringLiteral(".vigie-upload");
}

QByteArray SftpTransport::quoted(const QString& path)
{
    QByteArray text = path.toUtf8();
    text.replace('\\', "\\\\");
    text.replace('"', "\\\"");
    return '"' + text + '"';
}

void SftpTransport::configure(UploadCurl& transfer) const
{
    CURL* h = transfer.handle();
    curl_easy_setopt(h, CURLOPT_USERNAME, m_username.constData());
    long methods = 0;
    if (!m_keyPath.isEmpty()) {
        methods |= CURLSSH_AUTH_PUBLICKEY;
        curl_easy_setopt(h, CURLOPT_SSH_PRIVATE_KEYFILE, m_keyPath.constData());
        // Empty: libssh2 derives the public key from the private one instead of looking in ~/.ssh.
        curl_easy_setopt(h, CURLOPT_SSH_PUBLIC_KEYFILE, "");
        if (!m_passphrase.isEmpty())
            curl_easy_setopt(h, CURLOPT_KEYPASSWD, m_passphrase.constData());
    }
    if (!m_password.isEmpty()) {
        methods |= CURLSSH_AUTH_PASSWORD;
        curl_easy_setopt(h, CURLOPT_PASSWORD, m_password.constData());
    }
    curl_easy_setopt(h, CURLOPT_SSH_AUTH_TYPES, methods);
    if (!m_hostKey.isEmpty())
        curl_easy_setopt(h, CURLOPT_SSH_HOST_PUBLIC_KEY_SHA256, m_hostKey.constData());
    // Without a key callback libcurl rejects a host that is missing from the file or does not match it.
    if (!m_knownHosts.isEmpty())
        curl_easy_setopt(h, CURLOPT_SSH_KNOWNHOSTS, m_knownHosts.constData());
    curl_easy_setopt(h, CURLOPT_FTP_CREATE_MISSING_DIRS, long(CURLFTP_CREATE_DIR_RETRY));
    curl_easy_setopt(h, CURLOPT_NEW_FILE_PERMS, 0644L);
    curl_easy_setopt(h, CURLOPT_NEW_DIRECTORY_PERMS, 0755L);
}

std::optional<UploadError> SftpTransport::put(const PublishedFile& file, const QString& remotePath)
{
    const QString destination = absolutePath(remotePath);
    const QString temporary = temporaryPath(destination);
    UploadCurl transfer(m_target, "sftp");
    if (!transfer.isValid())
        return UploadError{tr("libcurl could not start a transfer"), true};
    configure(transfer);
    transfer.setUrl(addressOf(temporary));
    transfer.setUpload(file.bytes);
    transfer.setPostQuote(
        {"*rm " + quoted(destination), "rename " + quoted(temporary) + ' ' + quoted(destination)});
    const UploadCurl::Result result = transfer.perform();
    if (result.code == CURLE_OK)
        return std::nullopt;
    if (result.code == CURLE_QUOTE_ERROR) {
        removeLeftover(temporary);
        return UploadError{
            tr("the server did not let Vigie move the uploaded file into place (%1)").arg(result.detail),
            false};
    }
    if (result.code == CURLE_PEER_FAILED_VERIFICATION)
        return UploadError{
            m_hostKey.isEmpty()
                ? tr("the server's host key is not the one in the known_hosts file, so nothing was "
                     "sent (%1)")
                      .arg(result.detail)
                : tr("the server's host key does not match the pinned host_key_sha256, so nothing "
                     "was sent (%1)")
                      .arg(result.detail),
            false};
    return UploadCurl::transportError(result);
}

void SftpTransport::removeLeftover(const QString& temporary) const
{
    UploadCurl cleanup(m_target, "sftp");
    if (!cleanup.isValid())
        return;
    configure(cleanup);
    cleanup.setUrl(addressOf(temporary));
    curl_easy_setopt(cleanup.handle(), CURLOPT_NOBODY, 1L);
    cleanup.setPostQuote({"*rm " + quoted(temporary)});
    cleanup.perform();
}
