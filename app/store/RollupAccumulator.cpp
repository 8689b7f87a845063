#include "store/RollupAccumulator.h"

#include <algorithm>
#include <cmath>
#include <limits>

qint64 RollupAccumulator::minuteOf(qint64 ms)
{
    const qint64 minute = 60'000;
    qint64 q = ms / minute;
    if (ms % minute < 0)
        --q;
    return q * minute;
}

void RollupAccumulator::addTo(Bucket* bucket, const CheckResult& result)
{
    ++bucket->count;
    if (result.outcome == CheckResult::Outcome::Down)
        ++bucket->failures;
    else
        bucket->okLatenciesUs.append(result.totalUs);
}

void RollupAccumulator::beginChanges()
{
    m_journal.clear();
    m_journaling = true;
}

void RollupAccumulator::commitChanges()
{
    m_journal.clear();
    m_journaling = false;
}

void RollupAccumulator::rollbackChanges()
{
    for (auto it = m_journal.cbegin(); it != m_journal.cend(); ++it) {
        if (it->open)
            m_open.insert(it.key(), *it->open);
        else
            m_open.remove(it.key());
        if (it->lastClosed)
            m_lastClosed.insert(it.key(), *it->lastClosed);
        else
            m_lastClosed.remove(it.key());
    }
    commitChanges();
}

void RollupAccumulator::save(qint64 serviceId)
{
    if (!m_journaling || m_journal.contains(serviceId))
        return;
    Saved saved;
    const auto open = m_open.constFind(serviceId);
    if (open != m_open.cend())
        saved.open = *open;
    const auto last = m_lastClosed.constFind(serviceId);
    if (last != m_lastClosed.cend())
        saved.lastClosed = *last;
    m_journal.insert(serviceId, saved);
}

QList<RollupRow> RollupAccumulator::add(const CheckResult& result)
{
    save(result.serviceId);
    QList<RollupRow> closed;
    const qint64 minute = minuteOf(result.startedAtMs);
    auto it = m_open.find(result.serviceId);
    const auto lastClosed = m_lastClosed.constFind(result.serviceId);
    const bool alreadyClosed = lastClosed != m_lastClosed.cend() && minute <= *lastClosed;
    if (it == m_open.end() && !alreadyClosed) {
        it = m_open.insert(result.serviceId, Bucket{minute, 0, 0, {}});
    } else if (it != m_open.end() && minute > it->minuteMs) {
        closed.append(close(result.serviceId, *it));
        *it = Bucket{minute, 0, 0, {}};
    } else if (it == m_open.end() || minute < it->minuteMs) {
        Bucket late{minute, 0, 0, {}};
        addTo(&late, result);
        closed.append(close(result.serviceId, late));
        return closed;
    }
    addTo(&*it, result);
    return closed;
}

QList<RollupRow> RollupAccumulator::closeAll()
{
    return closeBefore(std::numeric_limits<qint64>::max());
}

QList<RollupRow> RollupAccumulator::closeBefore(qint64 minuteMs)
{
    QList<RollupRow> closed;
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it->minuteMs < minuteMs) {
            save(it.key());
            closed.append(close(it.key(), it.value()));
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(closed.begin(), closed.end(), [](const RollupRow& a, const RollupRow& b) {
        return std::pair(a.point.minuteMs, a.serviceId) < std::pair(b.point.minuteMs, b.serviceId);
    });
    return closed;
}

qint64 RollupAccumulator::oldestOpenMinute() const
{
    qint64 oldest = -1;
    for (const Bucket& bucket : m_open) {
        if (oldest < 0 || bucket.minuteMs < oldest)
            oldest = bucket.minuteMs;
    }
    return oldest;
}

RollupRow RollupAccumulator::close(qint64 serviceId, const Bucket& bucket)
{
    auto last = m_lastClosed.find(serviceId);
    if (last == m_lastClosed.end())
        m_lastClosed.insert(serviceId, bucket.minuteMs);
    else
        *last = std::max(*last, bucket.minuteMs);
    return RollupRow{serviceId,
                     aggregate(bucket.minuteMs, bucket.count, bucket.failures, bucket.okLatenciesUs)};
}

RollupPoint RollupAccumulator::aggregate(qint64 minuteMs, int count, int failures,
                                         QList<qint32> okLatenciesUs)
{
    RollupPoint point;
    point.minuteMs = minuteMs;
    point.count = count;
    point.failures = failures;
    if (okLatenciesUs.isEmpty())
        return point;
    std::sort(okLatenciesUs.begin(), okLatenciesUs.end());
    double sum = 0;
    for (qint32 us : okLatenciesUs)
        sum += us;
    const auto n = okLatenciesUs.size();
    const auto rank = static_cast<qsizetype>(std::ceil(0.95 * double(n)));
    point.minMs = okLatenciesUs.first() / 1000.0;
    point.maxMs = okLatenciesUs.last() / 1000.0;
    point.avgMs = sum / double(n) / 1000.0;
    point.p95Ms = okLatenciesUs.at(std::clamp<qsizetype>(rank - 1, 0, n - 1)) / 1000.0;
    return point;
}

RollupPoint mergeRollups(const RollupPoint& a, const RollupPoint& b)
{
    const int okA = a.count - a.failures;
    const int okB = b.count - b.failures;
    if (okA <= 0 || okB <= 0) {
        RollupPoint merged = okA > 0 ? a : b;
        merged.count = a.count + b.count;
        merged.failures = a.failures + b.failures;
        merged.minuteMs = a.minuteMs;
        return merged;
    }
    RollupPoint merged;
    merged.minuteMs = a.minuteMs;
    merged.count = a.count + b.count;
    merged.failures = a.failures + b.failures;
    merged.minMs = std::min(a.minMs, b.minMs);
    merged.maxMs = std::max(a.maxMs, b.maxMs);
    merged.avgMs = (a.avgMs * okA + b.avgMs * okB) / double(okA + okB);
    merged.p95Ms = std::max(a.p95Ms, b.p95Ms);
    return merged;
}
