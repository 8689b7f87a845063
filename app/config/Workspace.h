#pragma once

#include "config/IncidentSettings.h"
#include "config/ServiceDefinition.h"
#include "config/WorkspaceSettings.h"

#include <QList>

// Everything a workspace file describes: settings and the watched services, in file order.
struct Workspace
{
    static constexpr int currentVersion = 1;

    WorkspaceSettings settings;
    IncidentSettings incidents;
    QList<ServiceDefinition> services;

    bool operator==(const Workspace&) const = default;
};
