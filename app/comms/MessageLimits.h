#pragma once

#include "comms/PreviewTarget.h"

#include <QString>

// How long a message is for one target, counted the way that target counts:
//  - Mastodon: 500 graphemes, every http(s) URL counting 23 and "@user@domain" counting as "@user";
//  - Bluesky: 300 graphemes;
//  - Email: the subject, 78 graphemes (the line length before header folding); the body is not limited;
//  - Chat: 4000 graphemes (Slack's recommended message size); Status page: no limit.
class MessageLimits
{
public:
    struct Measure
    {
        int used = 0;
        int limit = 0; // 0: no limit
        bool over = false;
        bool operator==(const Measure&) const = default;
    };

    static constexpr int mastodonLimit = 500;
    static constexpr int mastodonUrlLength = 23;
    static constexpr int blueskyLimit = 300;
    static constexpr int emailSubjectLimit = 78;
    static constexpr int chatLimit = 4000;

    static int limit(PreviewTarget target);
    // `text` is what the target limits: the post, the chat message, or the email subject.
    static Measure measure(PreviewTarget target, const QString& text);
    static int mastodonLength(const QString& text);
};
