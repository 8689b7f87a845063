#pragma once

#include "config/Workspace.h"

#include <QByteArray>

// Writes a workspace as YAML that WorkspaceReader reads back to an equal Workspace. Fields still at their
// default are left out so that the file stays short enough to read and review.
class WorkspaceWriter
{
public:
    static QByteArray write(const Workspace& workspace);
};
