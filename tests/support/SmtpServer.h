#pragma once

#include "TestCertificates.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// A real SMTP server on 127.0.0.1 for tests: Debian's python3-aiosmtpd running smtp_sink.py, with TLS on a
// self-signed certificate made for the test (STARTTLS required, or implicit TLS) and AUTH accepting one
// username and password. Every accepted message lands in a folder, read back as Message values that carry
// both the raw bytes and what Python's email parser decoded. Stopped (and waited for) on destruction.
class SmtpServer
{
public:
    enum class Security
    {
        StartTls,
        ImplicitTls,
    };

    struct Part
    {
        QString contentType;
        QString charset;
        QString transferEncoding;
        QString text; // decoded by Python's email package
    };

    struct Message
    {
        QString mailFrom;
        QStringList rcptTos;
        QByteArray raw;
        QList<QPair<QString, QString>> headers; // decoded values, in order
        QString subject;                        // decoded
        QString contentType;
        QList<Part> parts;
        int defects = 0; // parse defects Python found, in the message and its parts

        QStringList values(const QString& name) const; // every header field of that name (any case)
        QString value(const QString& name) const;      // the first one, or empty
        QByteArray rawHeader() const;                  // the header block, up to the blank line
    };

    SmtpServer();
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    // Before start(): hold the answer to each mail's data until release(n) (n counts mails from 1), so
    // that a test controls what the client learns; onStored(n) runs (in the test's thread, from its event
    // loop) once mail n is stored.
    void holdReplies(std::function<void(int number)> onStored);
    void release(int number);

    // Returns false with errorString() set when python3-aiosmtpd is missing or the server does not come up.
    bool start(const QString& username, const QByteArray& password, Security security = Security::StartTls);
    void stop();

    quint16 port() const { return m_port; }
    QString certificatePath() const { return m_pair.certificatePath; }
    QString errorString() const { return m_error; }

    // The messages received so far, in order of arrival.
    QList<Message> messages() const;
    // Forgets the messages received so far.
    void clear();

    static QString python();
    static QString script();

private:
    void readStored();

    TestCertificates m_certificates;
    TestCertificates::Pair m_pair;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    std::function<void(int)> m_onStored; // set: replies are held
    QByteArray m_output;
};
