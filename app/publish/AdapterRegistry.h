#pragma once

#include "publish/ChannelAdapter.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

// The adapters the outbox can send through, by their type ("statuspage", "slack"...). Filled at start-up,
// then only read (from the outbox's sending thread). Adapters are stateless, so one serves every channel of
// its type.
class AdapterRegistry
{
public:
    // Replaces an adapter of the same type.
    void add(std::shared_ptr<ChannelAdapter> adapter);
    ChannelAdapter* find(const QString& type) const;
    QStringList types() const; // sorted

private:
    QHash<QString, std::shared_ptr<ChannelAdapter>> m_adapters;
};
