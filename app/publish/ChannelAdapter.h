#pragma once

#include <QCoreApplication>

#include "publish/ChannelConfig.h"
#include "publish/DeliveryOutcome.h"
#include "publish/OutboundMessage.h"
#include "publish/Secrets.h"

class HttpClient;

// One kind of publishing channel (Statuspage, Mastodon, Slack...). Adapters are stateless: everything a
// message needs comes in (the message, the channel's settings, its secrets, the thread of earlier
// deliveries) and everything to remember goes out in the outcome. They run on the outbox's thread and may
// send several requests through the client (create, then set components); each request is bounded by its
// timeout and an adapter sends a bounded number of them.
class ChannelAdapter
{
public:
    virtual ~ChannelAdapter() = default;

    // The `type` in ChannelConfig this adapter serves.
    virtual QString type() const = 0;
    // Publishes one message.
    virtual DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                    const Secrets& secrets, HttpClient& client) = 0;
    // "Test this channel": proves the endpoint and the credentials without publishing anything public
    // where the API allows (a read with the same credentials); Sent means ready.
    virtual DeliveryOutcome test(const ChannelConfig& channel, const Secrets& secrets,
                                 HttpClient& client) = 0;
    // Publishes the channel's current state with no message (the fallback page's switch-over). Channels that
    // only carry messages cannot.
    virtual DeliveryOutcome refresh(const ChannelConfig& channel, const Secrets&, HttpClient&)
    {
        return DeliveryOutcome::failed(
            QCoreApplication::translate("ChannelAdapter",
                                        "%1 publishes messages only; there is nothing to refresh.")
                .arg(channel.name));
    }
};
