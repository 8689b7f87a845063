#pragma once

#include "monitor/ServiceState.h"
#include "monitor/StateChange.h"

#include <QList>

// Uptime from state changes, as a pure function so the arithmetic is tested on its own.
class UptimeCalculator
{
public:
    // Percentage of [fromMs, toMs) spent Up or Degraded, out of the time with a known state (Up, Degraded or
    // Down); Paused and Unknown time count for neither. stateAtFrom is the state in force at fromMs (the
    // target of the last change before the window, Unknown if none). changes must be in time order; those
    // outside the window only matter through stateAtFrom. Returns -1 when no known time falls in the window.
    static double uptimePercent(ServiceState stateAtFrom, const QList<StateChange>& changes, qint64 fromMs,
                                qint64 toMs);
};
