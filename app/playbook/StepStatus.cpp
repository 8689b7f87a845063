#include "playbook/StepStatus.h"

#include <QCoreApplication>

bool StepStatus::isOpen() const
{
    return state == State::Waiting || state == State::Pending || state == State::DueSoon ||
           state == State::Overdue;
}

QString StepStatus::stateKey(State state)
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Pending:
        return QStringLiteral("pending");
    case State::DueSoon:
        return QStringLiteral("due-soon");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Done:
        return QStringLiteral("done");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return QString();
}

QString StepStatus::stateLabel(State state)
{
    switch (state) {
    case State::Waiting:
        return QCoreApplication::translate("PlaybookStepStatus", "Waiting");
    case State::Pending:
        return QCoreApplication::translate("PlaybookStepStatus", "Pending");
    case State::DueSoon:
        return QCoreApplication::translate("PlaybookStepStatus", "Due soon");
    case State::Overdue:
        return QCoreApplication::translate("PlaybookStepStatus", "Overdue");
    case State::Done:
        return QCoreApplication::translate("PlaybookStepStatus", "Done");
    case State::Skipped:
        return QCoreApplication::translate("PlaybookStepStatus", "Skipped");
    case State::NotApplicable:
        return QCoreApplication::translate("PlaybookStepStatus", "Not applicable");
    }
    return QString();
}
