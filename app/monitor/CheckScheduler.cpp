#include "monitor/CheckScheduler.h"

#include <algorithm>

CheckScheduler::CheckScheduler(int maxInFlight, qint64 startupSpreadMs)
    : m_maxInFlight(std::max(1, maxInFlight)), m_startupSpreadMs(std::max<qint64>(0, startupSpreadMs))
{}

void CheckScheduler::setMaxInFlight(int maxInFlight)
{
    m_maxInFlight = std::max(1, maxInFlight);
}

void CheckScheduler::setStartupSpreadMs(qint64 spreadMs)
{
    m_startupSpreadMs = std::max<qint64>(0, spreadMs);
}

qint64 CheckScheduler::phaseMs(qint64 id, qint64 intervalMs)
{
    // Fractional part of id * golden ratio, in 64-bit fixed point.
    const quint64 fraction = quint64(id) * 0x9E3779B97F4A7C15ULL;
    return qint64(((fraction >> 32) * quint64(intervalMs)) >> 32);
}

qint64 CheckScheduler::slotAtOrAfter(qint64 id, qint64 intervalMs, qint64 t)
{
    const qint64 phase = phaseMs(id, intervalMs);
    const qint64 delta = ((phase - t) % intervalMs + intervalMs) % intervalMs;
    return t + delta;
}

void CheckScheduler::upsert(qint64 id, qint64 intervalMs, qint64 nowMs, bool runSoon)
{
    intervalMs = std::max<qint64>(1, intervalMs);
    auto [it, inserted] = m_entries.try_emplace(id);
    Entry& entry = it->second;
    if (!inserted && entry.intervalMs == intervalMs && !runSoon)
        return;
    if (!inserted)
        forgetInterval(entry.intervalMs);
    ++m_intervalCounts[intervalMs];
    entry.intervalMs = intervalMs;
    if (runSoon) {
        schedule(id, entry, nowMs);
    } else if (inserted) {
        const qint64 spread = std::min(intervalMs, m_startupSpreadMs);
        schedule(id, entry, nowMs + (spread > 0 ? phaseMs(id, spread) : 0));
    } else {
        schedule(id, entry, slotAtOrAfter(id, intervalMs, nowMs));
    }
}

void CheckScheduler::remove(qint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->second.running)
        --m_inFlight;
    forgetInterval(it->second.intervalMs);
    m_entries.erase(it);
}

void CheckScheduler::runNow(qint64 id, qint64 nowMs)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.running)
        return;
    schedule(id, it->second, nowMs);
}

std::optional<qint64> CheckScheduler::takeDue(qint64 nowMs)
{
    while (m_inFlight < m_maxInFlight) {
        dropStale();
        if (m_queue.empty() || m_queue.top().dueMs > nowMs)
            return std::nullopt;
        const Item item = m_queue.top();
        m_queue.pop();
        Entry& entry = m_entries.find(item.id)->second;
        // Half an interval at least between two runs, then back on the service's phase.
        schedule(
            item.id, entry,
            slotAtOrAfter(item.id, entry.intervalMs, std::max(item.dueMs + entry.intervalMs / 2, nowMs)));
        if (entry.running)
            continue; // still busy from last time: this run is skipped rather than doubled
        entry.running = true;
        ++m_inFlight;
        return item.id;
    }
    return std::nullopt;
}

void CheckScheduler::finished(qint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->second.running)
        return;
    it->second.running = false;
    --m_inFlight;
}

std::optional<qint64> CheckScheduler::nextDueMs()
{
    dropStale();
    if (m_queue.empty())
        return std::nullopt;
    return m_queue.top().dueMs;
}

std::optional<qint64> CheckScheduler::dueMsOf(qint64 id) const
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return std::nullopt;
    return it->second.dueMs;
}

void CheckScheduler::schedule(qint64 id, Entry& entry, qint64 dueMs)
{
    ++entry.generation;
    entry.dueMs = dueMs;
    m_queue.push(Item{dueMs, id, entry.generation});
}

void CheckScheduler::dropStale()
{
    while (!m_queue.empty()) {
        const Item& top = m_queue.top();
        const auto it = m_entries.find(top.id);
        if (it != m_entries.end() && it->second.generation == top.generation)
            return;
        m_queue.pop();
    }
}

qint64 CheckScheduler::slackMs(qint64 capMs) const
{
    if (m_intervalCounts.empty())
        return 0;
    return std::clamp<qint64>(m_intervalCounts.begin()->first / SlackDivisor, 0, std::max<qint64>(0, capMs));
}

void CheckScheduler::forgetInterval(qint64 intervalMs)
{
    const auto it = m_intervalCounts.find(intervalMs);
    if (it != m_intervalCounts.end() && --it->second <= 0)
        m_intervalCounts.erase(it);
}
