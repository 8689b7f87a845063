#include "publish/live/LiveSchedule.h"

#include <algorithm>
#include <cmath>

LiveSchedule::LiveSchedule(const Options& options) : m_options(options)
{
    m_options.firstDelayMs = std::max<qint64>(1, m_options.firstDelayMs);
    m_options.maxDelayMs = std::max(m_options.firstDelayMs, m_options.maxDelayMs);
    m_options.factor = std::max(1.0, m_options.factor);
    m_options.maxChecks = std::max(1, m_options.maxChecks);
}

qint64 LiveSchedule::delayAfter(int checks) const
{
    const int steps = std::max(0, checks - 1);
    // Computed in floating point and capped before converting back: no overflow however many checks.
    const double delay = double(m_options.firstDelayMs) * std::pow(m_options.factor, std::min(steps, 64));
    return delay >= double(m_options.maxDelayMs) ? m_options.maxDelayMs : qint64(delay);
}

bool LiveSchedule::givesUp(qint64 sentAtMs, qint64 nowMs, int checks) const
{
    return checks >= m_options.maxChecks || nowMs - sentAtMs >= m_options.giveUpAfterMs;
}
