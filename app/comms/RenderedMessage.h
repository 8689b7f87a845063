#pragma once

#include <QString>
#include <QStringList>

// A template rendered with an incident's facts, or why it could not be: errors are sentences for the
// person writing the message; missingVariables lists the names a template used that the facts lack.
struct RenderedMessage
{
    QString subject; // email only
    QString body;    // plain text
    QString html;    // HTML body when the template has one
    QStringList errors;
    QStringList missingVariables;

    bool ok() const { return errors.isEmpty(); }
    bool operator==(const RenderedMessage&) const = default;
};
