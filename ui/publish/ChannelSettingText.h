#pragma once

#include <QString>
#include <QVariant>

// A channel setting's value as one line of text in the editor, read the way the workspace file reads a
// plain YAML value: true/false, whole numbers and numbers become those, {…} and […] are JSON maps and
// lists, "quoted" text stays text, anything else is text. Writing quotes text that would read otherwise,
// so that a value read and written back is the same.
class ChannelSettingText
{
public:
    static QString toText(const QVariant& value);
    static QVariant fromText(const QString& text);
};
