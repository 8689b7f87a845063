#pragma once

#include "report/PostMortemDocument.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// A post-mortem as one self-contained HTML file: the style sheet inline, the outage chart as inline SVG, no
// script, font, image or link to anything outside the file (links are written out as text), so it opens
// the same anywhere, years later, and prints well: a title page, tables whose header rows repeat on each
// printed page and rows that do not split.
class HtmlExporter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlExporter)

public:
    static QString render(const PostMortemDocument& document);
    // Writes the HTML (UTF-8) to an open device; false with errorString() when it fails.
    bool write(const PostMortemDocument& document, QIODevice* device);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};
