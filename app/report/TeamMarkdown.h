#pragma once

#include <QString>

class QTextDocument;

// The sections a team writes in Markdown, made safe to put inside a report: their headings moved below the
// report's own (a "# Cause" inside "Root cause" becomes a level-3 heading), raw HTML left as text, images
// replaced by their address as text (a report never loads a file or a URL it was pointed at), and for HTML
// a clean rendering of our own rather than whatever markup was typed.
class TeamMarkdown
{
public:
    // Prefixes every ATX heading outside fenced code with `levels` more '#', up to level 6.
    static QString demoted(const QString& markdown, int levels = 2);
    // Parses the (demoted) Markdown, GitHub dialect without HTML, into `into`, then turns images into text.
    static void parse(const QString& markdown, QTextDocument* into);
    // HTML for the parsed text: headings, paragraphs, lists, quotes, code, tables, emphasis. Links are
    // written out ("text (https://…)") rather than linked, so the report references nothing outside itself.
    static QString toHtml(const QString& markdown);
};
