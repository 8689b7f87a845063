#pragma once

#include "config/ServiceDefinition.h"
#include "monitor/CheckResult.h"
#include "monitor/ServiceState.h"
#include "monitor/StateChange.h"
#include "store/ServiceHistory.h"

#include <QList>
#include <QWidget>

class Clock;
class LatencyChart;
class QAbstractButton;
class QButtonGroup;
class QLabel;
class QTableView;
class StateChangeListModel;

// Everything about the selected service: who it is, how it is, its response time and its outage timeline.
// It asks for history through historyRequested; whoever owns the store answers with showHistory.
class ServiceDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDetailPane)

public:
    enum class Range
    {
        LastHour,
        LastDay,
        LastWeek
    };

    explicit ServiceDetailPane(const Clock& clock, QWidget* parent = nullptr);

    // Shows a service and requests its history for the current range.
    void showService(const ServiceDefinition& service, ServiceState state, qint64 sinceMs,
                     const QString& reason);
    // Back to "select a service".
    void clearService();
    qint64 serviceId() const { return m_service.id; }

    void setRange(Range range); // requests history when a service is shown
    // Shows a fixed period (a band clicked on the timeline) instead of a range ending now; the range buttons
    // return to a range ending now.
    // `outageStartMs` > 0 when the period is an outage (a DOWN or DEGRADED band): the pane then offers to
    // declare an incident from it.
    void showPeriod(qint64 fromMs, qint64 toMs, qint64 outageStartMs = 0);
    Range range() const { return m_range; }
    static qint64 spanMs(Range range);

    StateChangeListModel* stateChangeModel() const { return m_changes; }
    LatencyChart* latencyChart() const { return m_chart; }
    QAbstractButton* rangeButton(Range range) const;

public Q_SLOTS:
    // Ignored unless it is the shown service's history.
    void showHistory(const ServiceHistory& history);
    void applyResults(const QList<CheckResult>& results);
    void applyStateChange(const StateChange& change);
    void refreshSince();

Q_SIGNALS:
    void historyRequested(qint64 serviceId, qint64 fromMs, qint64 toMs);
    // "Declare an incident" for the shown service, starting at the outage shown or the current one.
    void declareRequested(qint64 serviceId, qint64 startedAtMs);

private:
    QWidget* buildHeader();
    QWidget* buildRangeBar();
    void requestHistory();
    void updateStateLabels();
    void updateDeclareButton();

    const Clock& m_clock;
    ServiceDefinition m_service;
    ServiceState m_state = ServiceState::Unknown;
    qint64 m_sinceMs = 0;
    QString m_reason;
    Range m_range = Range::LastHour; // during an incident the last hour matters most
    qint64 m_periodFromMs = 0;       // a fixed period when m_periodToMs > 0
    qint64 m_periodToMs = 0;
    qint64 m_outageStartMs = 0; // the outage shown by showPeriod, 0 when none
    QAbstractButton* m_declareButton = nullptr;

    StateChangeListModel* m_changes;
    QWidget* m_placeholder;
    QWidget* m_content;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    QLabel* m_stateIcon = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_sinceLabel = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_lastCheckLabel = nullptr;
    QButtonGroup* m_rangeGroup = nullptr;
    LatencyChart* m_chart;
    QTableView* m_changeTable;
};
