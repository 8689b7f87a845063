#pragma once

#include "publish/Secrets.h"
#include "publish/upload/PrivateKeyFile.h"
#include "publish/upload/UploadTarget.h"
#include "publish/upload/UploadTransport.h"

#include <QCoreApplication>

#include <memory>

// Uploads each file over SFTP under a temporary name in its final folder, then renames it into place.
// OpenSSH's SFTP (version 3) refuses to rename over an existing file, so the old copy is removed just before
// the rename: readers may miss the file for one round trip, never see half of it. The server must be
// verified: by the pinned `host_key_sha256`, or by a `known_hosts` file; an unknown or different host key
// refuses the transfer. Authentication by the `private_key` secret (OpenSSH or PEM text, with an optional
// `private_key_passphrase`) and/or the `password` secret.
class SftpTransport : public UploadTransport
{
    Q_DECLARE_TR_FUNCTIONS(SftpTransport)

public:
    SftpTransport(const UploadTarget& target, const Secrets& secrets);
    ~SftpTransport() override;

    std::optional<UploadError> prepare() override;
    std::optional<UploadError> put(const PublishedFile& file, const QString& remotePath) override;

    // The name a file is uploaded under before the rename: hidden, beside the final one.
    static QString temporaryPath(const QString& finalPath);
    // A path as an SFTP quote command argument: quoted, with '"' and '\' escaped.
    static QByteArray quoted(const QString& path);

private:
    QString absolutePath(const QString& remotePath) const;
    QByteArray addressOf(const QString& absolute) const;
    void configure(class UploadCurl& transfer) const;
    void removeLeftover(const QString& temporary) const;

    UploadTarget m_target;
    QByteArray m_privateKey;
    QByteArray m_passphrase;
    QByteArray m_password;
    QByteArray m_username;
    QByteArray m_hostKey;
    QByteArray m_knownHosts;
    std::unique_ptr<PrivateKeyFile> m_keyFile;
    QByteArray m_keyPath;
};
