#pragma once

#include "playbook/PlaybookResult.h"
#include "playbook/PlaybookStepPatch.h"

#include <QList>

// Turns the steps a file gives into a playbook's steps: on their own (a file that replaces the default), or
// over a base playbook (a file with "extends: default"). Errors name the step in `fileName` at fault. The
// whole-playbook checks come after (PlaybookValidator).
class PlaybookMerge
{
public:
    // Every patch becomes a step, in file order; ids must be unique.
    static PlaybookResult build(const Playbook& head, const QList<PlaybookStepPatch>& patches,
                                const QString& fileName);
    // A patch whose id the base has overrides the fields it gives (and moves the step when it gives
    // `after`); `remove: true` drops the step; a new id is inserted after `after`, or appended. Steps
    // inserted after the same step keep their file order.
    static PlaybookResult apply(const Playbook& base, const QList<PlaybookStepPatch>& patches,
                                const QString& fileName);
};
