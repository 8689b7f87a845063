#pragma once

#include "publish/ChannelAdapter.h"
#include "time/Clock.h"

#include <QCoreApplication>

// Slack incoming webhook (type `slack`). Secret `webhook_url`. Posts {"text": ...}; Slack answers 200 `ok`
// and keeps no message id, so nothing threads. test() posts a payload without text, which Slack refuses
// with 400 `no_text` / `invalid_payload` when the webhook exists and with 403/404/410 when it does not:
// the address is proven and nothing is published.
class SlackWebhookAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(SlackWebhookAdapter)

public:
    explicit SlackWebhookAdapter(const Clock& clock = SystemClock::instance()) : m_clock(clock) {}

    QString type() const override { return QStringLiteral("slack"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    // Slack reads &, < and > as markup; its formatting rules ask for exactly these three to be escaped.
    static QString escapedText(const QString& text);

    static constexpr int MaxTextLength = 40'000; // Slack truncates longer text

private:
    const Clock& m_clock;
};
