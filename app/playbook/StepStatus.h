#pragma once

#include "incident/ChecklistMark.h"
#include "playbook/LocalizedText.h"

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

// Where one occurrence of a playbook step stands on one incident at a given time (ChecklistSchedule).
struct StepStatus
{
    enum class State : int
    {
        Waiting = 0,       // its anchor is not reached yet (resolved-anchored while open, previous step open)
        Pending = 1,       // due later
        DueSoon = 2,       // due within ChecklistSchedule::dueSoonMs
        Overdue = 3,       // its due time has come and it is neither ticked nor skipped
        Done = 4,          // ticked
        Skipped = 5,       // skipped on purpose
        NotApplicable = 6, // not for this kind of incident or this severity
    };

    QString stepId;
    int occurrence = 1; // repeating steps count their occurrences from 1
    LocalizedText title;
    qint64 dueAtMs = 0; // UTC; 0 while not known
    State state = State::Waiting;
    std::optional<ChecklistMark> mark; // who ticked or skipped it, and when

    // Still something to do: not ticked, skipped or out of scope.
    bool isOpen() const;
    static QString stateKey(State state);   // "waiting", "pending", "due-soon", ...
    static QString stateLabel(State state); // translated

    bool operator==(const StepStatus&) const = default;
};

Q_DECLARE_METATYPE(StepStatus)
