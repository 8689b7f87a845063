#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

// Finds the variables a Mustache template would print but `variables` does not hold. It walks the tags with
// Mustache's own section rules against the real data: a tag inside {{#x}} ... {{/x}} counts only when x is
// set and true (so optional facts are written as sections), inside {{^x}} only when x is absent or false,
// and names inside a list section are looked up in the list's items first. Kainjow prints an empty string
// for a missing variable; this is what turns that into an error.
class TemplateTagScanner
{
public:
    // Names in order of first use, without repeats; a dotted name is reported whole ("a.b").
    static QStringList missingVariables(const QString& templateText, const QVariantMap& variables);
};
