#pragma once

#include "report/OutageChart.h"

#include <QObject>
#include <QTextObjectInterface>

// The outage chart as an object inside a QTextDocument: the layout keeps room for it like an image, and
// when the document is drawn (onto a QPdfWriter) the chart is painted there with QPainter, so it stays
// vector graphics with real text instead of a picture at some resolution.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    static constexpr int WidthProperty = QTextFormat::UserProperty + 1;  // layout units
    static constexpr int HeightProperty = QTextFormat::UserProperty + 2; // layout units

    // `pointsPerUnit`: how many points one layout unit is (72 / the paint device's resolution).
    ChartTextObject(const OutageChart& chart, qreal pointsPerUnit, QObject* parent = nullptr);

    // The character format that stands for the chart, `width` layout units wide.
    QTextCharFormat format(qreal width) const;

    QSizeF intrinsicSize(QTextDocument* doc, int positionInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int positionInDocument,
                    const QTextFormat& format) override;

private:
    OutageChart m_chart;
    qreal m_pointsPerUnit;
};
