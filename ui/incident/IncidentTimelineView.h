#pragma once

#include <QWidget>

class IncidentDesk;
class IncidentTimelineFilter;
class IncidentTimelineModel;
class QAction;
class QComboBox;
class QHBoxLayout;
class QTableView;

// One incident's timeline as a table, newest at the bottom and followed as it grows, with a choice of
// audience (everything, public, internal) and room for the pane's actions (add a note, a status report).
class IncidentTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTimelineView)

public:
    explicit IncidentTimelineView(const IncidentDesk& desk, QWidget* parent = nullptr);

    void setIncident(const QString& incidentId);
    // A button for an action, on the bar above the table.
    void addToolAction(QAction* action);

    IncidentTimelineModel* model() const { return m_model; }
    IncidentTimelineFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QComboBox* audienceCombo() const { return m_audience; }

private:
    void applyAudience();

    IncidentTimelineModel* m_model;
    IncidentTimelineFilter* m_filter;
    QTableView* m_table;
    QComboBox* m_audience;
    QHBoxLayout* m_bar;
};
