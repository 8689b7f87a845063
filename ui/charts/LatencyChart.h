#pragma once

#include "store/ServiceHistory.h"

#include <QList>
#include <QWidget>

// Qt Charts is deprecated from Qt 6.10 in favour of Qt Graphs: this widget and IncidentHistoryChart are the
// only places in Vigie that touch it, so that the move is two files. Forward declarations only; the .cpp
// includes <QtCharts>.
QT_BEGIN_NAMESPACE
class QChart;
class QLabel;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

// Response time of one service over a period: min, average and p95 per minute, minutes with failures as red
// points, the raw results of a short period as small points, and the live results of the shown service. Never
// hands the chart more points than it has pixel columns.
class LatencyChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyChart)

public:
    explicit LatencyChart(QWidget* parent = nullptr);
    ~LatencyChart() override;

    // Replaces the period and what is drawn for it; rawResults (any order) are drawn as points, at most one
    // per pixel column, a failed one winning its column.
    void setRollups(const QList<RollupPoint>& rollups, qint64 fromMs, qint64 toMs,
                    const QList<CheckResult>& rawResults = {});
    // One live result of the shown service; kept in a bounded ring, newest last.
    void appendLivePoint(qint64 atMs, double latencyMs, bool ok);
    void clear();

    static constexpr int kLiveCapacity = 720;

    // What the chart currently holds; for tests and diagnostics.
    int minPointCount() const;
    int avgPointCount() const;
    int p95PointCount() const;
    int failurePointCount() const;
    int livePointCount() const;
    // Raw result points drawn (ok and failed together).
    int rawPointCount() const;
    int liveRingSize() const { return static_cast<int>(m_live.size()); }
    bool showsNoDataMessage() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct LivePoint
    {
        qint64 atMs = 0;
        double latencyMs = 0;
        bool ok = true;
    };
    struct RawPoints
    {
        QList<QPointF> ok;
        QList<QPointF> failed;
    };

    void rebuild();
    void updateAxes(qint64 fromMs, qint64 toMs, double yMax);
    int pixelColumns() const;
    RawPoints decimatedRawPoints(double from, double to, int columns, double failedY) const;

    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_min;
    QLineSeries* m_avg;
    QLineSeries* m_p95;
    QLineSeries* m_liveSeries;
    QScatterSeries* m_failures;
    QScatterSeries* m_rawOk;
    QScatterSeries* m_rawFailed;
    QDateTimeAxis* m_axisX;
    QValueAxis* m_axisY;
    QLabel* m_emptyLabel;

    QList<RollupPoint> m_rollups; // sorted by minute
    QList<LivePoint> m_live;      // bounded ring, oldest first
    QList<LivePoint> m_raw;       // sorted by time
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_builtColumns = 0;
};
