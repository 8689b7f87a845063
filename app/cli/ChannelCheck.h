#pragma once

#include "publish/ChannelConfig.h"
#include "publish/DeliveryOutcome.h"

#include <QCoreApplication>

#include <memory>

class AdapterRegistry;
class SecretResolver;

// `vigie --test-channel NAME`: the readiness check of one channel, run in the calling thread (a command-line
// run has no window to keep responsive). Proves the address and the credentials with the adapter's test,
// which publishes nothing public where the API allows.
class ChannelCheck
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCheck)

public:
    struct Result
    {
        bool ready = false;
        QString line; // for the person at the terminal: the channel, ready or why not
    };
    static Result run(const QList<ChannelConfig>& channels, const QString& name,
                      std::shared_ptr<const AdapterRegistry> adapters,
                      std::shared_ptr<const SecretResolver> secrets);
};
