#include "StallMeter.h"

#include <algorithm>

StallMeter::StallMeter(int periodMs, QObject* parent) : QObject(parent), m_periodMs(periodMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(periodMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::onTick);
}

void StallMeter::start()
{
    m_longestNs = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 late = now - m_lastNs - qint64(m_periodMs) * 1'000'000;
    m_longestNs = std::max(m_longestNs, late);
    m_lastNs = now;
}
