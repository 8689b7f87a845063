#pragma once

#include "config/ServiceDefinition.h"
#include "config/WorkspaceSettings.h"

#include <QList>

// What applying a workspace file to the stored services would do. Services to update and unchanged ones
// carry the stored id; services to add have id 0.
struct WorkspaceMergePlan
{
    QList<ServiceDefinition> toAdd;
    QList<ServiceDefinition> toUpdate;  // the file's definition, with the stored id
    QList<ServiceDefinition> unchanged; // the stored definition
    QList<ServiceDefinition> toRemove;  // stored services the file no longer lists (only when asked)
    WorkspaceSettings settings;         // the file's settings, applied as they are

    bool changesSomething() const { return !toAdd.isEmpty() || !toUpdate.isEmpty() || !toRemove.isEmpty(); }
    bool operator==(const WorkspaceMergePlan&) const = default;
};
