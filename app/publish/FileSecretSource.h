#pragma once

#include "publish/SecretSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

// Secrets from a file only its owner may read, for headless runs. Two forms:
//   - YAML, a map of channel names to maps of secret names and values:
//       "Status page": { api_key: "..." }
//   - KEY=value lines with the environment variable names (VIGIE_SECRET_STATUS_PAGE_API_KEY=...), so that an
//     env file can serve as it is; blank lines and lines starting with # are skipped.
// The file is read at each lookup (a rotated secret is used at once) and refused while its group or others
// may read or write it.
class FileSecretSource final : public SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(FileSecretSource)

public:
    explicit FileSecretSource(QString path);

    Lookup lookup(const QString& channelName, const QString& secretName) const override;
    QString describe() const override;

    // An error naming the file and its mode when it is not owner-only (or cannot be read); empty when usable.
    QString checkPermissions() const;

private:
    struct Contents
    {
        QHash<QString, QByteArray> values; // by environment variable name
        QString error;
    };
    Contents read() const;

    QString m_path;
};
