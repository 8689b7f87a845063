#pragma once

#include "comms/MessageLimits.h"
#include "comms/PreviewTarget.h"

#include <QList>
#include <QString>

#include <optional>

// A message as each target will show it, and whether its length blocks it there.
struct MessagePreview
{
    struct Target
    {
        PreviewTarget target = PreviewTarget::StatusPage;
        QString text; // as shown: "Subject: ...\n\nbody" for email, the post for a social network
        MessageLimits::Measure measure;
        bool blocked = false;
        QString blockReason; // translated, when blocked
        bool operator==(const Target&) const = default;
    };

    QList<Target> targets;

    // The previews for every target of `channel` (email: subject and body; social: Mastodon and Bluesky).
    static MessagePreview build(ChannelKind channel, const QString& subject, const QString& body);
    static Target preview(PreviewTarget target, const QString& subject, const QString& body);
    std::optional<Target> find(PreviewTarget target) const;
    bool anyBlocked() const;
};
