#pragma once

#include "report/PostMortemDocument.h"

class QObject;
class QObject;
class QTextDocument;

// A post-mortem laid out as a QTextDocument for printing: a title page, then the sections, with tables
// whose header row repeats on every page they run onto, and the outage chart as a vector object
// (ChartTextObject). The document is laid out for the paint device it will be drawn on, so that what
// PdfExporter measures is what it prints.
class ReportTextDocument
{
public:
    // Fills `target` (empty) for a body `width` layout units wide; `pointsPerUnit` converts layout units to
    // points (72 / the device's resolution). `target` should have no layout yet (a layout present while
    // thousands of table cells go in lays the table out again at every one of them). Returns the chart's
    // handler, owned by `target`, to register for ChartTextObject::Type on the layout that will draw it.
    static QObject* build(const PostMortemDocument& document, QTextDocument* target, qreal width,
                          qreal pointsPerUnit);
};
