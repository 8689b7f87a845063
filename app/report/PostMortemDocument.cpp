#include "report/PostMortemDocument.h"

#include "report/PostMortemFacts.h"
#include "report/ReportRecordSections.h"

namespace {

QString orNone(const QString& text, const ReportTexts& texts)
{
    return text.trimmed().isEmpty() ? texts.none() : text;
}

QString spanText(const std::optional<qint64>& span, qint64 atMs, const ReportTexts& texts)
{
    if (!span)
        return texts.notReached();
    return QStringLiteral("%1 (%2)").arg(texts.duration(*span), texts.dateTime(atMs));
}

void addTitle(PostMortemDocument& doc, const PostMortemFacts& facts, const PostMortem& postMortem,
              const ReportOptions& options, const ReportTexts& texts)
{
    const Incident& incident = facts.incident;
    const ReportVocabulary& words = texts.vocabulary();
    doc.title = incident.title.isEmpty() ? incident.reference
                                         : QStringLiteral("%1 — %2").arg(incident.reference, incident.title);
    doc.kindLine = texts.documentKind();
    doc.headerText = QStringLiteral("%1 · %2").arg(incident.reference, texts.documentKind());
    doc.titleFacts = {
        {texts.labelReference(), incident.reference},
        {texts.labelSeverity(), severityLabel(incident.severity)},
        {texts.labelStatus(), words.status(incident.status)},
        {texts.labelStarted(), texts.dateTime(facts.window.fromMs)},
        {texts.labelEnded(), facts.open ? texts.stillOpen() : texts.dateTime(facts.window.toMs)},
        {texts.labelDuration(), texts.duration(facts.window.durationMs())},
        {texts.labelCommander(), orNone(incident.commander, texts)},
        {texts.labelCommunicationsLead(), orNone(incident.communicationsLead, texts)},
        {texts.labelReviewState(), words.reviewState(postMortem.state)},
    };
    if (incident.drill)
        doc.titleNotes.append(texts.drillTag());
    doc.titleNotes.append(options.customerFacing ? texts.customerEdition() : texts.internalEdition());
    doc.titleNotes.append(texts.zoneNote(facts.window.fromMs));
    doc.titleNotes.append(texts.generatedOn(options.nowMs));
}

void addFigures(QList<ReportBlock>& blocks, const PostMortemFacts& facts, const ReportTexts& texts)
{
    const Incident& incident = facts.incident;
    blocks.append(ReportBlock::heading(texts.headingSummary(), QStringLiteral("summary")));
    blocks.append(incident.customerSummary.trimmed().isEmpty()
                      ? ReportBlock::paragraph(texts.noSummary(), false, true)
                      : ReportBlock::paragraph(incident.customerSummary));

    blocks.append(ReportBlock::heading(texts.headingResponseTimes(), QStringLiteral("response-times")));
    const KeyMoments& m = incident.moments;
    blocks.append(ReportBlock::factList({
        {texts.labelTimeToDetect(), spanText(facts.timeToDetectMs, m.detectedMs, texts)},
        {texts.labelTimeToAcknowledge(), spanText(facts.timeToAcknowledgeMs, m.acknowledgedMs, texts)},
        {texts.labelTimeToMitigate(), spanText(facts.timeToMitigateMs, m.mitigatedMs, texts)},
        {texts.labelTimeToResolve(), spanText(facts.timeToResolveMs, m.resolvedMs, texts)},
    }));

    blocks.append(ReportBlock::heading(texts.headingServices(), QStringLiteral("services")));
    if (facts.downtime.isEmpty()) {
        blocks.append(ReportBlock::paragraph(texts.noServices(), false, true));
    } else {
        ReportTable table;
        table.header = {texts.columnService(), texts.columnImpact(), texts.columnDown(),
                        texts.columnDegraded(), texts.columnNoData()};
        table.widths = {32, 26, 14, 14, 14};
        table.numeric = {false, false, true, true, true};
        for (const ServiceDowntime& row : facts.downtime)
            table.rows.append({row.serviceName, texts.vocabulary().impact(row.impact),
                               texts.duration(row.downMs), texts.duration(row.degradedMs),
                               texts.duration(row.noDataMs)});
        blocks.append(ReportBlock::tableBlock(table, QStringLiteral("services-table")));
    }
    if (!facts.chart.isEmpty()) {
        blocks.append(ReportBlock::heading(texts.headingChart(), QStringLiteral("chart")));
        blocks.append(ReportBlock::chart());
        blocks.append(ReportBlock::paragraph(
            texts.chartCaption(facts.chartWindow.fromMs, facts.chartWindow.toMs), false, true));
    }
}

void addWritten(QList<ReportBlock>& blocks, const PostMortem& postMortem, const ReportTexts& texts)
{
    for (PostMortem::Section section : PostMortem::sections()) {
        blocks.append(ReportBlock::heading(
            texts.vocabulary().section(section),
            PostMortem::sectionKey(section).replace(QLatin1Char('_'), QLatin1Char('-'))));
        const QString text = postMortem.section(section);
        blocks.append(text.trimmed().isEmpty() ? ReportBlock::paragraph(texts.notWritten(), false, true)
                                               : ReportBlock::markdown(text));
    }
    blocks.append(ReportBlock::heading(texts.headingActionItems(), QStringLiteral("action-items")));
    if (postMortem.actionItems.isEmpty()) {
        blocks.append(ReportBlock::paragraph(texts.noActionItems(), false, true));
        return;
    }
    ReportTable table;
    table.header = {texts.columnAction(), texts.columnOwner(), texts.columnDue(), texts.columnStatus(),
                    texts.columnLink()};
    table.widths = {30, 12, 14, 12, 32};
    table.numeric = {false, false, false, false, false};
    for (const ActionItem& item : postMortem.actionItems)
        table.rows.append({item.title, orNone(item.owner, texts), texts.date(item.dueDate),
                           texts.vocabulary().actionStatus(item.status), orNone(item.link, texts)});
    blocks.append(ReportBlock::tableBlock(table, QStringLiteral("action-items-table")));
}

} // namespace

PostMortemDocument::PostMortemDocument(const ReportTexts& texts, const ReportOptions& options)
    : m_texts(texts), m_options(options)
{}

bool PostMortemDocument::isCustomerVisible(const IncidentEvent& event)
{
    switch (event.kind) {
    case IncidentEvent::Kind::Declared:
    case IncidentEvent::Kind::ServiceState:
    case IncidentEvent::Kind::StatusChanged:
    case IncidentEvent::Kind::SeverityChanged:
    case IncidentEvent::Kind::ServiceAffected:
    case IncidentEvent::Kind::KeyMoment:
        return true;
    case IncidentEvent::Kind::Note:
    case IncidentEvent::Kind::MessagePublished:
        return event.visibility == IncidentEvent::Visibility::Public;
    default:
        return false;
    }
}

PostMortemDocument PostMortemDocument::build(const PostMortemFacts& facts, const PostMortem& postMortem,
                                             const QList<PostMortemChange>& history,
                                             const ReportOptions& options, const ReportTexts& texts)
{
    PostMortemDocument doc(texts, options);
    addTitle(doc, facts, postMortem, options, texts);
    doc.chart = OutageChart::build(facts, texts);
    addFigures(doc.blocks, facts, texts);
    addWritten(doc.blocks, postMortem, texts);
    doc.blocks += ReportRecordSections::timeline(facts, options.customerFacing, texts);
    doc.blocks += ReportRecordSections::messages(facts, texts);
    doc.blocks += ReportRecordSections::adherence(facts, texts);
    if (!options.customerFacing) {
        if (!facts.incident.internalNotes.trimmed().isEmpty()) {
            doc.blocks.append(
                ReportBlock::heading(texts.headingInternalNotes(), QStringLiteral("internal-notes")));
            doc.blocks.append(ReportBlock::quote(facts.incident.internalNotes));
        }
        doc.blocks += ReportRecordSections::history(postMortem, history, texts);
    }
    return doc;
}
