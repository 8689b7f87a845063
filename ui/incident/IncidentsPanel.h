#pragma once

#include "config/ServiceDefinition.h"

#include <QList>
#include <QWidget>

#include <functional>

class DeclareIncidentDialog;
class IncidentDesk;
class IncidentDetailPane;
class IncidentListFilter;
class IncidentListModel;
class QAbstractButton;
class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

// The incidents workspace, self-contained: a filter bar, the list of open and past incidents and the
// selected one's detail pane, plus declaring an incident and planning a maintenance. The main window embeds
// it as a tab; the board, the outage timeline and notifications call declareFor().
class IncidentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPanel)

public:
    // services: the workspace's services as they are now (asked each time a list of them is shown).
    IncidentsPanel(IncidentDesk& desk, std::function<QList<ServiceDefinition>()> services,
                   QWidget* parent = nullptr);

    // Selects an incident in the list (widening the filters if they hide it) and shows it.
    void showIncident(const QString& incidentId);
    // Opens the declaration dialog with these services ticked and the start time set (0: now). Returns the
    // dialog, already open; accepting it declares and shows the new incident.
    DeclareIncidentDialog* declareFor(const QList<qint64>& serviceIds, qint64 startedAtMs);
    DeclareIncidentDialog* planMaintenance(const QList<qint64>& serviceIds = {});
    // A tab beside the incident timeline (checklist, messages).
    int addDetailTab(QWidget* page, const QString& title);

    QAction* declareAction() const { return m_declareAction; }
    QAction* maintenanceAction() const { return m_maintenanceAction; }
    IncidentListModel* listModel() const { return m_model; }
    IncidentListFilter* listFilter() const { return m_filter; }
    QTableView* listView() const { return m_view; }
    IncidentDetailPane* detailPane() const { return m_detail; }
    QComboBox* scopeCombo() const { return m_scope; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* drillsCheck() const { return m_drills; }
    QLineEdit* searchEdit() const { return m_search; }
    QAbstractButton* severityButton(int level) const; // 1..4

Q_SIGNALS:
    // A new incident was declared from this panel (the checklist may want to start its playbook).
    void declared(const QString& incidentId);

private:
    QWidget* buildFilterBar();
    void applySeverities();
    void onSelectionChanged();
    DeclareIncidentDialog* openDialog(DeclareIncidentDialog* dialog);

    IncidentDesk& m_desk;
    std::function<QList<ServiceDefinition>()> m_services;
    IncidentListModel* m_model;
    IncidentListFilter* m_filter;
    QTableView* m_view;
    IncidentDetailPane* m_detail;
    QComboBox* m_scope = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_drills = nullptr;
    QLineEdit* m_search = nullptr;
    QList<QAbstractButton*> m_severityButtons;
    QAction* m_declareAction;
    QAction* m_maintenanceAction;
};
