#include "report/OutageChartPainter.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

void OutageChartPainter::paint(const OutageChart& chart, QPainter* painter, const QRectF& target,
                               qreal widthPoints)
{
    const OutageChart::Scene scene = chart.scene(widthPoints);
    if (scene.width <= 0 || scene.height <= 0)
        return;
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / scene.width, target.height() / scene.height);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    for (const OutageChart::Box& box : scene.boxes) {
        painter->setBrush(QColor::fromString(box.fill));
        painter->drawRect(box.rect);
    }
    painter->setBrush(Qt::NoBrush);
    for (const OutageChart::Line& line : scene.lines) {
        QPen pen(QColor::fromString(line.color), line.width);
        if (line.dashed)
            pen.setDashPattern({3 / line.width, 2 / line.width});
        painter->setPen(pen);
        painter->drawLine(line.line);
    }
    // Sizes in scene points: the font's pixel size is set in the painter's (scaled) units.
    QFont font(QStringLiteral("sans-serif"));
    for (const OutageChart::Label& label : scene.labels) {
        font.setPixelSize(qMax(1, qRound(label.size)));
        font.setBold(label.bold);
        painter->setFont(font);
        painter->setPen(QColor::fromString(label.color));
        const qreal w = QFontMetricsF(font, painter->device()).horizontalAdvance(label.text);
        QPointF at = label.at;
        if (label.anchor == OutageChart::Anchor::Middle)
            at.rx() -= w / 2;
        else if (label.anchor == OutageChart::Anchor::End)
            at.rx() -= w;
        painter->drawText(at, label.text);
    }
    painter->restore();
}
