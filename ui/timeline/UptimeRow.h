#pragma once

#include <QMetaType>
#include <QString>

// One service's availability figures for the uptime table and its CSV export. Percentages are 0..100; -1
// means "no data for that window".
struct UptimeRow
{
    qint64 serviceId = 0;
    QString name;
    QString group;
    double slaTargetPercent = 99.9;
    double uptimeVisiblePercent = -1; // over the range the timeline shows
    double uptime24hPercent = -1;
    double uptime7dPercent = -1;
    double uptime30dPercent = -1;
    double uptime90dPercent = -1;
    double downtimeMinutes = 0; // over the visible range
    // Share of the error budget (100 - SLA target) of the visible range not yet spent; negative when
    // overspent.
    double errorBudgetLeftPercent = -1;

    bool operator==(const UptimeRow&) const = default;
};

Q_DECLARE_METATYPE(UptimeRow)
