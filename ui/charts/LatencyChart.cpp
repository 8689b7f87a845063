#include "charts/LatencyChart.h"

#include "charts/LatencyDecimator.h"
#include "monitor/ServiceState.h"
#include "style/StateStyle.h"

#include <QtCharts>

#include <QLabel>
#include <QResizeEvent>
#include <QStackedLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

// A round axis maximum (1, 2, 5 × 10^n) above the data so that labels read cleanly.
double niceCeiling(double value)
{
    if (value <= 0)
        return 100;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_min(new QLineSeries),
      m_avg(new QLineSeries), m_p95(new QLineSeries), m_liveSeries(new QLineSeries),
      m_failures(new QScatterSeries), m_rawOk(new QScatterSeries), m_rawFailed(new QScatterSeries),
      m_axisX(new QDateTimeAxis), m_axisY(new QValueAxis), m_emptyLabel(new QLabel(this))
{
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_min->setName(tr("Minimum"));
    m_min->setPen(QPen(QColor(0x5a, 0x9b, 0x5a), 1.0));
    m_avg->setName(tr("Average"));
    m_avg->setPen(QPen(QColor(0x2b, 0x6c, 0xb0), 2.0));
    m_p95->setName(tr("95th percentile"));
    m_p95->setPen(QPen(QColor(0xe0, 0x8e, 0x0b, 200), 1.5, Qt::DashLine));
    m_liveSeries->setName(tr("Live"));
    m_liveSeries->setPen(QPen(QColor(0x2e, 0x9d, 0x9d), 1.5));
    m_failures->setName(tr("Failures"));
    m_failures->setColor(StateStyle::colorFor(ServiceState::Down));
    m_failures->setBorderColor(StateStyle::colorFor(ServiceState::Down).darker(120));
    m_failures->setMarkerSize(7);
    m_failures->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_rawOk->setName(tr("Results"));
    m_rawOk->setColor(QColor(0x70, 0x70, 0x78, 160));
    m_rawOk->setBorderColor(Qt::transparent);
    m_rawOk->setMarkerSize(4);
    m_rawFailed->setName(tr("Failed results"));
    m_rawFailed->setColor(StateStyle::colorFor(ServiceState::Down));
    m_rawFailed->setBorderColor(Qt::transparent);
    m_rawFailed->setMarkerSize(4);

    m_axisX->setTitleText(QString());
    m_axisX->setTickCount(7);
    m_axisY->setTitleText(tr("ms"));
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setMin(0);
    // The label area is sized on the first layout: never cut "0.8" to "0" when the scale later changes.
    m_axisY->setTruncateLabels(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    // Raw points first, so that the lines stay readable on top of them.
    for (QXYSeries* series :
         {static_cast<QXYSeries*>(m_rawOk), static_cast<QXYSeries*>(m_rawFailed),
          static_cast<QXYSeries*>(m_p95), static_cast<QXYSeries*>(m_min), static_cast<QXYSeries*>(m_avg),
          static_cast<QXYSeries*>(m_liveSeries), static_cast<QXYSeries*>(m_failures)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_emptyLabel->setText(tr("No results in this period"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    // The label floats over the chart: a chart title would shift the plot area when it comes and goes.
    auto* layout = new QStackedLayout(this);
    layout->setStackingMode(QStackedLayout::StackAll);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view);
    m_emptyLabel->raise();
    setMinimumHeight(180);
    rebuild();
}

LatencyChart::~LatencyChart() = default;

void LatencyChart::setRollups(const QList<RollupPoint>& rollups, qint64 fromMs, qint64 toMs,
                              const QList<CheckResult>& rawResults)
{
    m_rollups = rollups;
    std::stable_sort(m_rollups.begin(), m_rollups.end(),
                     [](const RollupPoint& a, const RollupPoint& b) { return a.minuteMs < b.minuteMs; });
    m_raw.clear();
    m_raw.reserve(rawResults.size());
    for (const CheckResult& r : rawResults)
        m_raw.append(LivePoint{r.startedAtMs, r.totalUs / 1000.0, r.outcome != CheckResult::Outcome::Down});
    std::stable_sort(m_raw.begin(), m_raw.end(),
                     [](const LivePoint& a, const LivePoint& b) { return a.atMs < b.atMs; });
    m_fromMs = fromMs;
    m_toMs = qMax(fromMs + kMinuteMs, toMs);
    // Live points older than the new period would stretch the axis backwards.
    m_live.erase(std::remove_if(m_live.begin(), m_live.end(),
                                [fromMs](const LivePoint& p) { return p.atMs < fromMs; }),
                 m_live.end());
    rebuild();
}

void LatencyChart::appendLivePoint(qint64 atMs, double latencyMs, bool ok)
{
    m_live.append(LivePoint{atMs, latencyMs, ok});
    while (m_live.size() > kLiveCapacity)
        m_live.removeFirst();
    rebuild();
}

void LatencyChart::clear()
{
    m_rollups.clear();
    m_raw.clear();
    m_live.clear();
    m_fromMs = 0;
    m_toMs = 0;
    rebuild();
}

int LatencyChart::minPointCount() const
{
    return static_cast<int>(m_min->count());
}

int LatencyChart::avgPointCount() const
{
    return static_cast<int>(m_avg->count());
}

int LatencyChart::p95PointCount() const
{
    return static_cast<int>(m_p95->count());
}

int LatencyChart::failurePointCount() const
{
    return static_cast<int>(m_failures->count());
}

int LatencyChart::livePointCount() const
{
    return static_cast<int>(m_liveSeries->count());
}

int LatencyChart::rawPointCount() const
{
    return static_cast<int>(m_rawOk->count() + m_rawFailed->count());
}

bool LatencyChart::showsNoDataMessage() const
{
    return !m_emptyLabel->isHidden();
}

void LatencyChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (pixelColumns() != m_builtColumns)
        rebuild();
}

int LatencyChart::pixelColumns() const
{
    // The plot area is narrower than the widget, so the widget width is a safe upper bound.
    return qMax(1, width());
}

void LatencyChart::rebuild()
{
    const int columns = pixelColumns();
    m_builtColumns = columns;

    qint64 fromMs = m_fromMs;
    qint64 toMs = m_toMs;
    if (!m_live.isEmpty()) {
        if (fromMs == 0 && toMs == 0)
            fromMs = m_live.constFirst().atMs;
        toMs = qMax(toMs, m_live.constLast().atMs);
        fromMs = qMin(fromMs, m_live.constFirst().atMs);
    }
    if (toMs <= fromMs)
        toMs = fromMs + kMinuteMs;

    QList<QPointF> min;
    QList<QPointF> avg;
    QList<QPointF> p95;
    QList<QPointF> failures;
    min.reserve(m_rollups.size());
    avg.reserve(m_rollups.size());
    p95.reserve(m_rollups.size());
    double maxLatency = 0;
    for (const RollupPoint& r : std::as_const(m_rollups)) {
        const auto x = static_cast<double>(r.minuteMs);
        if (r.count > r.failures) {
            min.append(QPointF(x, r.minMs));
            avg.append(QPointF(x, r.avgMs));
            p95.append(QPointF(x, r.p95Ms));
            maxLatency = qMax(maxLatency, r.p95Ms);
        }
        if (r.failures > 0)
            failures.append(QPointF(x, r.count > r.failures ? r.avgMs : 0.0));
    }
    QList<QPointF> live;
    live.reserve(m_live.size());
    for (const LivePoint& p : std::as_const(m_live)) {
        const auto x = static_cast<double>(p.atMs);
        if (p.ok) {
            live.append(QPointF(x, p.latencyMs));
            maxLatency = qMax(maxLatency, p.latencyMs);
        } else {
            failures.append(QPointF(x, 0.0));
        }
    }
    for (const LivePoint& p : std::as_const(m_raw)) {
        if (p.ok)
            maxLatency = qMax(maxLatency, p.latencyMs);
    }
    std::stable_sort(failures.begin(), failures.end(),
                     [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    // Failures without a latency sit just above the axis, where a marker is not clipped in half.
    const double yMax = niceCeiling(maxLatency * 1.1);
    for (QPointF& p : failures) {
        if (p.y() <= 0)
            p.setY(yMax * 0.03);
    }

    const auto from = static_cast<double>(fromMs);
    const auto to = static_cast<double>(toMs);
    m_min->replace(LatencyDecimator::minMaxPerColumn(min, from, to, columns));
    m_avg->replace(LatencyDecimator::minMaxPerColumn(avg, from, to, columns));
    m_p95->replace(LatencyDecimator::minMaxPerColumn(p95, from, to, columns));
    m_liveSeries->replace(LatencyDecimator::minMaxPerColumn(live, from, to, columns));
    m_failures->replace(LatencyDecimator::maxPerColumn(failures, from, to, columns));
    const RawPoints raw = decimatedRawPoints(from, to, columns, yMax * 0.03);
    m_rawOk->replace(raw.ok);
    m_rawFailed->replace(raw.failed);

    const bool empty = avg.isEmpty() && live.isEmpty() && failures.isEmpty() && m_raw.isEmpty();
    m_emptyLabel->setVisible(empty);
    updateAxes(fromMs, toMs, yMax);
}

LatencyChart::RawPoints LatencyChart::decimatedRawPoints(double from, double to, int columns,
                                                         double failedY) const
{
    QList<QPointF> ok;
    QList<QPointF> failed;
    for (const LivePoint& p : std::as_const(m_raw)) {
        // A failed check's time is a timeout, not a response time: it sits just above the axis.
        if (p.ok)
            ok.append(QPointF(static_cast<double>(p.atMs), p.latencyMs));
        else
            failed.append(QPointF(static_cast<double>(p.atMs), failedY));
    }
    RawPoints out;
    out.failed = LatencyDecimator::maxPerColumn(failed, from, to, columns);
    // One point per column in all: a failure hides the ok results of its column.
    QList<bool> taken(columns, false);
    for (const QPointF& p : std::as_const(out.failed))
        taken[LatencyDecimator::columnOf(p.x(), from, to, columns)] = true;
    for (const QPointF& p : LatencyDecimator::maxPerColumn(ok, from, to, columns)) {
        if (!taken[LatencyDecimator::columnOf(p.x(), from, to, columns)])
            out.ok.append(p);
    }
    return out;
}

void LatencyChart::updateAxes(qint64 fromMs, qint64 toMs, double yMax)
{
    // QDateTimeAxis shows local time: stored instants are UTC ms and fromMSecsSinceEpoch converts.
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    const qint64 span = toMs - fromMs;
    if (span <= kDayMs + kDayMs / 12)
        m_axisX->setFormat(QStringLiteral("HH:mm"));
    else
        m_axisX->setFormat(QStringLiteral("ddd HH:mm"));
    // Loopback and LAN services answer in well under a millisecond: whole numbers would label every tick 0
    // or 1. The format is set before the range so that the range change lays the wider labels out.
    m_axisY->setLabelFormat(yMax < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_axisY->setRange(0, yMax);
}
