#pragma once

#include "playbook/LocalizedText.h"
#include "playbook/PlaybookStep.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// A communication checklist: the steps a team walks through during an incident or a maintenance, in order.
struct Playbook
{
    QString id; // "default", or the workspace's own
    LocalizedText name;
    QList<PlaybookStep> steps;

    // -1 when there is no such step.
    qsizetype indexOf(const QString& stepId) const;
    std::optional<PlaybookStep> step(const QString& stepId) const;

    bool operator==(const Playbook&) const = default;
};

Q_DECLARE_METATYPE(Playbook)
