#include "report/TeamMarkdown.h"

#include <QList>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

namespace {

// `strongAlready`: a heading or header cell, bold by itself, whose bold fragments need no <strong>.
QString inlineHtml(const QTextBlock& block, bool strongAlready = false)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        QString text = fragment.text().toHtmlEscaped();
        text.replace(QChar::LineSeparator, QStringLiteral("<br>"));
        if (format.fontFixedPitch() ||
            format.fontFamilies().toStringList().contains(QStringLiteral("monospace")))
            text = QStringLiteral("<code>") + text + QStringLiteral("</code>");
        if (format.fontStrikeOut())
            text = QStringLiteral("<s>") + text + QStringLiteral("</s>");
        if (format.fontItalic())
            text = QStringLiteral("<em>") + text + QStringLiteral("</em>");
        if (format.fontWeight() >= QFont::Bold && !strongAlready)
            text = QStringLiteral("<strong>") + text + QStringLiteral("</strong>");
        html += text;
    }
    return html;
}

class HtmlWriter
{
public:
    QString out;

    void frame(QTextFrame* frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* child = it.currentFrame()) {
                closeBlocks();
                if (auto* table = qobject_cast<QTextTable*>(child))
                    writeTable(table);
                else
                    this->frame(child);
            } else {
                block(it.currentBlock());
            }
        }
        closeBlocks();
    }

private:
    // Open lists, outermost first, with their HTML tag.
    QList<std::pair<QTextList*, QString>> m_lists;
    bool m_inCode = false;

    void closeLists(qsizetype keep)
    {
        while (m_lists.size() > keep) {
            out += QStringLiteral("</li></") + m_lists.takeLast().second + QStringLiteral(">\n");
        }
    }
    void closeBlocks()
    {
        closeLists(0);
        if (m_inCode) {
            out += QStringLiteral("</code></pre>\n");
            m_inCode = false;
        }
    }

    void block(const QTextBlock& block)
    {
        const QTextBlockFormat format = block.blockFormat();
        const bool code = format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
        if (code) {
            closeLists(0);
            out += m_inCode ? QStringLiteral("\n") : QStringLiteral("<pre><code>");
            m_inCode = true;
            out += block.text().toHtmlEscaped();
            return;
        }
        if (m_inCode) {
            out += QStringLiteral("</code></pre>\n");
            m_inCode = false;
        }
        if (QTextList* list = block.textList()) {
            listItem(list, block);
            return;
        }
        closeLists(0);
        if (format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            out += QStringLiteral("<hr>\n");
            return;
        }
        const int level = format.headingLevel();
        const QString content = inlineHtml(block, level > 0);
        if (content.isEmpty())
            return;
        if (level > 0) {
            const QString tag = QStringLiteral("h%1").arg(std::clamp(level, 3, 6));
            out += QLatin1Char('<') + tag + QLatin1Char('>') + content + QStringLiteral("</") + tag +
                   QStringLiteral(">\n");
        } else if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            out += QStringLiteral("<blockquote><p>") + content + QStringLiteral("</p></blockquote>\n");
        } else {
            out += QStringLiteral("<p>") + content + QStringLiteral("</p>\n");
        }
    }

    void listItem(QTextList* list, const QTextBlock& block)
    {
        qsizetype depth = -1;
        for (qsizetype i = 0; i < m_lists.size(); ++i) {
            if (m_lists.at(i).first == list)
                depth = i;
        }
        if (depth >= 0) {
            closeLists(depth + 1);
            out += QStringLiteral("</li>\n<li>");
        } else {
            // A list not open yet: nested when indented deeper than the innermost open one.
            while (!m_lists.isEmpty() && m_lists.last().first->format().indent() >= list->format().indent())
                closeLists(m_lists.size() - 1);
            const QTextListFormat::Style style = list->format().style();
            const bool ordered =
                style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
                style == QTextListFormat::ListUpperRoman;
            const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
            out += QLatin1Char('<') + tag + QStringLiteral("><li>");
            m_lists.append({list, tag});
        }
        if (block.blockFormat().marker() == QTextBlockFormat::MarkerType::Checked)
            out += QStringLiteral("☑ ");
        else if (block.blockFormat().marker() == QTextBlockFormat::MarkerType::Unchecked)
            out += QStringLiteral("☐ ");
        out += inlineHtml(block);
    }

    void writeTable(QTextTable* table)
    {
        out += QStringLiteral("<table class=\"team\">\n");
        for (int r = 0; r < table->rows(); ++r) {
            const QString cellTag = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
            out += r == 0 ? QStringLiteral("<thead><tr>") : QStringLiteral("<tr>");
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QStringList parts;
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    if (!it.currentFrame())
                        parts.append(inlineHtml(it.currentBlock(), r == 0));
                }
                out += QLatin1Char('<') + cellTag + QLatin1Char('>') + parts.join(QStringLiteral("<br>")) +
                       QStringLiteral("</") + cellTag + QLatin1Char('>');
            }
            out += r == 0 ? QStringLiteral("</tr></thead>\n<tbody>\n") : QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
    }
};

} // namespace

QString TeamMarkdown::demoted(const QString& markdown, int levels)
{
    static const QRegularExpression heading(QStringLiteral("^( {0,3})(#{1,6})(?=\\s|$)"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inFence = false;
    for (QString& line : lines) {
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        const QRegularExpressionMatch m = heading.match(line);
        if (!m.hasMatch())
            continue;
        const int level = std::min<int>(6, m.capturedLength(2) + levels);
        line = m.captured(1) + QString(level, QLatin1Char('#')) + line.mid(m.capturedEnd(2));
    }
    return lines.join(QLatin1Char('\n'));
}

void TeamMarkdown::parse(const QString& markdown, QTextDocument* into)
{
    into->setMarkdown(demoted(markdown),
                      QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                      QTextDocument::MarkdownNoHTML));
    // Images become their address; links get theirs written after them, so that paper and a file that
    // links nowhere still say where to look. Last to first, so that earlier positions stay valid.
    struct Edit
    {
        int position = 0;
        int length = 0; // what it replaces: the image's character, or nothing after a link
        QString text;
    };
    QList<Edit> edits;
    for (QTextBlock block = into->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                edits.append(
                    {fragment.position(), 1, QStringLiteral("[%1]").arg(format.toImageFormat().name())});
            else if (format.isAnchor() && !format.anchorHref().isEmpty() &&
                     format.anchorHref() != fragment.text())
                edits.append({fragment.position() + fragment.length(), 0,
                              QStringLiteral(" (%1)").arg(format.anchorHref())});
        }
    }
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        QTextCursor cursor(into);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, QTextCharFormat());
    }
}

QString TeamMarkdown::toHtml(const QString& markdown)
{
    QTextDocument doc;
    parse(markdown, &doc);
    HtmlWriter writer;
    writer.frame(doc.rootFrame());
    return writer.out;
}
