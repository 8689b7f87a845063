#pragma once

#include "config/WorkspaceError.h"
#include "playbook/PlaybookStep.h"

#include <QHash>
#include <QString>

#include <optional>

// One step as a playbook file gives it: only the fields written there, with where each was written. A file
// that stands alone turns each patch into a step; a file that extends another applies its patches to the
// other's steps (PlaybookMerge). Places let checks made after merging still point into the file.
struct PlaybookStepPatch
{
    struct Place
    {
        int line = 0; // 1-based; 0 when unknown
        int column = 0;
    };

    QString path; // "steps[2]", for messages
    QString id;
    std::optional<LocalizedText> title;
    std::optional<LocalizedText> instructions;
    std::optional<PlaybookStep::Action> action;
    std::optional<QList<ChannelKind>> channels;
    std::optional<QString> templateId;
    std::optional<PlaybookStep::Scope> appliesTo;
    std::optional<QList<Severity>> severities;
    std::optional<PlaybookStep::Due> due;
    std::optional<PlaybookStep::Repeat> repeat;
    QString after;       // extensions only: insert (or move) the step after this one
    bool remove = false; // extensions only: drop the step
    // Keyed by field as written ("id", "due", "due.from", "repeat.every", ...); "" is the step's own map.
    QHash<QString, Place> places;

    // Where `field` was written, else where the step starts.
    Place placeOf(const QString& field) const;
    // "steps[2].due.from: <message>" at that field's place in `fileName`.
    WorkspaceError error(const QString& fileName, const QString& field, const QString& message) const;
    // Overwrites the fields this patch gives.
    void applyTo(PlaybookStep* step) const;
};
