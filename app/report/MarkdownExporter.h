#pragma once

#include "report/PostMortemDocument.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

// A post-mortem as Markdown (GitHub dialect) for wikis and repositories: pipe tables, the team's sections
// as they wrote them (headings moved below the report's), and the outage chart as a table of the periods
// each service was down or degraded.
class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    static QString render(const PostMortemDocument& document);
    // Writes the Markdown (UTF-8) to an open device; false with errorString() when it fails.
    bool write(const PostMortemDocument& document, QIODevice* device);
    QString errorString() const { return m_error; }

    // Plain text made literal in Markdown (no emphasis, link or HTML from it).
    static QString escaped(const QString& text);

private:
    QString m_error;
};
