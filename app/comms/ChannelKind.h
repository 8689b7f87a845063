#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// The kinds of channel a message template is written for. Each publishing channel (issue: publishing) is of
// one kind; previews and limits are per concrete target (PreviewTarget), templates per kind.
enum class ChannelKind : int
{
    StatusPage = 0,
    Email = 1,  // subject and body
    Social = 2, // short post (Mastodon, Bluesky)
    Chat = 3,   // Slack, Teams, Mattermost, Discord, Telegram; also internal teams
};

QString channelKindKey(ChannelKind kind); // "status-page", "email", "social", "chat"
bool channelKindFromKey(const QString& key, ChannelKind* out);
QString channelKindLabel(ChannelKind kind); // translated
QList<ChannelKind> allChannelKinds();

Q_DECLARE_METATYPE(ChannelKind)
