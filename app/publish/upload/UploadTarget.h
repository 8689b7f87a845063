#pragma once

#include "publish/ChannelConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where a fallback-page channel puts its files, read from the channel's settings:
//   target: folder | webdav | sftp | s3
//   path (folder), url (webdav: http(s) base; sftp: sftp://host[:port]/absolute/folder; s3: endpoint)
//   prefix (a folder inside the target), username (webdav, sftp), bucket and region (s3),
//   host_key_sha256 or known_hosts (sftp, one is required), ca_file (https), acl (s3, e.g. public-read),
//   cache_control (s3), timeout_seconds (each transfer).
// Secrets, by name: password (webdav, sftp), private_key and private_key_passphrase (sftp),
// access_key_id and secret_access_key (s3).
struct UploadTarget
{
    Q_DECLARE_TR_FUNCTIONS(UploadTarget)

public:
    enum class Kind
    {
        Folder,
        WebDav,
        Sftp,
        S3,
    };

    Kind kind = Kind::Folder;
    QString channel; // the channel as a person knows it, for messages
    QString path;    // folder
    QUrl url;        // webdav, sftp, s3
    QString prefix;  // "" or "a/b/" (no leading slash, one trailing slash)
    QString username;
    QString bucket;
    QString region;
    QString hostKeySha256;  // base64 SHA-256 of the server's host key, without "SHA256:" or padding
    QString knownHostsFile; // an OpenSSH known_hosts file
    QString caFile;
    QByteArray acl;
    QByteArray cacheControl;
    int timeoutMs = 30'000;

    // The settings of `channel` as a target; nullopt with `error` naming the channel and the setting.
    static std::optional<UploadTarget> fromChannel(const ChannelConfig& channel, QString* error);

    // The secrets this target may read, for the channel's `secrets` list.
    QStringList secretNames() const;
    // "WebDAV https://dav.example.org/status/": the kind and the place, never a user name or a secret.
    QString describe() const;
    static QString kindName(Kind kind);
};
