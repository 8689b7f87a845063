#include "report/ChartTextObject.h"

#include "report/OutageChartPainter.h"

ChartTextObject::ChartTextObject(const OutageChart& chart, qreal pointsPerUnit, QObject* parent)
    : QObject(parent), m_chart(chart), m_pointsPerUnit(pointsPerUnit)
{}

QTextCharFormat ChartTextObject::format(qreal width) const
{
    const qreal widthPt = width * m_pointsPerUnit;
    const OutageChart::Scene scene = m_chart.scene(widthPt);
    QTextCharFormat f;
    f.setObjectType(Type);
    f.setProperty(WidthProperty, width);
    f.setProperty(HeightProperty, scene.width > 0 ? width * scene.height / scene.width : 0);
    return f;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return QSizeF(format.doubleProperty(WidthProperty), format.doubleProperty(HeightProperty));
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat&)
{
    OutageChartPainter::paint(m_chart, painter, rect, rect.width() * m_pointsPerUnit);
}
