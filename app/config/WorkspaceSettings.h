#pragma once

#include <optional>

// Workspace-wide settings from the `settings:` section of a workspace file.
struct WorkspaceSettings
{
    // Raw check results older than this are pruned (rollups stay). Unset: the file says nothing, so applying
    // it keeps what the store has (default 30) rather than silently shortening a longer retention.
    std::optional<int> rawRetentionDays;

    bool operator==(const WorkspaceSettings&) const = default;
};
