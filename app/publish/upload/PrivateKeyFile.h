#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

// An SSH private key given as text (a secret), written for libcurl to a temporary file that only its owner
// can read, and overwritten then deleted when this object goes. Never kept longer than one upload.
class PrivateKeyFile
{
public:
    explicit PrivateKeyFile(const QByteArray& key);
    ~PrivateKeyFile();
    PrivateKeyFile(const PrivateKeyFile&) = delete;
    PrivateKeyFile& operator=(const PrivateKeyFile&) = delete;

    bool isValid() const { return m_valid; }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

private:
    QTemporaryFile m_file;
    qint64 m_size = 0;
    bool m_valid = false;
};
