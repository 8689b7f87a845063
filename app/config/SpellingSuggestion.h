#pragma once

#include <QString>
#include <QStringList>

// Finds the known word a misspelt one was probably meant to be ("intervall" -> "interval").
class SpellingSuggestion
{
public:
    // The closest candidate within a small edit distance, or an empty string when none is close.
    static QString closest(const QString& word, const QStringList& candidates);
    static int editDistance(const QString& a, const QString& b);
};
