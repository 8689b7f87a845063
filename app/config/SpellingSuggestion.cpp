#include "config/SpellingSuggestion.h"

#include <QList>

#include <algorithm>

int SpellingSuggestion::editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString SpellingSuggestion::closest(const QString& word, const QStringList& candidates)
{
    const QString folded = word.toCaseFolded();
    // Short words tolerate one typo, longer ones about one per three letters.
    const int limit = std::max(1, int(folded.size()) / 3);
    QString best;
    int bestDistance = limit + 1;
    for (const QString& candidate : candidates) {
        const int distance = editDistance(folded, candidate.toCaseFolded());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}
