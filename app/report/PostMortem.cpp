#include "report/PostMortem.h"

QString PostMortem::section(Section section) const
{
    switch (section) {
    case Section::WhatHappened:
        return whatHappened;
    case Section::CustomerImpact:
        return customerImpact;
    case Section::RootCause:
        return rootCause;
    case Section::WentWell:
        return wentWell;
    case Section::WentBadly:
        return wentBadly;
    case Section::GotLucky:
        return gotLucky;
    }
    return QString();
}

void PostMortem::setSection(Section section, const QString& markdown)
{
    switch (section) {
    case Section::WhatHappened:
        whatHappened = markdown;
        break;
    case Section::CustomerImpact:
        customerImpact = markdown;
        break;
    case Section::RootCause:
        rootCause = markdown;
        break;
    case Section::WentWell:
        wentWell = markdown;
        break;
    case Section::WentBadly:
        wentBadly = markdown;
        break;
    case Section::GotLucky:
        gotLucky = markdown;
        break;
    }
}

bool PostMortem::isBlank() const
{
    for (Section s : sections()) {
        if (!section(s).trimmed().isEmpty())
            return false;
    }
    return actionItems.isEmpty();
}

QList<PostMortem::Section> PostMortem::sections()
{
    return {Section::WhatHappened, Section::CustomerImpact, Section::RootCause,
            Section::WentWell,     Section::WentBadly,      Section::GotLucky};
}

QString PostMortem::sectionKey(Section section)
{
    switch (section) {
    case Section::WhatHappened:
        return QStringLiteral("what_happened");
    case Section::CustomerImpact:
        return QStringLiteral("customer_impact");
    case Section::RootCause:
        return QStringLiteral("root_cause");
    case Section::WentWell:
        return QStringLiteral("went_well");
    case Section::WentBadly:
        return QStringLiteral("went_badly");
    case Section::GotLucky:
        return QStringLiteral("got_lucky");
    }
    return QString();
}

bool PostMortem::sectionFromKey(const QString& key, Section* out)
{
    for (Section s : sections()) {
        if (sectionKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString PostMortem::reviewStateKey(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QStringLiteral("draft");
    case ReviewState::InReview:
        return QStringLiteral("in_review");
    case ReviewState::Published:
        return QStringLiteral("published");
    }
    return QStringLiteral("draft");
}

bool PostMortem::reviewStateFromKey(const QString& key, ReviewState* out)
{
    for (ReviewState state : {ReviewState::Draft, ReviewState::InReview, ReviewState::Published}) {
        if (reviewStateKey(state) == key) {
            *out = state;
            return true;
        }
    }
    return false;
}
