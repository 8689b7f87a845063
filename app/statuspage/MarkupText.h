#pragma once

#include <QString>

// Text from incidents and services on its way into HTML, XML or JSON. XML 1.0 cannot carry most control
// characters even escaped, and HTML forbids them too, so they are dropped before any escaping.
class MarkupText
{
public:
    // Without C0 controls (tab, line feed and carriage return kept), DEL, C1 controls, lone surrogates and
    // the non-characters U+FFFE/U+FFFF.
    static QString clean(const QString& text);
    // Cleaned and escaped for HTML text and double-quoted attribute values (& < > ").
    static QString html(const QString& text);
};
