#pragma once

#include "monitor/ServiceState.h"
#include "timeline/StateBand.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

// One local calendar day of one service, as a status page shows it.
struct DayBar
{
    QDate date;
    qint64 startMs = 0;
    qint64 endMs = 0;
    ServiceState worst = ServiceState::Unknown;
    bool hasData = false;
    // Share of the monitored time (paused and no-data excluded) that was up or degraded; -1 without any.
    double uptimePercent = -1;
    qint64 downMs = 0;
};

// The compact "one bar per day" summary: the last `days` local days up to and including the day of nowMs.
class DayBars
{
public:
    DayBars() = delete;

    static QList<DayBar> compute(const QList<StateBand>& bands, int days, qint64 nowMs,
                                 const QTimeZone& zone);
};
