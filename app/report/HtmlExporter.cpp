#include "report/HtmlExporter.h"

#include "report/OutageChartSvg.h"
#include "report/TeamMarkdown.h"

#include <QIODevice>

namespace {

// The chart is laid out for the width of an A4 text block; the SVG then scales to the page.
constexpr qreal ChartWidthPt = 480;

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString lines(const QString& text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString styleSheet(ReportOptions::Paper paper)
{
    const QString size =
        paper == ReportOptions::Paper::Letter ? QStringLiteral("letter") : QStringLiteral("A4");
    return QStringLiteral("@page { size: ") + size +
           QStringLiteral(
               "; margin: 18mm 16mm 20mm 16mm; }\n"
               "body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif;"
               " font-size: 10.5pt; line-height: 1.45; color: #1d1f21; max-width: 182mm;"
               " margin: 0 auto; padding: 10mm 8mm; }\n"
               "h1 { font-size: 22pt; margin: 0.2em 0 0.6em; }\n"
               "h2 { font-size: 14pt; margin: 1.6em 0 0.5em; padding-bottom: 0.15em;"
               " border-bottom: 1px solid #c9ced6; break-after: avoid; page-break-after: avoid; }\n"
               "h3, h4, h5, h6 { font-size: 11.5pt; margin: 1.2em 0 0.4em; break-after: avoid; }\n"
               ".title-page { min-height: 230mm; break-after: page; page-break-after: always; }\n"
               ".kind { text-transform: uppercase; letter-spacing: 0.12em; color: #d63636;"
               " font-weight: bold; margin-top: 40mm; }\n"
               ".note { color: #555; margin: 0.3em 0; }\n"
               "table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }\n"
               "thead { display: table-header-group; }\n"
               "tr { break-inside: avoid; page-break-inside: avoid; }\n"
               "th, td { padding: 3px 6px; text-align: left; vertical-align: top; }\n"
               "tbody tr:nth-child(even) td { background: #f5f6f8; }\n"
               "th { background: #eef0f3; }\n"
               "td.num, th.num { text-align: right; white-space: nowrap; }\n"
               "table.compact { font-size: 9pt; }\n"
               "table.facts th { width: 32%; background: none; }\n"
               "table.facts td { background: none; }\n"
               "table.team th, table.team td { border: 1px solid #c9ced6; }\n"
               ".muted { color: #666; font-style: italic; }\n"
               ".message-head { font-weight: bold; margin: 1em 0 0.2em; break-after: avoid; }\n"
               "blockquote { margin: 0 0 0.8em; padding: 0.3em 0.8em; border-left: 3px solid"
               " #c9ced6; background: #f7f8fa; }\n"
               "pre { background: #f7f8fa; padding: 0.5em; white-space: pre-wrap; }\n"
               "figure.chart { margin: 0.5em 0; break-inside: avoid; page-break-inside: avoid; }\n"
               "svg.chart { width: 100%; height: auto; }\n"
               "footer { margin-top: 2em; color: #666; font-size: 9pt; }\n"
               "@media print { body { max-width: none; padding: 0; } }\n");
}

QString table(const ReportTable& t, const QString& id)
{
    QString out = QStringLiteral("<table") +
                  (id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(id))) +
                  (t.compact ? QStringLiteral(" class=\"compact\"") : QString()) + QStringLiteral(">\n");
    if (!t.widths.isEmpty()) {
        out += QStringLiteral("<colgroup>");
        for (int w : t.widths)
            out += QStringLiteral("<col style=\"width: %1%\">").arg(w);
        out += QStringLiteral("</colgroup>\n");
    }
    const auto numeric = [&t](qsizetype c) { return c < t.numeric.size() && t.numeric.at(c); };
    out += QStringLiteral("<thead><tr>");
    for (qsizetype c = 0; c < t.header.size(); ++c)
        out += (numeric(c) ? QStringLiteral("<th class=\"num\">") : QStringLiteral("<th>")) +
               esc(t.header.at(c)) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : t.rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            out += (numeric(c) ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>")) +
                   lines(row.at(c)) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    return out + QStringLiteral("</tbody>\n</table>\n");
}

QString facts(const QList<std::pair<QString, QString>>& facts)
{
    QString out = QStringLiteral("<table class=\"facts\">\n<tbody>\n");
    for (const auto& [label, value] : facts)
        out += QStringLiteral("<tr><th scope=\"row\">") + esc(label) + QStringLiteral("</th><td>") +
               esc(value) + QStringLiteral("</td></tr>\n");
    return out + QStringLiteral("</tbody>\n</table>\n");
}

} // namespace

QString HtmlExporter::render(const PostMortemDocument& document)
{
    QString out;
    out.reserve(16384 + 300 * document.blocks.size());
    out +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(document.language()) +
        QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>") +
        esc(document.title) + QStringLiteral(" · ") + esc(document.kindLine) +
        QStringLiteral("</title>\n<style>\n") + styleSheet(document.options().paper) +
        QStringLiteral("</style>\n</head>\n<body>\n");

    out += QStringLiteral("<header class=\"title-page\">\n<p class=\"kind\">") + esc(document.kindLine) +
           QStringLiteral("</p>\n<h1>") + esc(document.title) + QStringLiteral("</h1>\n") +
           facts(document.titleFacts);
    for (const QString& note : document.titleNotes)
        out += QStringLiteral("<p class=\"note\">") + esc(note) + QStringLiteral("</p>\n");
    out += QStringLiteral("</header>\n<main>\n");

    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading: {
            const QString tag = QStringLiteral("h%1").arg(block.level);
            out += QLatin1Char('<') + tag +
                   (block.id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(block.id))) +
                   QLatin1Char('>') + esc(block.text) + QStringLiteral("</") + tag + QStringLiteral(">\n");
            break;
        }
        case ReportBlock::Kind::Paragraph:
            out += (block.strong  ? QStringLiteral("<p class=\"message-head\">")
                    : block.muted ? QStringLiteral("<p class=\"muted\">")
                                  : QStringLiteral("<p>")) +
                   lines(block.text) + QStringLiteral("</p>\n");
            break;
        case ReportBlock::Kind::Quote:
            out +=
                QStringLiteral("<blockquote><p>") + lines(block.text) + QStringLiteral("</p></blockquote>\n");
            break;
        case ReportBlock::Kind::Markdown:
            out += QStringLiteral("<div class=\"written\">\n") + TeamMarkdown::toHtml(block.text) +
                   QStringLiteral("</div>\n");
            break;
        case ReportBlock::Kind::Facts:
            out += facts(block.facts);
            break;
        case ReportBlock::Kind::Table:
            out += table(block.table, block.id);
            break;
        case ReportBlock::Kind::Chart:
            out += QStringLiteral("<figure class=\"chart\">\n") +
                   OutageChartSvg::render(document.chart, ChartWidthPt) + QStringLiteral("\n</figure>\n");
            break;
        }
    }
    out += QStringLiteral("</main>\n<footer>\n<p>") + esc(document.headerText) +
           QStringLiteral("</p>\n</footer>\n");
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

bool HtmlExporter::write(const PostMortemDocument& document, QIODevice* device)
{
    const QByteArray bytes = render(document).toUtf8();
    if (!device || !device->isWritable()) {
        m_error = tr("The HTML report has nowhere to go: the file is not open for writing.");
        return false;
    }
    if (device->write(bytes) != bytes.size()) {
        m_error = tr("Could not write the HTML report: %1").arg(device->errorString());
        return false;
    }
    m_error.clear();
    return true;
}
