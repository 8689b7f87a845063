#pragma once

#include "config/WorkspaceError.h"
#include "playbook/Playbook.h"

#include <optional>

// What reading a playbook gives: the playbook, or why it was refused and where.
struct PlaybookResult
{
    std::optional<Playbook> playbook;
    WorkspaceError error; // meaningful only when there is no playbook

    bool ok() const { return playbook.has_value(); }
    static PlaybookResult success(Playbook playbook) { return {std::move(playbook), WorkspaceError()}; }
    static PlaybookResult failure(WorkspaceError error) { return {std::nullopt, std::move(error)}; }
};
