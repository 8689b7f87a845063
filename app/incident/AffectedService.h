#pragma once

#include "incident/Impact.h"

#include <QString>
#include <QtGlobal>

// One service an incident affects. The name is kept with the id so that the record still reads right after
// the service is renamed or removed from the workspace.
struct AffectedService
{
    qint64 serviceId = 0;
    QString serviceName;
    Impact impact = Impact::MajorOutage;

    bool operator==(const AffectedService&) const = default;
};
