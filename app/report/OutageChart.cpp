#include "report/OutageChart.h"

#include "report/PostMortemFacts.h"
#include "report/ReportTexts.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace {

constexpr qreal LegendHeight = 16;
constexpr qreal RowHeight = 14;
constexpr qreal RowGap = 5;
constexpr qreal AxisGap = 4;
constexpr qreal TickLength = 3;
constexpr qreal AxisLabelHeight = 12;
constexpr qreal FontSize = 8;
constexpr qreal AxisFontSize = 7;

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

QString elided(const QString& text, qreal width, qreal size)
{
    if (OutageChart::estimatedWidth(text, size) <= width)
        return text;
    QString cut = text;
    while (cut.size() > 1 && OutageChart::estimatedWidth(cut + QStringLiteral("…"), size) > width)
        cut.chop(1);
    return cut + QStringLiteral("…");
}

} // namespace

QString OutageChart::colorFor(const StateBand& band)
{
    if (!band.known)
        return QStringLiteral("#c9ced6");
    switch (band.state) {
    case ServiceState::Up:
        return QStringLiteral("#2e9d5b");
    case ServiceState::Degraded:
        return QStringLiteral("#e08e0b");
    case ServiceState::Down:
        return QStringLiteral("#d63636");
    case ServiceState::Paused:
        return QStringLiteral("#9aa3ad");
    case ServiceState::Unknown:
        break;
    }
    return QStringLiteral("#c9ced6");
}

qreal OutageChart::estimatedWidth(const QString& text, qreal size)
{
    // Average advance of a proportional sans-serif face: a little over half the size per character.
    return text.size() * size * 0.56;
}

QList<OutageChart::Tick> OutageChart::ticksFor(qint64 fromMs, qint64 toMs, const ReportTexts& texts)
{
    QList<Tick> ticks;
    if (toMs <= fromMs)
        return ticks;
    static constexpr std::array<qint64, 16> steps{MinuteMs,      2 * MinuteMs,  5 * MinuteMs, 10 * MinuteMs,
                                                  15 * MinuteMs, 30 * MinuteMs, HourMs,       2 * HourMs,
                                                  3 * HourMs,    6 * HourMs,    12 * HourMs,  DayMs,
                                                  2 * DayMs,     7 * DayMs,     14 * DayMs,   28 * DayMs};
    qint64 step = steps.back();
    for (qint64 candidate : steps) {
        if ((toMs - fromMs) / candidate <= 8) {
            step = candidate;
            break;
        }
    }
    // Round local times: align on the zone's offset at the start (a DST change inside a short chart moves
    // the later ticks by an hour on the clock, which the labels then show).
    const qint64 offsetMs = qint64(texts.zone().offsetFromUtc(QDateTime::fromMSecsSinceEpoch(fromMs))) * 1000;
    qint64 at = ((fromMs + offsetMs + step - 1) / step) * step - offsetMs;
    for (; at < toMs && ticks.size() < 40; at += step)
        ticks.append(Tick{at, step >= DayMs
                                  ? texts.date(QDateTime::fromMSecsSinceEpoch(at, texts.zone()).date())
                                  : texts.clock(at)});
    return ticks;
}

OutageChart OutageChart::build(const PostMortemFacts& facts, const ReportTexts& texts)
{
    OutageChart chart;
    chart.fromMs = facts.chartWindow.fromMs;
    chart.toMs = facts.chartWindow.toMs;
    chart.markFromMs = facts.window.fromMs;
    chart.markToMs = facts.open ? 0 : facts.window.toMs;
    chart.title = texts.headingChart();
    for (const PostMortemFacts::ServiceBands& service : facts.chart)
        chart.rows.append(Row{service.serviceName, service.bands});
    chart.ticks = ticksFor(chart.fromMs, chart.toMs, texts);
    const ReportVocabulary& words = texts.vocabulary();
    StateBand sample;
    for (ServiceState state : {ServiceState::Up, ServiceState::Degraded, ServiceState::Down}) {
        sample.state = state;
        chart.legend.append(LegendEntry{colorFor(sample), words.state(state)});
    }
    // Paused only when a band shows it; no data always (the margin before the first check is common).
    const bool paused = std::any_of(chart.rows.cbegin(), chart.rows.cend(), [](const Row& row) {
        return std::any_of(row.bands.cbegin(), row.bands.cend(), [](const StateBand& band) {
            return band.known && band.state == ServiceState::Paused;
        });
    });
    if (paused) {
        sample.state = ServiceState::Paused;
        chart.legend.append(LegendEntry{colorFor(sample), words.state(ServiceState::Paused)});
    }
    sample.known = false;
    chart.legend.append(LegendEntry{colorFor(sample), words.noData()});
    return chart;
}

OutageChart::Scene OutageChart::scene(qreal width) const
{
    Scene scene;
    scene.width = width;
    const qreal labelColumn = std::min<qreal>(width * 0.24, 140);
    const qreal plotLeft = labelColumn;
    const qreal plotWidth = std::max<qreal>(1, width - plotLeft - 4);
    const qint64 span = std::max<qint64>(1, toMs - fromMs);
    const auto xAt = [&](qint64 ms) {
        return plotLeft + plotWidth * qreal(std::clamp(ms, fromMs, toMs) - fromMs) / qreal(span);
    };

    qreal x = plotLeft;
    for (const LegendEntry& entry : legend) {
        scene.boxes.append(Box{QRectF(x, 3, 8, 8), entry.color});
        scene.labels.append(Label{QPointF(x + 11, 10.5), entry.label, Anchor::Start, FontSize, false});
        x += 11 + estimatedWidth(entry.label, FontSize) + 12;
    }

    const qreal top = LegendHeight;
    const qreal rowsBottom = top + rows.size() * (RowHeight + RowGap) - RowGap;
    StateBand empty;
    empty.known = false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const qreal y = top + i * (RowHeight + RowGap);
        scene.labels.append(Label{QPointF(labelColumn - 6, y + RowHeight * 0.7),
                                  elided(row.label, labelColumn - 8, FontSize), Anchor::End, FontSize,
                                  false});
        scene.boxes.append(Box{QRectF(plotLeft, y, plotWidth, RowHeight), colorFor(empty)});
        for (const StateBand& band : row.bands) {
            const qreal left = xAt(band.startMs);
            // A band narrower than a quarter point would vanish on paper; an outage must stay visible.
            const qreal w =
                std::max<qreal>(xAt(band.endMs) - left, band.state == ServiceState::Down ? 0.5 : 0);
            if (w > 0)
                scene.boxes.append(Box{QRectF(left, y, w, RowHeight), colorFor(band)});
        }
    }

    const qreal axisY = rowsBottom + AxisGap;
    scene.lines.append(Line{QLineF(plotLeft, axisY, plotLeft + plotWidth, axisY), QStringLiteral("#555555")});
    for (const Tick& tick : ticks) {
        const qreal tx = xAt(tick.atMs);
        scene.lines.append(Line{QLineF(tx, axisY, tx, axisY + TickLength), QStringLiteral("#555555")});
        scene.labels.append(Label{QPointF(tx, axisY + TickLength + AxisFontSize + 1), tick.label,
                                  Anchor::Middle, AxisFontSize, false, QStringLiteral("#444444")});
    }
    for (qint64 mark : {markFromMs, markToMs}) {
        if (mark <= 0 || mark < fromMs || mark > toMs)
            continue;
        const qreal mx = xAt(mark);
        scene.lines.append(
            Line{QLineF(mx, top - 2, mx, rowsBottom + 2), QStringLiteral("#222222"), 1.0, true});
    }
    scene.height = axisY + TickLength + AxisLabelHeight;
    return scene;
}
