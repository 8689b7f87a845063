#include "report/PdfExporter.h"

#include "report/ChartTextObject.h"
#include "report/ReportTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace {

constexpr qreal MmPerInch = 25.4;
// Page margins around the body, in millimetres; the header and footer sit inside the top and bottom ones.
constexpr qreal MarginSideMm = 18;
constexpr qreal MarginTopMm = 22;
constexpr qreal MarginBottomMm = 22;
constexpr qreal RunningTextGapMm = 8; // from the body to the header's baseline and to the footer's

qreal mm(qreal millimetres)
{
    return millimetres / MmPerInch * PdfExporter::Resolution;
}

void drawRunningTexts(QPainter& painter, const QRectF& page, const QRectF& body, const QString& left,
                      const QString& right, const QString& footer, bool header)
{
    QFont font(QStringLiteral("sans-serif"));
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QFontMetricsF metrics(font, painter.device());
    if (header) {
        const qreal y = body.top() - mm(RunningTextGapMm);
        painter.drawText(QPointF(body.left(), y), left);
        const qreal leftWidth = metrics.horizontalAdvance(left) + mm(8);
        const QString title = metrics.elidedText(right, Qt::ElideRight, body.width() - leftWidth);
        painter.drawText(QPointF(body.right() - metrics.horizontalAdvance(title), y), title);
        painter.setPen(QPen(QColor(0xc9, 0xce, 0xd6), mm(0.2)));
        painter.drawLine(QPointF(body.left(), y + mm(1.8)), QPointF(body.right(), y + mm(1.8)));
        painter.setPen(QColor(0x66, 0x66, 0x66));
    }
    const qreal fy = std::min(page.bottom() - mm(8), body.bottom() + mm(RunningTextGapMm) + metrics.ascent());
    painter.drawText(QPointF(body.center().x() - metrics.horizontalAdvance(footer) / 2, fy), footer);
}

} // namespace

bool PdfExporter::write(const PostMortemDocument& document, QIODevice* device)
{
    m_pages = 0;
    if (!device || !device->isWritable()) {
        m_error = tr("The PDF report has nowhere to go: the file is not open for writing.");
        return false;
    }
    QPdfWriter writer(device);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(document.options().paper == ReportOptions::Paper::Letter ? QPageSize::Letter
                                                                                          : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Vigie"));

    const QRectF page = writer.pageLayout().fullRectPixels(Resolution);
    const QRectF body(mm(MarginSideMm), mm(MarginTopMm), page.width() - 2 * mm(MarginSideMm),
                      page.height() - mm(MarginTopMm) - mm(MarginBottomMm));

    // The content is built in a document of its own, with no layout, then put into the PDF's document in one
    // insertion: laid out once, for the PDF's resolution and pages. Built in place, each of the thousands of
    // table cells going in made the layout redo the whole table.
    QFont font(QStringLiteral("sans-serif"));
    font.setPointSizeF(10);
    QTextDocument text;
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    text.documentLayout()->setPaintDevice(&writer);
    text.setPageSize(body.size());
    QTextDocument content;
    content.setDefaultFont(font);
    content.setDocumentMargin(0);
    QObject* chart = ReportTextDocument::build(document, &content, body.width(), 72.0 / Resolution);
    chart->setParent(&text);
    text.documentLayout()->registerHandler(ChartTextObject::Type, chart);
    // An inserted fragment's first block takes the format of the block it lands in: give it its own.
    QTextCursor cursor(&text);
    cursor.setBlockFormat(content.begin().blockFormat());
    cursor.insertFragment(QTextDocumentFragment(&content));
    m_pages = text.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        m_error = tr("Could not start the PDF report: %1").arg(device->errorString());
        return false;
    }
    const ReportTexts& texts = document.texts();
    for (int i = 0; i < m_pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        // A little inside the page: a block on the next page whose top margin reaches back into this one
        // would otherwise be drawn here too, clipped out of sight but still in the PDF's text.
        context.clip = QRectF(0, i * body.height() + mm(1.5), body.width(), body.height() - mm(3));
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(QRectF(0, i * body.height(), body.width(), body.height()));
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        drawRunningTexts(painter, page, body, document.headerText, document.title,
                         texts.pageOf(i + 1, m_pages), i > 0);
    }
    if (!painter.end()) {
        m_error = tr("Could not finish the PDF report: %1").arg(device->errorString());
        return false;
    }
    m_error.clear();
    return true;
}
