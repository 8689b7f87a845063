#pragma once

#include "report/PostMortem.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// One line of a post-mortem's history: who changed which field, when, and (for short fields) from what to
// what. Section texts are long, so their lines say only that they changed. Never edited once stored.
struct PostMortemChange
{
    qint64 id = 0; // store id; 0 until stored
    QString incidentId;
    qint64 atMs = 0; // UTC
    QString by;
    // "review_state", "section.root_cause", "action.<id>" (added or removed), "action.<id>.status", ...
    QString field;
    QString before; // empty for section texts and for an added item
    QString after;  // empty for section texts and for a removed item

    // The lines that turn `before` into `after`, in a stable order: review state, sections, then action items
    // in `after`'s order (removed ones last). Empty when nothing changed.
    static QList<PostMortemChange> between(const PostMortem& before, const PostMortem& after,
                                           const QString& by, qint64 atMs);

    bool operator==(const PostMortemChange&) const = default;
};

Q_DECLARE_METATYPE(PostMortemChange)
