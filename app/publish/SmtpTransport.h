#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// One SMTP session through libcurl: TLS always (STARTTLS required on smtp://, implicit on smtps://), the
// server's certificate verified, AUTH when a username is given. Blocking: it runs on the outbox's sending
// thread; every operation is bounded by the connect and total timeouts. The connection is kept between
// sends (libcurl sends QUIT when the transport is destroyed).
class SmtpTransport
{
public:
    struct Options
    {
        QString host;
        int port = 587;
        bool implicitTls = false; // smtps:// (465) instead of STARTTLS
        QString username;         // empty: no AUTH
        QByteArray password;
        QString caFile; // PEM authorities to trust instead of the system store
        int timeoutMs = 30'000;
    };

    struct Result
    {
        enum class Kind
        {
            Ok,
            Unreachable,      // no connection, a timeout, the connection dropped: worth retrying
            LoginDenied,      // AUTH refused
            TlsFailed,        // STARTTLS refused or the certificate not trusted
            Refused,          // the server answered a command with an error (see replyCode)
            NotAuthenticated, // verify(): the server never asked for, or never accepted, credentials
        };
        Kind kind = Kind::Ok;
        int replyCode = 0;       // the server's last reply (535, 550, 451...), 0 when none
        QString failedRecipient; // the address whose RCPT TO was refused, if one was
        QString serverReply;     // the server's words for the refusal (never a credential)
        QString detail;          // libcurl's explanation

        bool ok() const { return kind == Kind::Ok; }
        bool temporary() const { return kind == Kind::Unreachable || replyCode / 100 == 4; }
    };

    explicit SmtpTransport(Options options);
    ~SmtpTransport();
    SmtpTransport(const SmtpTransport&) = delete;
    SmtpTransport& operator=(const SmtpTransport&) = delete;

    // MAIL FROM, RCPT TO each recipient, DATA with `message` (CRLF line ends; libcurl dot-stuffs it).
    // `beforeLastBytes`, when given, runs (once) just before the end of the message goes to the server: up to
    // then a server that loses the connection discards the mail (RFC 5321), after it the mail may be taken.
    Result send(const QString& from, const QStringList& recipients, const QByteArray& message,
                const std::function<void()>& beforeLastBytes = {});
    // Connects, upgrades to TLS, authenticates and sends NOOP, then quits: no MAIL FROM, nothing delivered.
    Result verify();

    // "smtp://host:port" as shown to people.
    QString serverLabel() const;

private:
    Options m_options;
    std::unique_ptr<void, void (*)(void*)> m_easy;
};
