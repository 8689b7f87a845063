#pragma once

#include "statuspage/ComponentStatus.h"

#include <QString>
#include <QtGlobal>

// One component of the public page: a watched service as the public sees it.
struct StatusComponent
{
    QString id; // stable: "svc-<service id>"
    QString name;
    QString group; // empty: not in a group
    ComponentStatus status = ComponentStatus::Operational;
    qint64 updatedAtMs = 0; // when the status last changed (UTC ms since epoch)

    bool operator==(const StatusComponent&) const = default;
};
