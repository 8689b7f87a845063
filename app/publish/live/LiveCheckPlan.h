#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

struct ChannelConfig;
struct Delivery;
struct MessageDraft;

// How to tell that one sent delivery is live: which public addresses to read (no credentials: what anyone
// sees) and what they must show. The update is live when any of the sources shows the message's text.
struct LiveCheckPlan
{
    struct Source
    {
        QUrl url;
        // For JSON: only the object whose "id" is this counts (the status page's incident), so that an
        // older incident carrying the same words proves nothing.
        QString scopeId;

        bool operator==(const Source&) const = default;
    };

    QString deliveryId;
    QString channelName;
    QList<Source> sources;  // read in turn, at most a few
    QString expectedText;   // the message's body in PublicTextExtractor's normal form
    qint64 sentAtMs = 0;    // the wait is measured from here
    int timeoutMs = 10'000; // per request

    // The plan for a delivery the outbox sent, or nullopt when there is nothing public to look at:
    // - statuspage: `public_url` (the public page, e.g. https://status.example.org) + /api/v2/incidents.json,
    //   the incident the delivery created or updated (its external id) carrying the body;
    // - cachet2 / cachet3 / cachet: `api_base`'s public API, GET incidents/{id} (the first message) and
    //   incidents/{id}/updates (later ones);
    // - fallback-page: `public_url`'s index.html (fr/index.html for a French message) carrying the body.
    // A channel with `verify_live: false`, an unsent delivery, an empty body, a missing address, or a
    // channel without a public page (email, chat, social, webhook) has none.
    static std::optional<LiveCheckPlan> forDelivery(const ChannelConfig& channel, const Delivery& delivery,
                                                    const MessageDraft& draft);

    // The address as shown to people: no user info, no query.
    static QString displayUrl(const QUrl& url);

    bool operator==(const LiveCheckPlan&) const = default;
};
