#pragma once

#include "monitor/ServiceState.h"

#include <QMetaType>
#include <QString>

// One confirmed change of a service's state: the rows of the outage timeline.
struct StateChange
{
    qint64 id = 0; // store id; 0 until stored
    qint64 serviceId = 0;
    qint64 atMs = 0; // UTC ms since epoch
    ServiceState from = ServiceState::Unknown;
    ServiceState to = ServiceState::Unknown;
    QString reason;

    bool operator==(const StateChange&) const = default;
};

Q_DECLARE_METATYPE(StateChange)
