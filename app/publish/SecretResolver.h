#pragma once

#include "publish/ChannelConfig.h"
#include "publish/Secrets.h"
#include "publish/SecretSource.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>

// Finds the secrets a channel names (ChannelConfig::secrets) in its sources, asked in the order added (the
// keychain first, then the environment, then a file). A source that is not available is passed over; a
// source that is broken (a secrets file others may read) stops the resolution. Used on the outbox's sending
// thread just before a delivery; the secrets are dropped after it.
class SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(SecretResolver)

public:
    struct Resolution
    {
        Secrets secrets;
        QString error; // names the channel and the missing secret, never a value; empty on success
        // Sources that could not be asked (the keychain is not available), even when another had the
        // secrets: lets the interface say that the keychain is missing.
        QStringList unavailable;
        bool ok() const { return error.isEmpty(); }
    };

    void addSource(std::shared_ptr<const SecretSource> source);
    bool hasSources() const { return !m_sources.isEmpty(); }

    Resolution resolve(const ChannelConfig& channel) const;

private:
    QList<std::shared_ptr<const SecretSource>> m_sources;
};
