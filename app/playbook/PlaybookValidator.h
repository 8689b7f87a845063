#pragma once

#include "config/WorkspaceError.h"
#include "playbook/Playbook.h"
#include "playbook/PlaybookStepPatch.h"

#include <QList>

#include <optional>

// Checks a whole playbook once its steps are final (after an extension is applied): what a single step's
// fields cannot tell alone. Errors point at the patch in `fileName` that wrote the offending step.
class PlaybookValidator
{
public:
    static std::optional<WorkspaceError> check(const Playbook& playbook, const QString& fileName,
                                               const QList<PlaybookStepPatch>& patches);
};
