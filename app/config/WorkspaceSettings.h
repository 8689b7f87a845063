#pragma once

// Workspace-wide settings from the `settings:` section of a workspace file.
struct WorkspaceSettings
{
    int rawRetentionDays = 30; // raw check results older than this are folded into hourly aggregates

    bool operator==(const WorkspaceSettings&) const = default;
};
