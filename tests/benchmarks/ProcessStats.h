#pragma once

#include <QtGlobal>

// CPU time and peak resident memory of the calling process, as the kernel counts them.
class ProcessStats
{
public:
    // User plus system CPU time of every thread of this process so far.
    static double cpuMs();
    // The peak resident set size (VmHWM) in KiB, or 0 where /proc is not available.
    static qint64 peakRssKb();
    // The one-minute load average of the machine, or -1 when unknown.
    static double loadAverage();
};
