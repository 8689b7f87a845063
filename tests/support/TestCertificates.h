#pragma once

#include <QDateTime>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

#include <optional>

// Certificates made at test time with the openssl command: a test authority and server certificates for
// 127.0.0.1 / localhost with any validity window, including already expired ones (through `openssl ca`,
// since `req -x509` cannot backdate), plus self-signed ones.
class TestCertificates
{
public:
    struct Pair
    {
        QString certificatePath;
        QString keyPath;
    };

    TestCertificates();

    // Empty when the authority was created; otherwise what went wrong.
    const QString& error() const { return m_error; }
    QString authorityPath() const { return m_dir.filePath(QStringLiteral("ca.pem")); }

    // A certificate for 127.0.0.1 and localhost signed by the test authority.
    std::optional<Pair> issue(const QString& name, const QDateTime& notBefore, const QDateTime& notAfter);
    // A self-signed certificate for 127.0.0.1 and localhost.
    std::optional<Pair> selfSigned(const QString& name, int days);

    // Server-side TLS settings for a certificate pair (empty configuration when the files do not load).
    static QSslConfiguration serverConfiguration(const Pair& pair);

private:
    bool run(const QStringList& arguments);

    QTemporaryDir m_dir;
    QString m_error;
};
