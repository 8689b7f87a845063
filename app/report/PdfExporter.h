#pragma once

#include "report/PostMortemDocument.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// A post-mortem as PDF (QPdfWriter + QTextDocument), on A4 or Letter: a title page, then pages with a running
// header (the incident and the document's kind) and a footer with "page N of M"; tables break between rows
// and repeat their header row; the outage chart is vector graphics. Needs a QGuiApplication (fonts); the
// command line makes one on the offscreen platform.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    // Dots per inch of the PDF's coordinate space: text and the chart are vectors, so this is only the
    // precision positions are rounded to.
    static constexpr int Resolution = 300;

    // Writes the PDF to an open device; false with errorString() when it fails.
    bool write(const PostMortemDocument& document, QIODevice* device);
    QString errorString() const { return m_error; }
    // Pages in the last PDF written.
    int pageCount() const { return m_pages; }

private:
    QString m_error;
    int m_pages = 0;
};
