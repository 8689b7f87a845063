#pragma once

#include "config/Workspace.h"
#include "config/WorkspaceError.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads a YAML workspace file (docs/workspace-format.md). All or nothing: a workspace comes back only
// when the whole file is valid; otherwise *error names the file, the 1-based line and column, and what
// was expected there.
class WorkspaceReader
{
public:
    // `fileName` only appears in error messages.
    static std::optional<Workspace> read(const QByteArray& yaml, const QString& fileName,
                                         WorkspaceError* error);
    static std::optional<Workspace> readFile(const QString& path, WorkspaceError* error);
};
