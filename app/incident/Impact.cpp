#include "incident/Impact.h"

#include <QCoreApplication>

QString impactKey(Impact impact)
{
    switch (impact) {
    case Impact::DegradedPerformance:
        return QStringLiteral("degraded_performance");
    case Impact::PartialOutage:
        return QStringLiteral("partial_outage");
    case Impact::MajorOutage:
        return QStringLiteral("major_outage");
    case Impact::UnderMaintenance:
        return QStringLiteral("under_maintenance");
    }
    return QString();
}

bool impactFromKey(const QString& key, Impact* out)
{
    const QString wanted = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const Impact impact : allImpacts()) {
        if (impactKey(impact) == wanted) {
            *out = impact;
            return true;
        }
    }
    return false;
}

QString impactLabel(Impact impact)
{
    switch (impact) {
    case Impact::DegradedPerformance:
        return QCoreApplication::translate("Impact", "Degraded performance");
    case Impact::PartialOutage:
        return QCoreApplication::translate("Impact", "Partial outage");
    case Impact::MajorOutage:
        return QCoreApplication::translate("Impact", "Major outage");
    case Impact::UnderMaintenance:
        return QCoreApplication::translate("Impact", "Under maintenance");
    }
    return QString();
}

QList<Impact> allImpacts()
{
    return {Impact::DegradedPerformance, Impact::PartialOutage, Impact::MajorOutage,
            Impact::UnderMaintenance};
}
