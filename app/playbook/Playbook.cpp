#include "playbook/Playbook.h"

qsizetype Playbook::indexOf(const QString& stepId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == stepId)
            return i;
    }
    return -1;
}

std::optional<PlaybookStep> Playbook::step(const QString& stepId) const
{
    const qsizetype index = indexOf(stepId);
    if (index < 0)
        return std::nullopt;
    return steps.at(index);
}
