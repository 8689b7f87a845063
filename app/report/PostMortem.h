#pragma once

#include "report/ActionItem.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

// The part of a post-mortem the team writes: the review state, the Markdown sections and the action items.
// Everything else in the report (times, downtime, timeline, messages, adherence) comes from the incident's
// record (PostMortemFacts), so that nobody retypes it. One per incident, keyed by the incident id.
struct PostMortem
{
    enum class ReviewState : int
    {
        Draft = 0,
        InReview = 1,
        Published = 2,
    };
    // The written sections, in the order the document shows them.
    enum class Section : int
    {
        WhatHappened = 0,
        CustomerImpact = 1,
        RootCause = 2, // root cause and contributing factors
        WentWell = 3,
        WentBadly = 4,
        GotLucky = 5, // where we got lucky
    };

    QString incidentId;
    ReviewState state = ReviewState::Draft;
    QString whatHappened;
    QString customerImpact;
    QString rootCause;
    QString wentWell;
    QString wentBadly;
    QString gotLucky;
    QList<ActionItem> actionItems; // in the order the team lists them
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString updatedBy;

    QString section(Section section) const;
    void setSection(Section section, const QString& markdown);
    // True while nothing was written (no section text, no action item).
    bool isBlank() const;

    static QList<Section> sections();
    static QString sectionKey(Section section); // "what_happened", "customer_impact", ...
    static bool sectionFromKey(const QString& key, Section* out);
    static QString reviewStateKey(ReviewState state); // "draft", "in_review", "published"
    static bool reviewStateFromKey(const QString& key, ReviewState* out);

    bool operator==(const PostMortem&) const = default;
};

Q_DECLARE_METATYPE(PostMortem)
