#pragma once

#include <QString>

// Counts what a reader sees as characters: Unicode extended grapheme clusters (QTextBoundaryFinder), so that
// an emoji family joined by ZWJ, a flag, a thumbs-up with a skin tone or "e" + combining acute are one each.
class GraphemeCounter
{
public:
    static int count(const QString& text);
    // The first `graphemes` clusters of `text`, never splitting one.
    static QString left(const QString& text, int graphemes);
};
