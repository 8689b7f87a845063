#pragma once

#include "comms/JargonList.h"
#include "comms/LintWarning.h"

#include <QList>
#include <QString>
#include <QStringList>

// Holds a message to the golden rule of clarity before it goes out: it should name what is affected, say
// when the audience will hear more, have no placeholder left and speak without jargon. Warnings, never
// refusals: the person writing decides.
class MessageLinter
{
public:
    explicit MessageLinter(JargonList jargon = JargonList::defaults());

    struct Options
    {
        QString language = QStringLiteral("en");
        QStringList affectedServices; // names; the rule is skipped when empty
        bool expectTiming = true;     // false for a closing message (resolved, maintenance end)
    };

    QList<LintWarning> lint(const QString& text, const Options& options) const;

private:
    JargonList m_jargon;
};
