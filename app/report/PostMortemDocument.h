#pragma once

#include "incident/IncidentEvent.h"
#include "report/OutageChart.h"
#include "report/PostMortem.h"
#include "report/PostMortemChange.h"
#include "report/ReportBlock.h"
#include "report/ReportOptions.h"
#include "report/ReportTexts.h"

#include <QList>
#include <QString>

#include <utility>

class PostMortemFacts;

// A post-mortem as a document, built once from the facts and what the team wrote: a title page, then
// blocks in reading order (headings, paragraphs, the team's Markdown, tables, the outage chart). The
// exporters (MarkdownExporter, HtmlExporter, PdfExporter) only lay these blocks out, so the three formats
// always say the same thing.
//
// The customer edition leaves out what is internal: notes and status reports, checklist and message
// workflow events, delivery problems, the incident's internal notes and the post-mortem's own history.
// Nothing here ever comes from a channel's settings.
class PostMortemDocument
{
public:
    PostMortemDocument(const ReportTexts& texts, const ReportOptions& options);

    static PostMortemDocument build(const PostMortemFacts& facts, const PostMortem& postMortem,
                                    const QList<PostMortemChange>& history, const ReportOptions& options,
                                    const ReportTexts& texts);
    // Whether an event belongs in the customer edition's timeline.
    static bool isCustomerVisible(const IncidentEvent& event);

    const ReportTexts& texts() const { return m_texts; }
    const ReportOptions& options() const { return m_options; }
    QString language() const { return m_texts.languageCode(); }

    QString title;      // "INC-42 — Card payments failing"
    QString headerText; // the PDF's running header
    QString kindLine;   // "Post-mortem"
    QList<std::pair<QString, QString>> titleFacts;
    QStringList titleNotes; // drill, edition, time zone, made by
    QList<ReportBlock> blocks;
    OutageChart chart;

private:
    ReportTexts m_texts;
    ReportOptions m_options;
};
