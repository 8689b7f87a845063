#pragma once

#include <QtGlobal>

// Every "now" in Vigie comes through a Clock so that tests can drive time (confirmation counts, uptime
// windows, retention) instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    // The process-wide default clock.
    static const Clock& instance();
};
