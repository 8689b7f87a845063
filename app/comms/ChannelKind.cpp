#include "comms/ChannelKind.h"

#include <QCoreApplication>

QString channelKindKey(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::StatusPage:
        return QStringLiteral("status-page");
    case ChannelKind::Email:
        return QStringLiteral("email");
    case ChannelKind::Social:
        return QStringLiteral("social");
    case ChannelKind::Chat:
        return QStringLiteral("chat");
    }
    return QString();
}

bool channelKindFromKey(const QString& key, ChannelKind* out)
{
    const QString wanted = key.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const ChannelKind kind : allChannelKinds()) {
        if (channelKindKey(kind) == wanted) {
            *out = kind;
            return true;
        }
    }
    return false;
}

QString channelKindLabel(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::StatusPage:
        return QCoreApplication::translate("ChannelKind", "Status page");
    case ChannelKind::Email:
        return QCoreApplication::translate("ChannelKind", "Email");
    case ChannelKind::Social:
        return QCoreApplication::translate("ChannelKind", "Social post");
    case ChannelKind::Chat:
        return QCoreApplication::translate("ChannelKind", "Chat");
    }
    return QString();
}

QList<ChannelKind> allChannelKinds()
{
    return {ChannelKind::StatusPage, ChannelKind::Email, ChannelKind::Social, ChannelKind::Chat};
}
