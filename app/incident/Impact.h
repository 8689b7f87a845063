#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What an incident does to one affected service, in status-page vocabulary. Stored as the key.
enum class Impact : int
{
    DegradedPerformance = 1,
    PartialOutage = 2,
    MajorOutage = 3,
    UnderMaintenance = 4,
};

QString
impactKey(Impact impact); // "degraded_performance", "partial_outage", "major_outage", "under_maintenance"
bool impactFromKey(const QString& key, Impact* out);
QString impactLabel(Impact impact); // translated
QList<Impact> allImpacts();

Q_DECLARE_METATYPE(Impact)
