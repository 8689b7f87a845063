#include "IncidentHistoryFixture.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace {

constexpr qint64 kMin = 60'000;

IncidentRecord record(const QString& reference, Severity severity, qint64 startedMs, int detectMin,
                      int resolveMin)
{
    Incident incident;
    incident.id = QStringLiteral("history-") + reference;
    incident.reference = reference;
    incident.title = QStringLiteral("Incident ") + reference;
    incident.severity = severity;
    incident.declaredAtMs = startedMs + kMin;
    incident.moments.startedMs = startedMs;
    incident.moments.detectedMs = detectMin >= 0 ? startedMs + detectMin * kMin : 0;
    incident.moments.resolvedMs = resolveMin >= 0 ? startedMs + resolveMin * kMin : 0;
    incident.status = resolveMin >= 0 ? IncidentStatus::Resolved : IncidentStatus::Monitoring;
    incident.commander = QStringLiteral("Camille");
    incident.affected = {{1, QStringLiteral("API"), Impact::MajorOutage}};
    IncidentRecord made;
    made.incident = incident;
    return made;
}

} // namespace

qint64 IncidentHistoryFixture::utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 IncidentHistoryFixture::nowMs()
{
    return utc(2026, 3, 15, 12, 0);
}

QString IncidentHistoryFixture::hostileTitle()
{
    return QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Payments, refunds\")");
}

QList<IncidentRecord> IncidentHistoryFixture::records()
{
    QList<IncidentRecord> records{
        record(QStringLiteral("INC-0"), Severity::Sev3, utc(2024, 5, 1, 9, 0), 5, 60),
        record(QStringLiteral("INC-1"), Severity::Sev2, utc(2025, 10, 8, 9, 0), 4, 50),
        record(QStringLiteral("INC-2"), Severity::Sev1, utc(2025, 11, 20, 14, 0), 2, 180),
        record(QStringLiteral("INC-3"), Severity::Sev3, utc(2025, 11, 25, 10, 0), 10, 30),
        record(QStringLiteral("INC-4"), Severity::Sev2, utc(2026, 1, 31, 23, 30), 6, 90),
        record(QStringLiteral("INC-5"), Severity::Sev4, utc(2026, 2, 10, 8, 0), 20, -1),
        record(QStringLiteral("INC-6"), Severity::Sev1, utc(2026, 3, 2, 10, 0), 1, 15),
        record(QStringLiteral("MNT-1"), Severity::Sev4, utc(2026, 3, 5, 21, 0), 0, 60),
        record(QStringLiteral("INC-7"), Severity::Sev2, utc(2026, 3, 10, 16, 0), 8, 40),
    };
    records[4].incident.title = hostileTitle();
    records[6].incident.drill = true;
    records[7].incident.kind = Incident::Kind::Maintenance;
    records[7].incident.status = IncidentStatus::Completed;
    records[8].incident.internalNotes = QStringLiteral("SECRET-NOTE: the vendor's account is shared");
    // The desk holds the most recent declaration first.
    std::reverse(records.begin(), records.end());
    return records;
}
