#include "statuspage/PageIndicator.h"

QString pageIndicatorKey(PageIndicator indicator)
{
    switch (indicator) {
    case PageIndicator::None:
        return QStringLiteral("none");
    case PageIndicator::Maintenance:
        return QStringLiteral("maintenance");
    case PageIndicator::Minor:
        return QStringLiteral("minor");
    case PageIndicator::Major:
        return QStringLiteral("major");
    case PageIndicator::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

PageIndicator incidentImpact(Incident::Kind kind, Severity severity)
{
    if (kind == Incident::Kind::Maintenance)
        return PageIndicator::Maintenance;
    switch (severity) {
    case Severity::Sev1:
        return PageIndicator::Critical;
    case Severity::Sev2:
        return PageIndicator::Major;
    case Severity::Sev3:
        return PageIndicator::Minor;
    case Severity::Sev4:
        return PageIndicator::None;
    }
    return PageIndicator::Major;
}
