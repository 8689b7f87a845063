#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// A table of a report, as every exporter lays it out: a header row (repeated on each page of the PDF) and
// rows of plain text.
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> widths;    // per column, in percent of the text width
    QList<bool> numeric;  // per column: right-aligned figures
    bool compact = false; // long tables (the timeline) in a smaller type
};

// One block of a post-mortem document, in reading order. Texts are plain (escaped by each exporter) except
// Markdown blocks, which hold what the team wrote.
struct ReportBlock
{
    enum class Kind
    {
        Heading,   // level 2 (section) or 3
        Paragraph, // plain text; `strong` for a message's header line, `muted` for "not written yet"
        Quote,     // a published message, line breaks kept
        Markdown,  // a section the team wrote
        Facts,     // label: value lines
        Table,
        Chart, // the document's outage chart
    };

    Kind kind = Kind::Paragraph;
    int level = 2;
    QString text;
    bool strong = false;
    bool muted = false;
    QList<std::pair<QString, QString>> facts;
    ReportTable table;
    QString id; // a stable anchor for the section ("timeline", "action-items"), for HTML and tests

    static ReportBlock heading(const QString& text, const QString& id, int level = 2)
    {
        ReportBlock b;
        b.kind = Kind::Heading;
        b.text = text;
        b.id = id;
        b.level = level;
        return b;
    }
    static ReportBlock paragraph(const QString& text, bool strong = false, bool muted = false)
    {
        ReportBlock b;
        b.kind = Kind::Paragraph;
        b.text = text;
        b.strong = strong;
        b.muted = muted;
        return b;
    }
    static ReportBlock quote(const QString& text)
    {
        ReportBlock b;
        b.kind = Kind::Quote;
        b.text = text;
        return b;
    }
    static ReportBlock markdown(const QString& text)
    {
        ReportBlock b;
        b.kind = Kind::Markdown;
        b.text = text;
        return b;
    }
    static ReportBlock factList(const QList<std::pair<QString, QString>>& facts)
    {
        ReportBlock b;
        b.kind = Kind::Facts;
        b.facts = facts;
        return b;
    }
    static ReportBlock tableBlock(const ReportTable& table, const QString& id = QString())
    {
        ReportBlock b;
        b.kind = Kind::Table;
        b.table = table;
        b.id = id;
        return b;
    }
    static ReportBlock chart()
    {
        ReportBlock b;
        b.kind = Kind::Chart;
        return b;
    }
};
