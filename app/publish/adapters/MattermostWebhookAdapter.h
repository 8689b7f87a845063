#pragma once

#include "publish/ChannelAdapter.h"
#include "time/Clock.h"

#include <QCoreApplication>

// Mattermost incoming webhook (type `mattermost`). Secret `webhook_url`; optional settings `channel` (a
// channel name or @user), `username` and `icon_url` (the last two need the server's override settings).
// Posts {"text": ...}; Mattermost answers 200 `ok`, keeps no post id, and splits text over 16,383
// characters itself. test() only checks the address: an incoming webhook has nothing to read.
class MattermostWebhookAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(MattermostWebhookAdapter)

public:
    explicit MattermostWebhookAdapter(const Clock& clock = SystemClock::instance()) : m_clock(clock) {}

    QString type() const override { return QStringLiteral("mattermost"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

private:
    const Clock& m_clock;
};
