#include "publish/AdapterRegistry.h"

void AdapterRegistry::add(std::shared_ptr<ChannelAdapter> adapter)
{
    if (adapter)
        m_adapters.insert(adapter->type(), std::move(adapter));
}

ChannelAdapter* AdapterRegistry::find(const QString& type) const
{
    const auto it = m_adapters.constFind(type);
    return it == m_adapters.constEnd() ? nullptr : it->get();
}

QStringList AdapterRegistry::types() const
{
    QStringList types = m_adapters.keys();
    types.sort();
    return types;
}
