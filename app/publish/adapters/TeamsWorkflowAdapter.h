#pragma once

#include "publish/ChannelAdapter.h"
#include "time/Clock.h"

#include <QCoreApplication>

// Microsoft Teams through a Workflows "When a Teams webhook request is received" trigger (type `teams`);
// the retiring Office 365 connectors take the same payload. Secret `webhook_url`. Posts one Adaptive Card
// (version 1.4) holding the text; Workflows answers 202, connectors 200. Teams keeps no message id and
// payloads over 28 KB are refused before sending. test() only checks the address: every request to a
// Workflows trigger runs the flow, which may post.
class TeamsWorkflowAdapter final : public ChannelAdapter
{
    Q_DECLARE_TR_FUNCTIONS(TeamsWorkflowAdapter)

public:
    explicit TeamsWorkflowAdapter(const Clock& clock = SystemClock::instance()) : m_clock(clock) {}

    QString type() const override { return QStringLiteral("teams"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

    static QJsonObject cardMessage(const QString& text);

    static constexpr int MaxPayloadBytes = 28 * 1024;

private:
    const Clock& m_clock;
};
