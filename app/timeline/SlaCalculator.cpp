#include "timeline/SlaCalculator.h"

#include "timeline/BandBuilder.h"

#include <algorithm>

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;

} // namespace

qint64 SlaCalculator::periodMs(Period period)
{
    switch (period) {
    case Period::Day:
        return DayMs;
    case Period::Week:
        return 7 * DayMs;
    case Period::Month:
        return 30 * DayMs;
    case Period::Quarter:
        return 90 * DayMs;
    }
    return DayMs;
}

QString SlaCalculator::periodLabel(Period period)
{
    switch (period) {
    case Period::Day:
        return tr("24 h");
    case Period::Week:
        return tr("7 days");
    case Period::Month:
        return tr("30 days");
    case Period::Quarter:
        return tr("90 days");
    }
    return QString();
}

UptimeReport SlaCalculator::fromBands(qint64 serviceId, const QList<StateBand>& bands, qint64 fromMs,
                                      qint64 toMs, double slaTargetPercent)
{
    UptimeReport report;
    report.serviceId = serviceId;
    report.fromMs = fromMs;
    report.toMs = toMs;
    report.slaTargetPercent = slaTargetPercent;
    for (const StateBand& band : bands) {
        const qint64 span = std::min(band.endMs, toMs) - std::max(band.startMs, fromMs);
        if (span <= 0)
            continue;
        qint64* bucket = &report.noDataMs;
        if (band.known) {
            switch (band.state) {
            case ServiceState::Up:
                bucket = &report.upMs;
                break;
            case ServiceState::Degraded:
                bucket = &report.degradedMs;
                break;
            case ServiceState::Down:
                bucket = &report.downMs;
                break;
            case ServiceState::Paused:
                bucket = &report.pausedMs;
                break;
            case ServiceState::Unknown:
                break;
            }
        }
        *bucket += span;
    }
    return report;
}

UptimeReport SlaCalculator::report(qint64 serviceId, const QList<StateChange>& changes, qint64 fromMs,
                                   qint64 toMs, qint64 nowMs, double slaTargetPercent)
{
    const QList<StateBand> bands = BandBuilder::build(serviceId, changes, fromMs, toMs, nowMs);
    return fromBands(serviceId, bands, fromMs, toMs, slaTargetPercent);
}

QList<UptimeReport> SlaCalculator::standardReports(qint64 serviceId, const QList<StateChange>& changes,
                                                   qint64 nowMs, double slaTargetPercent)
{
    QList<UptimeReport> reports;
    for (Period period : StandardPeriods)
        reports.append(report(serviceId, changes, nowMs - periodMs(period), nowMs, nowMs, slaTargetPercent));
    return reports;
}
