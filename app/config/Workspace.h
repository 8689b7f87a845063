#pragma once

#include "config/IncidentSettings.h"
#include "config/ServiceDefinition.h"
#include "config/WorkspaceSettings.h"
#include "publish/ChannelConfig.h"

#include <QList>

// Everything a workspace file describes: settings, publishing channels and the watched services, in file
// order.
struct Workspace
{
    static constexpr int currentVersion = 1;

    WorkspaceSettings settings;
    IncidentSettings incidents;
    QList<ServiceDefinition> services;
    QList<ChannelConfig> channels; // where approved messages are published (secrets only by name)

    bool operator==(const Workspace&) const = default;
};
