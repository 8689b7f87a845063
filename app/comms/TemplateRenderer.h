#pragma once

#include "comms/MessageFacts.h"
#include "comms/MessageTemplate.h"
#include "comms/RenderedMessage.h"

#include <QVariantMap>

// Renders message templates. Plain-text parts (subject, body) get the facts as they are, so that "R&D" stays
// "R&D" in a post; the HTML body escapes them ("R&amp;D"). A variable the template prints but the facts do
// not have is an error naming it: a message never goes out with a gap.
class TemplateRenderer
{
public:
    static RenderedMessage render(const MessageTemplate& entry, const MessageFacts& facts);

    enum class Escaping
    {
        PlainText,
        Html,
        // Each printed value is escaped as the inside of a JSON string ("{{title}}" in a JSON body);
        // {{{triple}}} prints raw. No plain-text tidying: the layout is the template's.
        Json,
    };
    // One template text; on failure returns an empty string and appends to `errors` / `missing`.
    static QString renderText(const QString& templateText, const QVariantMap& variables, Escaping escaping,
                              QStringList* errors, QStringList* missing);
};
