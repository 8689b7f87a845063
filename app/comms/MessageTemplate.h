#pragma once

#include "comms/ChannelKind.h"

#include <QString>

// One Mustache template for one template id, channel kind and language. Subject is for email only; html is an
// optional HTML body (email), rendered with HTML escaping, where subject and body are plain text.
struct MessageTemplate
{
    QString templateId; // "announce", "update", ...
    ChannelKind channel = ChannelKind::StatusPage;
    QString language; // "en", "fr"
    QString subject;
    QString body;
    QString html;

    bool operator==(const MessageTemplate&) const = default;
};
