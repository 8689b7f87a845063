#pragma once

#include <QByteArray>
#include <QString>

// Where one channel's secret may come from. The resolver asks its sources in order; the first that has the
// secret wins. The system keychain (KeychainSecretSource) is asked first; headless runs, where there is
// usually no keychain, use the environment or an owner-only file.
class SecretSource
{
public:
    struct Lookup
    {
        enum class Kind
        {
            Found,
            Missing, // not here: the next source may have it
            Error,   // the source itself is unusable (a file others can read): stop, say why
            // The source is not there at all (no keychain on a headless machine): the next source may
            // have the secret, and the message is kept to explain why nothing was found if none has it.
            Unavailable,
        };
        Kind kind = Kind::Missing;
        QByteArray value;
        QString error; // names the source and the secret, never a value

        static Lookup found(QByteArray value) { return Lookup{Kind::Found, std::move(value), QString()}; }
        static Lookup missing() { return Lookup{}; }
        static Lookup failed(QString error) { return Lookup{Kind::Error, QByteArray(), std::move(error)}; }
        static Lookup unavailable(QString why)
        {
            return Lookup{Kind::Unavailable, QByteArray(), std::move(why)};
        }
    };

    virtual ~SecretSource() = default;
    // Called from the outbox's sending thread: implementations keep no mutable state or guard it.
    virtual Lookup lookup(const QString& channelName, const QString& secretName) const = 0;
    // Where it looks, for messages ("environment variables", "the file /etc/vigie/secrets").
    virtual QString describe() const = 0;
};
