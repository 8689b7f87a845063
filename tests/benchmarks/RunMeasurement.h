#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// What one child run measured over its window, passed to the driver as one line of text on stdout.
struct RunMeasurement
{
    int services = 0;
    QString mode; // "headless" or "window"
    double seconds = 0;
    qint64 results = 0;       // raw results committed to the store during the window
    qint64 totalResults = 0;  // raw results in the store at the end (warm-up and shut-down included)
    double cpuMs = 0;         // CPU time of the process during the window
    double mainCpuMs = -1;    // of which the main thread's (the GUI thread with the window); -1: unknown
    double checksCpuMs = -1;  // the check engine's thread
    double storeCpuMs = -1;   // the store's thread
    qint64 peakRssKb = 0;     // VmHWM at the end of the run (warm-up included)
    qint64 storeBytes = 0;    // growth of the checkpointed store file from start to close, for totalResults
    qint64 rawTableBytes = 0; // pages of the raw results table at the end
    qint64 rollupTableBytes = 0;
    qint64 rollupRows = 0;
    int intervalSec = 10;
    double longestStallMs = -1; // -1: not measured (headless)
    double load = -1;           // one-minute load average at the end of the window
    bool checkpointed = true;

    double checksPerSecond() const { return seconds > 0 ? double(results) / seconds : 0; }
    double cpuMsPerCheck() const { return results > 0 ? cpuMs / double(results) : 0; }
    // A thread's CPU per second of the window, or -1 when unknown.
    double perSecond(double threadMs) const { return seconds > 0 && threadMs >= 0 ? threadMs / seconds : -1; }
    double percentOfOneCore() const { return seconds > 0 ? cpuMs / (seconds * 10.0) : 0; }
    // File growth over the whole run per result: counts a whole rollup row for every service and minute
    // touched, so short runs overstate it.
    double fileBytesPerResult() const
    {
        return totalResults > 0 ? double(storeBytes) / double(totalResults) : 0;
    }
    double rawBytesPerResult() const
    {
        return totalResults > 0 ? double(rawTableBytes) / double(totalResults) : 0;
    }
    // Steady state: the raw row plus its share of the per-minute rollup row (interval / 60 s of one).
    double storeBytesPerResult() const
    {
        const double rollupPerRow = rollupRows > 0 ? double(rollupTableBytes) / double(rollupRows) : 0;
        return rawBytesPerResult() + rollupPerRow * double(intervalSec) / 60.0;
    }

    QString toLine() const;
    static std::optional<RunMeasurement> fromLine(const QString& line);
};
