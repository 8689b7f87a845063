#pragma once

#include "history/IncidentHistory.h"

#include <QFutureWatcher>
#include <QTimeZone>
#include <QWidget>

class IncidentDesk;
class IncidentHistoryChart;
class IncidentHistoryModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

// Incidents across months, for the review meeting rather than the incident itself: a range of months, the
// zone the months are cut in, drills in or out, the counts per severity as a chart and a table with mean and
// median times to detect and to resolve, and the incidents behind them exported as CSV.
//
// Follows the desk: a change while the view is hidden only marks it stale, and it is computed again when
// shown. The CSV is written on a worker thread; the view shows where it went or why it did not.
class IncidentHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentHistoryView)

public:
    enum class Span
    {
        Last6Months,
        Last12Months,
        Last24Months,
        All,
    };

    explicit IncidentHistoryView(const IncidentDesk& desk, QWidget* parent = nullptr);

    // Puts a zone first in the zone choice and picks it (the zone messages are worded in, when the workspace
    // sets one), in place of the one set before; the workstation's zone and UTC are always offered. An
    // invalid zone only takes the previous one away.
    void setPreferredZone(const QTimeZone& zone);
    void setSpan(Span span);
    Span span() const;
    void setIncludeDrills(bool include);
    QTimeZone zone() const;

    const IncidentHistory& history() const { return m_history; }
    IncidentHistoryModel* model() const { return m_model; }
    IncidentHistoryChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* exportLabel() const { return m_exportStatus; }

    // Computes the history again from the desk, now.
    void refresh();
    // Asks where to save, then exports.
    void exportCsv();
    // Writes the incidents of the history shown to `path`, off the UI thread; exportFinished tells how it
    // went.
    void exportCsvTo(const QString& path);

Q_SIGNALS:
    // `error` is empty when the file was written.
    void exportFinished(const QString& path, const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void onExportDone();
    QString summaryText() const;

    const IncidentDesk& m_desk;
    IncidentHistory m_history;
    IncidentHistoryModel* m_model;
    IncidentHistoryChart* m_chart;
    QTableView* m_table;
    QSplitter* m_splitter = nullptr;
    QComboBox* m_span;
    QComboBox* m_zone;
    QCheckBox* m_drills;
    QPushButton* m_export;
    QLabel* m_summary;
    QLabel* m_exportStatus;
    QFutureWatcher<QString>* m_exportWatcher;
    QString m_exportPath;
    int m_exportCount = 0;
    bool m_preferredZoneAdded = false;
    bool m_sized = false;
    bool m_stale = true;
    bool m_refreshQueued = false;
};
