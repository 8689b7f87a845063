#pragma once

#include "publish/ChannelConfig.h"
#include "publish/Secrets.h"
#include "publish/SecretSource.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

// Finds the secrets a channel names (ChannelConfig::secrets) in its sources, asked in the order added (the
// keychain first once there is one, then the environment, then a file). Used on the outbox's sending
// thread just before a delivery; the secrets are dropped after it.
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)

public:
    struct Resolution
    {
        Secrets secrets;
        QString error; // names the channel and the missing secret, never a value; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    void addSource(std::shared_ptr<const SecretSource> source);
    bool hasSources() const { return !m_sources.isEmpty(); }

    Resolution resolve(const ChannelConfig& channel) const;

private:
    QList<std::shared_ptr<const SecretSource>> m_sources;
};
