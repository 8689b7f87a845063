#pragma once

#include <QCoreApplication>

#include "timeline/DayBars.h"
#include "timeline/StateBand.h"

#include <QString>
#include <QTimeZone>

// The hover text of the timeline: what a band or a day bar means, with times in the view's time zone.
class TimelineToolTip
{
    Q_DECLARE_TR_FUNCTIONS(TimelineToolTip)

public:
    TimelineToolTip() = delete;

    // "Checkout API: Down / From … to … / Duration: … / Reason: …"; a band reaching nowMs ends "now".
    static QString forBand(const QString& serviceName, const StateBand& band, qint64 nowMs,
                           const QTimeZone& zone);
    static QString forDay(const QString& serviceName, const DayBar& bar);
    // Local date and time with seconds in the given zone and the current locale.
    static QString formatTime(qint64 ms, const QTimeZone& zone);
};
