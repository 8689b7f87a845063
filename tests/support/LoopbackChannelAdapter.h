#pragma once

#include "publish/ChannelAdapter.h"
#include "publish/HttpExchange.h"

// A small adapter for outbox tests, type "loopback": POSTs each message as JSON to the channel's `url`
// setting (a LoopbackHttpServer), with the idempotency key in Idempotency-Key and the `token` secret as a
// bearer token. The answer's "id" is the external id; the first message keeps it in the thread as "root",
// and later messages send the thread back; the body also says whether the outbox marked the delivery as
// possibly sent and what the interrupted attempt noted (`may_have_been_sent`, `progress`), and the adapter
// notes {"posting": <delivery id>} in the attempt's journal before posting. 2xx is sent; 401, 403, 404 and
// 422 fail; 420, 429 and 5xx (and no answer) are retried, honouring Retry-After. test() GETs `url` +
// "/check".
class LoopbackChannelAdapter final : public ChannelAdapter
{
public:
    QString type() const override { return QStringLiteral("loopback"); }
    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                            const Secrets& secrets, HttpClient& client) override;
    DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client) override;

private:
    static DeliveryOutcome fromResponse(const HttpResponse& response, const OutboundMessage* message);
};
