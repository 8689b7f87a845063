#pragma once

#include <QList>
#include <QString>

// Finds the http(s) addresses in a message, the way social networks see them: Mastodon counts each as a
// fixed number of characters, Bluesky needs a link facet for each (no facet, no link).
class LinkFinder
{
public:
    struct Link
    {
        qsizetype start = 0; // in QString (UTF-16) units
        qsizetype length = 0;
        QString url;
    };

    // In order of appearance. Trailing punctuation (".", ",", ")"...) ends a sentence, not the address.
    static QList<Link> find(const QString& text);
};
