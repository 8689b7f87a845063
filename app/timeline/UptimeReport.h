#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// Uptime and error budget of one service over one period, from its bands. Durations are ms. Known time is Up,
// Degraded and Down time; Paused and no-data time are counted apart and left out of every ratio, so that a
// service nobody watched reads "no data", never 100 %.
struct UptimeReport
{
    qint64 serviceId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double slaTargetPercent = 100;
    qint64 upMs = 0;
    qint64 degradedMs = 0;
    qint64 downMs = 0;
    qint64 pausedMs = 0;
    qint64 noDataMs = 0;

    qint64 knownMs() const { return upMs + degradedMs + downMs; }
    bool hasData() const { return knownMs() > 0; }
    // (Up + Degraded) / known time, in percent; empty without data.
    std::optional<double> uptimePercent() const;
    double downtimeMinutes() const { return double(downMs) / 60'000.0; }
    // The downtime the SLA target allows over the known time: (1 - target/100) x known time.
    double allowedDowntimeMinutes() const;
    // Allowed minus actual downtime; negative when the budget is overspent.
    double budgetLeftMinutes() const { return allowedDowntimeMinutes() - downtimeMinutes(); }
    // Budget left as a percentage of the allowed downtime (negative when overspent); empty when nothing is
    // allowed (a 100 % target or no data), where a percentage means nothing.
    std::optional<double> budgetLeftPercent() const;

    // "99.95 %" or "no data", for tables and exports, in the current language.
    QString uptimeText() const;

    bool operator==(const UptimeReport&) const = default;
};

Q_DECLARE_METATYPE(UptimeReport)
