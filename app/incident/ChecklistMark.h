#pragma once

#include <QString>
#include <QtGlobal>

// A playbook step ticked or skipped on one incident. A repeating step (the updates at a cadence) gets one
// mark per occurrence, numbered from 1.
struct ChecklistMark
{
    enum class State : int
    {
        Done = 1,
        Skipped = 2,
    };

    QString stepId;
    int occurrence = 1;
    State state = State::Done;
    QString by;
    qint64 atMs = 0; // UTC
    QString comment; // why it was skipped, or what was done

    bool operator==(const ChecklistMark&) const = default;
};
