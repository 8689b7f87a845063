#include "report/ReportTextDocument.h"

#include "report/ChartTextObject.h"
#include "report/TeamMarkdown.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

namespace {

const QColor Ink(0x1d, 0x1f, 0x21);
const QColor Muted(0x66, 0x66, 0x66);
const QColor HeaderFill(0xee, 0xf0, 0xf3);
const QColor QuoteFill(0xf7, 0xf8, 0xfa);
const QColor RowFill(0xf5, 0xf6, 0xf8);
const QColor Accent(0xd6, 0x36, 0x36);

QTextCharFormat textFormat(qreal points, bool bold = false, const QColor& color = Ink, bool italic = false)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    f.setForeground(color);
    return f;
}

QTextBlockFormat blockFormat(qreal top, qreal bottom)
{
    QTextBlockFormat f;
    f.setTopMargin(top);
    f.setBottomMargin(bottom);
    return f;
}

// Inserts text keeping its line breaks inside one block.
void insertLines(QTextCursor& cursor, const QString& text, const QTextCharFormat& format)
{
    QString flat = text;
    flat.replace(QLatin1String("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\n'), QChar::LineSeparator);
    cursor.insertText(flat, format);
}

class Builder
{
public:
    Builder(const PostMortemDocument& document, QTextDocument* target, qreal width, qreal pointsPerUnit)
        : m_doc(document), m_target(target), m_cursor(target), m_width(width)
    {
        m_chart = new ChartTextObject(document.chart, pointsPerUnit, target);
    }

    ChartTextObject* chart() const { return m_chart; }

    void run()
    {
        titlePage();
        bool first = true;
        for (const ReportBlock& block : m_doc.blocks) {
            add(block, first);
            first = false;
        }
    }

private:
    const PostMortemDocument& m_doc;
    QTextDocument* m_target;
    QTextCursor m_cursor;
    qreal m_width;
    ChartTextObject* m_chart = nullptr;
    bool m_atStart = true;

    // The first block goes into the document's empty first block; the others into new ones.
    void newBlock(const QTextBlockFormat& format, const QTextCharFormat& chars)
    {
        if (m_atStart) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_atStart = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void titlePage()
    {
        // A page's first block loses its top margin: an empty line of fixed height lowers the title instead.
        QTextBlockFormat spacer;
        spacer.setLineHeight(150, QTextBlockFormat::FixedHeight);
        newBlock(spacer, textFormat(11));
        newBlock(blockFormat(0, 6), textFormat(11, true, Accent));
        m_cursor.insertText(m_doc.kindLine.toUpper(), textFormat(11, true, Accent));
        QTextBlockFormat title = blockFormat(0, 18);
        title.setHeadingLevel(1);
        newBlock(title, textFormat(22, true));
        m_cursor.insertText(m_doc.title, textFormat(22, true));
        facts(m_doc.titleFacts, 11);
        for (const QString& note : m_doc.titleNotes) {
            newBlock(blockFormat(2, 2), textFormat(9.5, false, Muted));
            m_cursor.insertText(note, textFormat(9.5, false, Muted));
        }
    }

    void add(const ReportBlock& block, bool first)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Heading: {
            QTextBlockFormat f = blockFormat(block.level == 2 ? 16 : 10, 6);
            f.setHeadingLevel(block.level);
            // The sections start on the page after the title page.
            if (first)
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            const QTextCharFormat c = textFormat(block.level == 2 ? 14 : 11.5, true);
            newBlock(f, c);
            m_cursor.insertText(block.text, c);
            break;
        }
        case ReportBlock::Kind::Paragraph: {
            const QTextCharFormat c = textFormat(10, block.strong, block.muted ? Muted : Ink, block.muted);
            newBlock(blockFormat(block.strong ? 8 : 3, block.strong ? 2 : 5), c);
            insertLines(m_cursor, block.text, c);
            break;
        }
        case ReportBlock::Kind::Quote: {
            QTextBlockFormat f = blockFormat(2, 8);
            f.setLeftMargin(14);
            f.setBackground(QuoteFill);
            const QTextCharFormat c = textFormat(9.5);
            newBlock(f, c);
            insertLines(m_cursor, block.text, c);
            break;
        }
        case ReportBlock::Kind::Markdown: {
            QTextDocument written;
            written.setDefaultFont(m_target->defaultFont());
            TeamMarkdown::parse(block.text, &written);
            newBlock(blockFormat(3, 3), textFormat(10));
            m_cursor.insertFragment(QTextDocumentFragment(&written));
            break;
        }
        case ReportBlock::Kind::Facts:
            facts(block.facts, 10);
            break;
        case ReportBlock::Kind::Table:
            table(block.table);
            break;
        case ReportBlock::Kind::Chart:
            newBlock(blockFormat(6, 4), textFormat(10));
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), m_chart->format(m_width * 0.995));
            break;
        }
    }

    void facts(const QList<std::pair<QString, QString>>& rows, qreal points)
    {
        if (rows.isEmpty())
            return;
        newBlock(blockFormat(0, 0), textFormat(points));
        QTextTableFormat f;
        f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        f.setBorder(0);
        f.setCellPadding(3);
        f.setCellSpacing(0);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 34), QTextLength(QTextLength::PercentageLength, 66)});
        QTextTable* table = m_cursor.insertTable(int(rows.size()), 2, f);
        for (int r = 0; r < rows.size(); ++r) {
            table->cellAt(r, 0).firstCursorPosition().insertText(rows.at(r).first,
                                                                 textFormat(points, true, Muted));
            table->cellAt(r, 1).firstCursorPosition().insertText(rows.at(r).second, textFormat(points));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void table(const ReportTable& t)
    {
        const int columns = int(t.header.size());
        if (columns == 0)
            return;
        const qreal points = t.compact ? 8.5 : 9.5;
        newBlock(blockFormat(2, 0), textFormat(points));
        QTextTableFormat f;
        f.setHeaderRowCount(1);
        // No grid: collapsed borders made Qt's layout of a 2000-row timeline three times slower. A shaded
        // header and every other row shaded read as well on paper.
        f.setBorder(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        f.setCellPadding(3);
        f.setCellSpacing(0);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int w : t.widths)
            widths.append(QTextLength(QTextLength::PercentageLength, w));
        if (widths.size() == columns)
            f.setColumnWidthConstraints(widths);
        QTextTable* table = m_cursor.insertTable(int(t.rows.size()) + 1, columns, f);
        const QTextCharFormat head = textFormat(points, true);
        const QTextCharFormat body = textFormat(points);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        const auto numeric = [&t](int c) { return c < t.numeric.size() && t.numeric.at(c); };
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(HeaderFill);
            cell.setFormat(cellFormat);
            QTextCursor at = cell.firstCursorPosition();
            if (numeric(c))
                at.setBlockFormat(right);
            at.insertText(t.header.at(c), head);
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            const QStringList& row = t.rows.at(r);
            for (int c = 0; c < columns && c < row.size(); ++c) {
                QTextTableCell cell = table->cellAt(r + 1, c);
                if (r % 2 == 1) {
                    QTextCharFormat shaded = cell.format();
                    shaded.setBackground(RowFill);
                    cell.setFormat(shaded);
                }
                QTextCursor at = cell.firstCursorPosition();
                if (numeric(c))
                    at.setBlockFormat(right);
                insertLines(at, row.at(c), body);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }
};

} // namespace

QObject* ReportTextDocument::build(const PostMortemDocument& document, QTextDocument* target, qreal width,
                                   qreal pointsPerUnit)
{
    Builder builder(document, target, width, pointsPerUnit);
    builder.run();
    return builder.chart();
}
