#pragma once

#include "timeline/StateBand.h"

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QtGlobal>

class PostMortemFacts;
class ReportTexts;

// The outage timeline of a post-mortem: one band per affected service over the incident's window (with a
// margin), coloured UP / DEGRADED / DOWN / no data, the incident's start and end as dashed lines and a time
// axis in the report's zone. The chart is laid out once here, as boxes, lines and labels in points
// (1/72 inch); OutageChartSvg writes them as SVG for HTML and OutageChartPainter draws them with QPainter
// for the PDF, so that both show the same picture as vector graphics.
class OutageChart
{
public:
    struct Row
    {
        QString label;
        QList<StateBand> bands;
    };
    struct Tick
    {
        qint64 atMs = 0;
        QString label;
    };
    struct LegendEntry
    {
        QString color;
        QString label;
    };

    enum class Anchor
    {
        Start,
        Middle,
        End,
    };
    struct Box
    {
        QRectF rect;
        QString fill; // "#rrggbb"
    };
    struct Line
    {
        QLineF line;
        QString color;
        qreal width = 0.75;
        bool dashed = false;
    };
    struct Label
    {
        QPointF at; // the baseline's anchor point
        QString text;
        Anchor anchor = Anchor::Start;
        qreal size = 8; // points
        bool bold = false;
        QString color = QStringLiteral("#222222");
    };
    struct Scene
    {
        qreal width = 0;
        qreal height = 0;
        QList<Box> boxes;
        QList<Line> lines;
        QList<Label> labels;
    };

    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 markFromMs = 0; // the incident's window
    qint64 markToMs = 0;
    QString title;
    QList<Row> rows;
    QList<Tick> ticks;
    QList<LegendEntry> legend;

    bool isEmpty() const { return rows.isEmpty() || toMs <= fromMs; }
    static OutageChart build(const PostMortemFacts& facts, const ReportTexts& texts);
    // The chart laid out `width` points wide.
    Scene scene(qreal width) const;

    static QString colorFor(const StateBand& band);
    // About six to eight ticks on round local times ("14:00", "14:15") across [fromMs, toMs).
    static QList<Tick> ticksFor(qint64 fromMs, qint64 toMs, const ReportTexts& texts);
    // A rough width of `text` at `size` points, for laying out without a font (the SVG has none).
    static qreal estimatedWidth(const QString& text, qreal size);
};
