#pragma once

#include "publish/ChannelConfig.h"
#include "publish/DeliveryOutcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

class HttpClient;

// The AT Protocol sessions of the Bluesky channels, held in memory only: session tokens are secrets, so
// they never reach the outbox's thread JSON or the database. createSession is rate limited (30 per 5 min),
// so a session is created once and refreshed, not re-created for every post.
class BlueskySessions
{
    Q_DECLARE_TR_FUNCTIONS(BlueskySessions)

public:
    struct Session
    {
        QByteArray accessJwt;
        QByteArray refreshJwt;
        QString did;
        QString handle;
    };
    // A session, or why there is none (Failed for a refused password, Retry when the PDS is away).
    struct Result
    {
        std::optional<Session> session;
        DeliveryOutcome failure;
    };

    // The cached session of this PDS and identifier, or a new one.
    Result current(const ChannelConfig& channel, const QByteArray& password, HttpClient& client);
    // Always a new one (createSession): after InvalidToken, and to test a channel.
    Result create(const ChannelConfig& channel, const QByteArray& password, HttpClient& client);
    // refreshSession after ExpiredToken; a new session when the refresh token is no longer good.
    Result refresh(const ChannelConfig& channel, const QByteArray& password, HttpClient& client);

    static QString pds(const ChannelConfig& channel); // `pds` setting, https://bsky.social by default
    static QString identifier(const ChannelConfig& channel);

private:
    static QString cacheKey(const ChannelConfig& channel);
    Result adopt(const QString& key, const QByteArray& answer);

    QMutex m_mutex;
    QHash<QString, Session> m_sessions; // by PDS and identifier
};
