#pragma once

#include <QByteArray>
#include <QString>

// Turns what a public page serves into comparable text, so that "is the update there?" does not hang on
// markup: HTML loses its tags (block tags become spaces, inline tags vanish), comments, scripts and styles,
// and its character references are decoded; JSON gives its string values; every text is then put in NFC,
// case-folded and its whitespace (no-break spaces included) collapsed to single spaces.
class PublicTextExtractor
{
public:
    // The normal form of plain text: what a message's body is compared as.
    static QString fromPlainText(const QString& text);
    static QString fromHtml(const QString& html);
    // The string values of a JSON document (object members in key order, as QJsonObject keeps them). With
    // `scopeId`, only those of the first object (depth first) whose "id" is that id, as a string or a number;
    // empty when there is none.
    static QString fromJson(const QByteArray& json, const QString& scopeId = QString());
    // Picks by the Content-Type (else by the first character): JSON, HTML, or plain text.
    static QString fromResponse(const QByteArray& body, const QByteArray& contentType,
                                const QString& scopeId = QString());

    // True when `needle` (in normal form, not empty) appears in `haystack` (in normal form).
    static bool shows(const QString& haystack, const QString& needle);

    // "&amp;" → "&", "&#233;" → "é", "&#x1F600;" → 😀; unknown names stay as they are.
    static QString decodeEntities(const QString& text);
};
