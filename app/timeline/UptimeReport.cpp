#include "timeline/UptimeReport.h"

#include <QCoreApplication>
#include <QLocale>

std::optional<double> UptimeReport::uptimePercent() const
{
    if (!hasData())
        return std::nullopt;
    return 100.0 * double(upMs + degradedMs) / double(knownMs());
}

double UptimeReport::allowedDowntimeMinutes() const
{
    return (1.0 - slaTargetPercent / 100.0) * double(knownMs()) / 60'000.0;
}

std::optional<double> UptimeReport::budgetLeftPercent() const
{
    const double allowed = allowedDowntimeMinutes();
    if (allowed <= 0)
        return std::nullopt;
    return 100.0 * budgetLeftMinutes() / allowed;
}

QString UptimeReport::uptimeText() const
{
    const std::optional<double> percent = uptimePercent();
    if (!percent)
        return QCoreApplication::translate("UptimeReport", "no data");
    //: An uptime percentage, e.g. "99.95 %"
    return QCoreApplication::translate("UptimeReport", "%1 %").arg(QLocale().toString(*percent, 'f', 2));
}
