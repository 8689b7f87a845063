#pragma once

#include "monitor/StateChange.h"
#include "timeline/StateBand.h"
#include "timeline/UptimeReport.h"

#include <QCoreApplication>
#include <QList>

// Uptime reports from bands (see UptimeReport for the arithmetic). Pure: "now" is a parameter.
class SlaCalculator
{
    Q_DECLARE_TR_FUNCTIONS(SlaCalculator)

public:
    // The standard periods of the uptime table, each ending now.
    enum class Period
    {
        Day,
        Week,
        Month,
        Quarter,
    };
    static constexpr Period StandardPeriods[] = {Period::Day, Period::Week, Period::Month, Period::Quarter};

    static qint64 periodMs(Period period);
    // "24 h", "7 days", "30 days", "90 days" in the current language.
    static QString periodLabel(Period period);

    // Sums the bands' time by kind, clipped to [fromMs, toMs). Time the bands do not cover (after now)
    // counts nowhere.
    static UptimeReport fromBands(qint64 serviceId, const QList<StateBand>& bands, qint64 fromMs, qint64 toMs,
                                  double slaTargetPercent);
    // Builds the bands of [fromMs, toMs) from one service's time-ordered changes (including the last one
    // before fromMs) and reports on them.
    static UptimeReport report(qint64 serviceId, const QList<StateChange>& changes, qint64 fromMs,
                               qint64 toMs, qint64 nowMs, double slaTargetPercent);
    // One report per standard period, in StandardPeriods order. `changes` must reach back to the last change
    // before nowMs - 90 days.
    static QList<UptimeReport> standardReports(qint64 serviceId, const QList<StateChange>& changes,
                                               qint64 nowMs, double slaTargetPercent);
};
