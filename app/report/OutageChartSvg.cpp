#include "report/OutageChartSvg.h"

namespace {

QString number(qreal value)
{
    return QString::number(value, 'f', 2);
}

QString anchor(OutageChart::Anchor a)
{
    switch (a) {
    case OutageChart::Anchor::Start:
        return QStringLiteral("start");
    case OutageChart::Anchor::Middle:
        return QStringLiteral("middle");
    case OutageChart::Anchor::End:
        return QStringLiteral("end");
    }
    return QStringLiteral("start");
}

} // namespace

QString OutageChartSvg::render(const OutageChart& chart, qreal width)
{
    const OutageChart::Scene scene = chart.scene(width);
    QString svg;
    svg.reserve(4096 + 160 * (scene.boxes.size() + scene.labels.size()));
    // Inline in HTML5, the SVG needs no namespace declaration: the file then names no outside address at all.
    // Its size comes from the page's CSS (full width, proportional height through the viewBox).
    svg += QStringLiteral("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ") + number(scene.width) +
           QLatin1Char(' ') + number(scene.height) +
           QStringLiteral("\" style=\"font-family: sans-serif\"><title>") + chart.title.toHtmlEscaped() +
           QStringLiteral("</title>\n");
    for (const OutageChart::Box& box : scene.boxes)
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                   .arg(number(box.rect.x()), number(box.rect.y()), number(box.rect.width()),
                        number(box.rect.height()), box.fill);
    for (const OutageChart::Line& line : scene.lines)
        svg += QStringLiteral(
                   "<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"%7/>\n")
                   .arg(number(line.line.x1()), number(line.line.y1()), number(line.line.x2()),
                        number(line.line.y2()), line.color, number(line.width),
                        line.dashed ? QStringLiteral(" stroke-dasharray=\"3 2\"") : QString());
    for (const OutageChart::Label& label : scene.labels)
        svg += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" fill=\"%5\"%6>%7</text>\n")
                   .arg(number(label.at.x()), number(label.at.y()), number(label.size), anchor(label.anchor),
                        label.color, label.bold ? QStringLiteral(" font-weight=\"bold\"") : QString(),
                        label.text.toHtmlEscaped());
    svg += QStringLiteral("</svg>");
    return svg;
}
