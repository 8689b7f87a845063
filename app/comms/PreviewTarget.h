#pragma once

#include "comms/ChannelKind.h"

#include <QList>
#include <QString>

// A concrete place a message is previewed for, each with its own length rule (MessageLimits).
enum class PreviewTarget : int
{
    StatusPage = 0,
    Email = 1,
    Mastodon = 2,
    Bluesky = 3,
    Chat = 4, // Slack, Teams, Mattermost, ...
};

QString previewTargetKey(PreviewTarget target);   // "status-page", "email", "mastodon", "bluesky", "chat"
QString previewTargetLabel(PreviewTarget target); // translated
ChannelKind previewTargetChannel(PreviewTarget target);
QList<PreviewTarget> allPreviewTargets();
QList<PreviewTarget> previewTargetsFor(ChannelKind channel);
