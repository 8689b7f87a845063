#pragma once

#include <QString>

// The text of a message after a number of keystrokes, one character (code point) each, so that a child
// process typing it and the test checking what it saved agree on every version without talking.
class TypedText
{
public:
    static QString after(int keystrokes);
    // How many keystrokes `text` stands for, or -1 when it is not a version of the typed text.
    static int keystrokesOf(const QString& text);
};
