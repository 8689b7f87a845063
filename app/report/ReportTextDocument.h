#pragma once

#include "report/PostMortemDocument.h"

class QTextDocument;

// A post-mortem laid out as a QTextDocument for printing: a title page, then the sections, with tables
// whose header row repeats on every page they run onto, and the outage chart as a vector object
// (ChartTextObject). The document is laid out for the paint device it will be drawn on, so that what
// PdfExporter measures is what it prints.
class ReportTextDocument
{
public:
    // Fills `target` (empty, with its layout's paint device set) for a body `width` layout units wide;
    // `pointsPerUnit` converts layout units to points (72 / the device's resolution).
    static void build(const PostMortemDocument& document, QTextDocument* target, qreal width,
                      qreal pointsPerUnit);
};
