#pragma once

#include "config/Workspace.h"
#include "config/WorkspaceError.h"
#include "config/WorkspaceMergePlan.h"

#include <QByteArray>

#include <optional>

// Matches a workspace's services to the stored ones by name (ignoring case and surrounding spaces) and
// plans the changes. Pure: applying the plan is the caller's job.
class WorkspaceMerge
{
public:
    enum class Absent
    {
        Keep,
        Remove
    }; // what to do with stored services the file does not list

    static WorkspaceMergePlan plan(const QList<ServiceDefinition>& stored, const Workspace& workspace,
                                   Absent absent);
    // Reads the file first; a file with any error yields no plan at all, so a wrong file changes nothing.
    static std::optional<WorkspaceMergePlan> planFromFile(const QList<ServiceDefinition>& stored,
                                                          const QByteArray& yaml, const QString& fileName,
                                                          Absent absent, WorkspaceError* error);
};
