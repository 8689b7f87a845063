#include "comms/PreviewTarget.h"

#include <QCoreApplication>

QString previewTargetKey(PreviewTarget target)
{
    switch (target) {
    case PreviewTarget::StatusPage:
        return QStringLiteral("status-page");
    case PreviewTarget::Email:
        return QStringLiteral("email");
    case PreviewTarget::Mastodon:
        return QStringLiteral("mastodon");
    case PreviewTarget::Bluesky:
        return QStringLiteral("bluesky");
    case PreviewTarget::Chat:
        return QStringLiteral("chat");
    }
    return QString();
}

QString previewTargetLabel(PreviewTarget target)
{
    switch (target) {
    case PreviewTarget::StatusPage:
        return QCoreApplication::translate("PreviewTarget", "Status page");
    case PreviewTarget::Email:
        return QCoreApplication::translate("PreviewTarget", "Email");
    case PreviewTarget::Mastodon:
        return QCoreApplication::translate("PreviewTarget", "Mastodon");
    case PreviewTarget::Bluesky:
        return QCoreApplication::translate("PreviewTarget", "Bluesky");
    case PreviewTarget::Chat:
        return QCoreApplication::translate("PreviewTarget", "Chat");
    }
    return QString();
}

ChannelKind previewTargetChannel(PreviewTarget target)
{
    switch (target) {
    case PreviewTarget::StatusPage:
        return ChannelKind::StatusPage;
    case PreviewTarget::Email:
        return ChannelKind::Email;
    case PreviewTarget::Mastodon:
    case PreviewTarget::Bluesky:
        return ChannelKind::Social;
    case PreviewTarget::Chat:
        return ChannelKind::Chat;
    }
    return ChannelKind::StatusPage;
}

QList<PreviewTarget> allPreviewTargets()
{
    return {PreviewTarget::StatusPage, PreviewTarget::Email, PreviewTarget::Mastodon, PreviewTarget::Bluesky,
            PreviewTarget::Chat};
}

QList<PreviewTarget> previewTargetsFor(ChannelKind channel)
{
    QList<PreviewTarget> targets;
    for (const PreviewTarget target : allPreviewTargets()) {
        if (previewTargetChannel(target) == channel)
            targets.append(target);
    }
    return targets;
}
