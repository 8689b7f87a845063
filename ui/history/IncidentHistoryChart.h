#pragma once

#include <QWidget>

class IncidentHistory;

// Qt Charts is deprecated from Qt 6.10 in favour of Qt Graphs: like LatencyChart, this widget keeps it to one
// file. Forward declarations only; the .cpp includes <QtCharts>.
QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

// The incident history drawn: one stacked bar per month, a band per severity (SEV1 at the bottom, in the
// severity colours of the rest of the cockpit), and on a second axis the median time to detect and to resolve
// as lines with their points, in minutes or hours whichever reads better. A month without a median has no
// point: the line joins its neighbours rather than dropping to zero.
class IncidentHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentHistoryChart)

public:
    explicit IncidentHistoryChart(QWidget* parent = nullptr);
    ~IncidentHistoryChart() override;

    void setHistory(const IncidentHistory& history);

    // What is drawn, for tests and diagnostics.
    QChart* chart() const;
    QStackedBarSeries* bars() const { return m_bars; }
    QLineSeries* medianDetectLine() const { return m_detect; }
    QLineSeries* medianResolveLine() const { return m_resolve; }
    QBarCategoryAxis* monthAxis() const { return m_months; }
    QValueAxis* timeAxis() const { return m_time; }

private:
    QChartView* m_view;
    QStackedBarSeries* m_bars;
    QLineSeries* m_detect;
    QLineSeries* m_resolve;
    QBarCategoryAxis* m_months;
    QValueAxis* m_counts;
    QValueAxis* m_time;
};
