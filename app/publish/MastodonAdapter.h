#pragma once

#include "publish/ChannelAdapter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

// Mastodon statuses. Every post carries the delivery's Idempotency-Key (the server returns the same status
// for a repeat within an hour); later messages reply to the previous post so that the incident reads as
// one thread. Text over the instance's limit is refused before sending.
//
// Settings: `instance` (https://mastodon.example), `visibility` (public), `language` (else the draft's),
// `timeout_ms`. Secret: `access_token`.
class MastodonAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(MastodonAdapter)

public:
    struct Limits
    {
        int maxCharacters = 500;
        int charactersPerUrl = 23;
    };

    QString type() const override { return QStringLiteral("mastodon"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    // Characters as Mastodon counts them: graphemes, each URL as `charactersPerUrl`.
    static int length(const QString& text, const Limits& limits);

private:
    // Read once per instance; the defaults when the instance does not say.
    Limits limitsFor(const ChannelConfig& channel, const QByteArray& token, HttpClient& client);

    QMutex m_mutex;
    QHash<QString, Limits> m_limits; // by instance address
};
