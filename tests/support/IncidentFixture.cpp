#include "IncidentFixture.h"

#include <QTimeZone>

qint64 IncidentFixture::utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

Incident IncidentFixture::full(const QStringList& names, const QString& summary)
{
    Incident incident;
    incident.id = QStringLiteral("6f1c2e4a-0000-4000-8000-000000000042");
    incident.reference = QStringLiteral("INC-42");
    incident.title = QStringLiteral("Checkout errors");
    incident.severity = Severity::Sev2;
    incident.status = IncidentStatus::Investigating;
    const Impact impacts[] = {Impact::MajorOutage, Impact::PartialOutage, Impact::DegradedPerformance};
    for (int i = 0; i < names.size(); ++i)
        incident.affected.append({qint64(i + 1), names.at(i), impacts[std::min(i, 2)]});
    incident.customerSummary = summary;
    incident.moments.startedMs = startedMs();
    incident.moments.detectedMs = startedMs() + 60'000;
    incident.declaredAtMs = startedMs() + 120'000;
    incident.timeZoneId = QStringLiteral("Europe/Paris");
    incident.nextUpdateDueMs = nextUpdateMs();
    incident.estimatedResolutionMs = estimatedResolutionMs();
    return incident;
}

Incident IncidentFixture::maintenance()
{
    Incident incident;
    incident.id = QStringLiteral("6f1c2e4a-0000-4000-8000-000000000003");
    incident.reference = QStringLiteral("MNT-3");
    incident.kind = Incident::Kind::Maintenance;
    incident.title = QStringLiteral("Database upgrade");
    incident.severity = Severity::Sev4;
    incident.status = IncidentStatus::Scheduled;
    incident.affected.append({1, QStringLiteral("API"), Impact::UnderMaintenance});
    incident.windowStartMs = utc(2026, 3, 3, 21, 0);
    incident.windowEndMs = utc(2026, 3, 3, 22, 30);
    incident.windowTimeZoneId = QStringLiteral("Europe/Paris");
    incident.timeZoneId = QStringLiteral("Europe/Paris");
    incident.declaredAtMs = utc(2026, 3, 1, 9, 0);
    return incident;
}
