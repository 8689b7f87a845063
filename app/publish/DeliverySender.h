#pragma once

#include "publish/AdapterRegistry.h"
#include "publish/ChannelConfig.h"
#include "publish/DeliveryOutcome.h"
#include "publish/HttpClient.h"
#include "publish/OutboundMessage.h"
#include "publish/SecretResolver.h"

#include <QObject>

#include <memory>

// The outbox's blocking half: resolves a channel's secrets, calls its adapter and drops the secrets. Lives in
// a thread of its own, so that the outbox's bookkeeping (queueing, recording outcomes) never waits on the
// network. Outcomes are scrubbed of the secret values, should an adapter quote one.
class DeliverySender : public QObject
{
    Q_OBJECT

public:
    DeliverySender(std::shared_ptr<const AdapterRegistry> adapters,
                   std::shared_ptr<const SecretResolver> secrets, const HttpClient::Options& http,
                   QObject* parent = nullptr);

    DeliveryOutcome deliver(const OutboundMessage& message, const ChannelConfig& channel);
    DeliveryOutcome test(const ChannelConfig& channel);
    DeliveryOutcome refresh(const ChannelConfig& channel);

private:
    ChannelAdapter* adapterFor(const ChannelConfig& channel, DeliveryOutcome* failure) const;
    static DeliveryOutcome scrubbed(DeliveryOutcome outcome, const ChannelConfig& channel,
                                    const Secrets& secrets);

    std::shared_ptr<const AdapterRegistry> m_adapters;
    std::shared_ptr<const SecretResolver> m_secrets;
    HttpClient m_client;
};
