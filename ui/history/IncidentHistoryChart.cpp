#include "history/IncidentHistoryChart.h"

#include "history/IncidentHistory.h"
#include "incident/IncidentStyle.h"

#include <QLocale>
#include <QtCharts>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

// Colours apart from the severities', so that a line never reads as a band.
const QColor kDetectColor(0x1f, 0x6f, 0xb2);
const QColor kResolveColor(0x6a, 0x3d, 0x9a);

QLineSeries* makeLine(const QString& name, const QColor& color, QObject* parent)
{
    auto* line = new QLineSeries(parent);
    line->setName(name);
    QPen pen(color);
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setColor(color);
    line->setPointsVisible(true);
    return line;
}

} // namespace

IncidentHistoryChart::IncidentHistoryChart(QWidget* parent)
    : QWidget(parent), m_view(new QChartView(this)), m_bars(new QStackedBarSeries(this)),
      m_detect(makeLine(tr("Median time to detect"), kDetectColor, this)),
      m_resolve(makeLine(tr("Median time to resolve"), kResolveColor, this)),
      m_months(new QBarCategoryAxis(this)), m_counts(new QValueAxis(this)), m_time(new QValueAxis(this))
{
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("incidentHistoryChartView"));

    for (const Severity severity : allSeverities()) {
        auto* set = new QBarSet(severityLabel(severity));
        set->setColor(IncidentStyle::severityColor(severity));
        set->setBorderColor(IncidentStyle::severityColor(severity).darker(120));
        m_bars->append(set);
    }
    chart->addSeries(m_bars);
    chart->addSeries(m_detect);
    chart->addSeries(m_resolve);
    m_counts->setTitleText(tr("Incidents"));
    m_counts->setLabelFormat(QStringLiteral("%d"));
    m_counts->setTickType(QValueAxis::TicksDynamic);
    m_counts->setTickAnchor(0);
    m_time->setTitleText(tr("Median time (min)"));
    chart->addAxis(m_months, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    chart->addAxis(m_time, Qt::AlignRight);
    m_bars->attachAxis(m_months);
    m_bars->attachAxis(m_counts);
    // The lines share the month axis: category i sits at x = i, in the middle of its bar.
    for (QLineSeries* line : {m_detect, m_resolve}) {
        line->attachAxis(m_months);
        line->attachAxis(m_time);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(220);
}

IncidentHistoryChart::~IncidentHistoryChart() = default;

QChart* IncidentHistoryChart::chart() const
{
    return m_view->chart();
}

void IncidentHistoryChart::setHistory(const IncidentHistory& history)
{
    const QList<IncidentHistory::Period>& months = history.months();
    QStringList categories;
    const QLocale locale;
    for (const IncidentHistory::Period& month : months)
        categories.append(locale.toString(month.month, QStringLiteral("MMM yy")));
    // Replacing the categories in place keeps the axis attached to its series.
    m_months->clear();
    m_months->append(categories);
    m_months->setLabelsAngle(months.size() > 12 ? -90 : 0);

    // The sets live as long as the chart and only change values, so that the legend keeps SEV1 to SEV4 first.
    const QList<QBarSet*> sets = m_bars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QList<qreal> counts;
        for (const IncidentHistory::Period& month : months)
            counts.append(month.count(allSeverities().at(i)));
        sets.at(i)->remove(0, sets.at(i)->count());
        sets.at(i)->append(counts);
    }
    int highest = 0;
    for (const IncidentHistory::Period& month : months)
        highest = std::max(highest, month.total);
    // Whole incidents on the axis, about six ticks, never fewer than one incident of headroom.
    const int step = std::max(1, int(std::ceil(highest / 6.0)));
    const int top = std::max(step, int(std::ceil(double(std::max(highest, 1)) / step)) * step);
    m_counts->setRange(0, top);
    m_counts->setTickInterval(step);

    qint64 longest = 0;
    for (const IncidentHistory::Period& month : months) {
        if (month.detect.hasData())
            longest = std::max(longest, month.detect.medianMs);
        if (month.resolve.hasData())
            longest = std::max(longest, month.resolve.medianMs);
    }
    // Minutes read best up to three hours; past that, hours with a decimal.
    const bool inHours = longest > 3 * kHourMs;
    const double unit = inHours ? double(kHourMs) : double(kMinuteMs);
    m_time->setTitleText(inHours ? tr("Median time (h)") : tr("Median time (min)"));
    m_time->setLabelFormat(inHours ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    QList<QPointF> detect;
    QList<QPointF> resolve;
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i).detect.hasData())
            detect.append(QPointF(i, double(months.at(i).detect.medianMs) / unit));
        if (months.at(i).resolve.hasData())
            resolve.append(QPointF(i, double(months.at(i).resolve.medianMs) / unit));
    }
    m_detect->replace(detect);
    m_resolve->replace(resolve);
    // At least ten minutes high, so that an empty or tiny chart still has whole-minute ticks.
    m_time->setRange(0, std::max(inHours ? 3.0 : 10.0, double(longest) / unit * 1.1));
    m_time->applyNiceNumbers();
}
