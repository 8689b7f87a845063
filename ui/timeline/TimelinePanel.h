#pragma once

#include "timeline/StateBand.h"
#include "timeline/TimelineRange.h"
#include "timeline/UptimeRow.h"

#include <QHash>
#include <QWidget>

#include <functional>

class Clock;
class QAbstractButton;
class QButtonGroup;
class QDateTimeEdit;
class QIODevice;
class QSettings;
class QSortFilterProxyModel;
class CorrelationListModel;
class QTabWidget;
class QTableView;
class QToolButton;
class QWidget;
class TimelineModel;
class TimelineView;
class UptimeTableModel;

// The outage timeline tab: range presets and a custom range, the compact 90-day toggle, exports, the timeline
// itself above the sortable uptime table. Talks to the store only through signals the owner wires.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    explicit TimelinePanel(const Clock& clock, QWidget* parent = nullptr);

    TimelineModel* timelineModel() const { return m_model; }
    UptimeTableModel* uptimeModel() const { return m_uptime; }
    TimelineView* view() const { return m_view; }
    QTableView* uptimeTable() const { return m_table; }
    CorrelationListModel* correlationModel() const { return m_correlations; }
    QTableView* correlationTable() const { return m_correlationTable; }
    // Brings "what else changed around this time" to the front of the bottom half.
    void showCorrelations();
    QAbstractButton* presetButton(TimelineRange::Preset preset) const;
    QToolButton* compactButton() const { return m_compact; }

    // Bands for every service over [fromMs, toMs), as answered for a timelineRequested.
    void setTimeline(const QHash<qint64, QList<StateBand>>& bands, qint64 fromMs, qint64 toMs);
    void setUptimeRows(const QList<UptimeRow>& rows);

    void saveSettings(QSettings& settings) const;
    void restoreSettings(QSettings& settings);

Q_SIGNALS:
    void timelineRequested(qint64 fromMs, qint64 toMs);
    void bandActivated(qint64 serviceId, const StateBand& band);
    void rangeChanged(const TimelineRange& range);

private:
    QWidget* buildToolBar();
    void onPresetClicked(int id);
    void onRangeChanged(const TimelineRange& range);
    void applyCustomRange();
    void exportPng();
    void exportSvg();
    void exportCsv();
    QString askFile(const QString& title, const QString& filter, const QString& suffix);
    void reportError(const QString& message);
    void saveTo(const QString& path, const std::function<bool(QIODevice*, QString*)>& write);

    const Clock& m_clock;
    TimelineModel* m_model;
    UptimeTableModel* m_uptime;
    QSortFilterProxyModel* m_sorted;
    TimelineView* m_view;
    QTableView* m_table;
    CorrelationListModel* m_correlations;
    QTableView* m_correlationTable;
    QTabWidget* m_bottomTabs;
    QButtonGroup* m_presets;
    QWidget* m_customBox;
    QDateTimeEdit* m_customFrom;
    QDateTimeEdit* m_customTo;
    QToolButton* m_compact;
};
