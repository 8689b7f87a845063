#include "store/IncidentWriteQueue.h"

namespace {

// The row an upsert writes, or empty for a write that must keep its own place (an event).
QString rowKey(const IncidentWrite& write)
{
    if (const auto* incident = std::get_if<Incident>(&write))
        return QStringLiteral("i:") + incident->id;
    if (const auto* draft = std::get_if<MessageDraft>(&write))
        return QStringLiteral("d:") + draft->id;
    if (const auto* promise = std::get_if<MessagePromise>(&write))
        return QStringLiteral("p:") + promise->id;
    return QString();
}

} // namespace

void IncidentWriteQueue::add(const IncidentWrite& write)
{
    ++m_saves;
    const QString key = rowKey(write);
    if (!key.isEmpty()) {
        if (const auto it = m_rows.constFind(key); it != m_rows.constEnd()) {
            m_writes[*it] = write;
            return;
        }
        m_rows.insert(key, m_writes.size());
    }
    m_writes.append(write);
}

void IncidentWriteQueue::clear()
{
    m_writes.clear();
    m_rows.clear();
    m_saves = 0;
}
