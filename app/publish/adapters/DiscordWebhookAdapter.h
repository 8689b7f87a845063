#pragma once

#include "publish/ChannelAdapter.h"
#include "time/Clock.h"

#include <QCoreApplication>

// Discord webhook (type `discord`). Secret `webhook_url`; optional settings `username`, `avatar_url` and
// `thread_id` (a thread or forum post to post into). Posts with ?wait=true so that Discord answers with the
// message and its id (the external id) instead of a silent 204; mentions are disabled. Text over Discord's
// 2000 characters is refused, never cut. Webhook messages cannot reply, so the first message's id is kept in
// the thread (`discord_first_message_id`) for the commander's link. test() reads the webhook (GET), which
// posts nothing.
class DiscordWebhookAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(DiscordWebhookAdapter)

public:
    explicit DiscordWebhookAdapter(const Clock& clock = SystemClock::instance()) : m_clock(clock) {}

    QString type() const override { return QStringLiteral("discord"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    static constexpr int MaxContentLength = 2000;

private:
    const Clock& m_clock;
};
