#include "report/MarkdownExporter.h"

#include "report/TeamMarkdown.h"

#include <QIODevice>

namespace {

QString cell(const QString& text)
{
    // A line break would end the row; a pipe would end the cell.
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return MarkdownExporter::escaped(flat.trimmed());
}

QString table(const ReportTable& table)
{
    QString out;
    QStringList header;
    QStringList rule;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        header.append(cell(table.header.at(c)));
        rule.append(c < table.numeric.size() && table.numeric.at(c) ? QStringLiteral("---:")
                                                                    : QStringLiteral("---"));
    }
    out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n| ") +
           rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const QStringList& row : table.rows) {
        QStringList cells;
        for (const QString& text : row)
            cells.append(cell(text));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return out + QLatin1Char('\n');
}

// The chart as the periods that matter: when each service was down or degraded.
ReportTable chartTable(const PostMortemDocument& document)
{
    const ReportTexts& texts = document.texts();
    ReportTable t;
    t.header = {texts.columnService(), texts.columnState(), texts.columnFrom(), texts.columnTo(),
                texts.labelDuration()};
    t.numeric = {false, false, false, false, true};
    for (const OutageChart::Row& row : document.chart.rows) {
        for (const StateBand& band : row.bands) {
            if (!band.known || (band.state != ServiceState::Down && band.state != ServiceState::Degraded))
                continue;
            t.rows.append({row.label, texts.vocabulary().state(band.state), texts.shortTime(band.startMs),
                           texts.shortTime(band.endMs), texts.duration(band.durationMs())});
        }
    }
    return t;
}

QString quote(const QString& text)
{
    QString out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        out += line.trimmed().isEmpty()
                   ? QStringLiteral(">\n")
                   : QStringLiteral("> ") + MarkdownExporter::escaped(line) + QStringLiteral("  \n");
    return out + QLatin1Char('\n');
}

} // namespace

QString MarkdownExporter::escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        switch (ch.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '#':
        case '~':
            out += QLatin1Char('\\');
            break;
        case '-':
        case '+':
            // At the start of a line they would open a list.
            if (i == 0 || text.at(i - 1) == QLatin1Char('\n'))
                out += QLatin1Char('\\');
            break;
        default:
            break;
        }
        out += ch;
    }
    return out;
}

QString MarkdownExporter::render(const PostMortemDocument& document)
{
    QString out;
    out.reserve(4096 + 200 * document.blocks.size());
    out += QStringLiteral("# ") + escaped(document.title) + QStringLiteral("\n\n*") +
           escaped(document.kindLine) + QStringLiteral("*\n\n");
    for (const auto& [label, value] : document.titleFacts)
        out += QStringLiteral("- **") + escaped(document.texts().labelled(label)) + QStringLiteral("** ") +
               escaped(value) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    for (const QString& note : document.titleNotes)
        out += QLatin1Char('*') + escaped(note) + QStringLiteral("*  \n");
    out += QLatin1Char('\n');

    for (const ReportBlock& block : document.blocks) {
        switch (block.kind) {
        case ReportBlock::Kind::Heading:
            out += QString(block.level, QLatin1Char('#')) + QLatin1Char(' ') + escaped(block.text) +
                   QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Paragraph: {
            const QString text = escaped(block.text).replace(QLatin1Char('\n'), QStringLiteral("  \n"));
            out += block.strong  ? QStringLiteral("**") + text + QStringLiteral("**")
                   : block.muted ? QLatin1Char('*') + text + QLatin1Char('*')
                                 : text;
            out += QStringLiteral("\n\n");
            break;
        }
        case ReportBlock::Kind::Quote:
            out += quote(block.text);
            break;
        case ReportBlock::Kind::Markdown:
            out += TeamMarkdown::demoted(block.text).trimmed() + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Facts:
            for (const auto& [label, value] : block.facts)
                out += QStringLiteral("- **") + escaped(document.texts().labelled(label)) +
                       QStringLiteral("** ") + escaped(value) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table:
            out += table(block.table);
            break;
        case ReportBlock::Kind::Chart: {
            const ReportTable periods = chartTable(document);
            if (!periods.rows.isEmpty())
                out += table(periods);
            break;
        }
        }
    }
    return out;
}

bool MarkdownExporter::write(const PostMortemDocument& document, QIODevice* device)
{
    const QByteArray bytes = render(document).toUtf8();
    if (!device || !device->isWritable()) {
        m_error = tr("The Markdown report has nowhere to go: the file is not open for writing.");
        return false;
    }
    if (device->write(bytes) != bytes.size()) {
        m_error = tr("Could not write the Markdown report: %1").arg(device->errorString());
        return false;
    }
    m_error.clear();
    return true;
}
