#pragma once

#include "statuspage/StatusSnapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

// summary.json in the shape of Statuspage's public /api/v2/summary.json, so that tools that read
// Statuspage pages read the fallback page unchanged: page, status, components (groups included, as
// Statuspage lists them), unresolved incidents with their updates newest first, and the open maintenances.
// Texts are the English ones (the API has one language), else the first language written.
class SummaryJsonWriter
{
public:
    explicit SummaryJsonWriter(const QTimeZone& zone);

    QByteArray write(const StatusSnapshot& snapshot, const QString& description) const;

    // A stable id for a component group.
    static QString groupIdOf(const QString& group);

private:
    QJsonObject incidentObject(const StatusSnapshot& snapshot, const StatusIncident& incident) const;
    QJsonValue time(qint64 atMs) const;

    QTimeZone m_zone;
};
