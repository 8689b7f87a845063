#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// How bad an incident is. SEV1 is the worst; stored as its integer value.
enum class Severity : int
{
    Sev1 = 1,
    Sev2 = 2,
    Sev3 = 3,
    Sev4 = 4,
};

// "sev1" .. "sev4": files, the store and the command line.
QString severityKey(Severity severity);
// Parses a key as written by severityKey (case-insensitive, "SEV2" and "2" too).
bool severityFromKey(const QString& key, Severity* out);
// "SEV1" .. "SEV4" (the same in every language).
QString severityLabel(Severity severity);
// What the level means, translated, shown next to the choice so that everybody rates the same way.
QString severityMeaning(Severity severity);
QList<Severity> allSeverities();

Q_DECLARE_METATYPE(Severity)
