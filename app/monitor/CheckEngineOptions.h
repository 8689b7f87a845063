#pragma once

#include <QString>
#include <QtGlobal>

// Tuning of the check engine; the defaults suit a desktop watching a few thousand services.
struct CheckEngineOptions
{
    // Checks running at the same time.
    int maxInFlight = 64;
    // Results and state changes are delivered at most this often. Each delivery wakes the main and store
    // threads and costs a transaction whatever it holds, so this sets most of the engine's fixed CPU cost.
    int batchIntervalMs = 500;
    qint64 bodyCapBytes = 1 << 20;   // a body is read up to this size, then judged on what was read
    qint64 startupSpreadMs = 10'000; // the first round of checks is spread over this (or the interval)
    // Checks due within the slack of each other start together: one wake-up of the engine thread then starts
    // (and later collects) several checks instead of one, which is most of the cost of a cheap check. A check
    // may so start up to the slack before its slot. The slack is a fifth of the shortest interval
    // (CheckScheduler::slackMs), at most this; 2 s halves the CPU per check at 50 checks a second compared
    // with 200 ms (docs/performance.md).
    int scheduleSlackMs = 2000;
    long maxCachedConnections = 512; // idle connections kept open for reuse
    QString caBundlePath;            // PEM file of authorities to trust instead of the system store

    bool operator==(const CheckEngineOptions&) const = default;
};
