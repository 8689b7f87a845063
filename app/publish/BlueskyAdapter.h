#pragma once

#include "publish/BlueskySessions.h"
#include "publish/ChannelAdapter.h"

#include <QCoreApplication>
#include <QJsonArray>

class Clock;

// Bluesky posts (app.bsky.feed.post through the account's PDS). Later messages reply to the first post
// (root) and the previous one (parent). Links get facets, or they would be plain text. The record key is
// derived from the delivery, so a retry of a post that did go out hits "already exists" and is confirmed
// with getRecord instead of posting twice. Sessions stay in memory (BlueskySessions), never in the thread.
//
// Settings: `pds` (https://bsky.social), `identifier` (handle or email), `timeout_ms`. Secret:
// `app_password`.
class BlueskyAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(BlueskyAdapter)

public:
    static constexpr int kMaxGraphemes = 300;
    static constexpr int kMaxBytes = 3000;

    // `clock` dates the posts (createdAt).
    explicit BlueskyAdapter(const Clock& clock) : m_clock(clock) {}

    QString type() const override { return QStringLiteral("bluesky"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    // A TID (13 base32-sortable characters) made from the delivery: its approval time and a hash of its
    // idempotency key, so every attempt of one delivery uses the same record key.
    static QString recordKey(const QString& idempotencyKey, qint64 approvedAtMs);
    // A link facet for every http(s) address, with UTF-8 byte offsets (start inclusive, end exclusive).
    static QJsonArray linkFacets(const QString& text);

private:
    QJsonObject record(const OutboundMessage& message, const ChannelConfig& channel) const;
    // The record an earlier attempt created under `rkey`, if the repository has it.
    std::optional<DeliveryOutcome> confirmEarlierAttempt(const OutboundMessage& message,
                                                         const ChannelConfig& channel,
                                                         const BlueskySessions::Session& session,
                                                         const QString& rkey, HttpClient& client);
    static DeliveryOutcome sentFor(const QJsonObject& answer, const QJsonObject& thread);

    const Clock& m_clock;
    BlueskySessions m_sessions;
};
