#pragma once

#include "config/ServiceDefinition.h"
#include "incident/IncidentStatus.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class IncidentDesk;
class IncidentFactsEditor;
class IncidentTimelineView;
class NoteDialog;
class QAbstractButton;
class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class StatusReportDialog;
struct Incident;

// Everything about the selected incident, editable in place: the header (reference, drill tag, title,
// severity, status), its facts and its timeline. Every change goes through the desk; a refusal shows inline
// under the header, never in a modal box. The tabs beside the timeline take the checklist and the message
// composer (addDetailTab).
class IncidentDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDetailPane)

public:
    IncidentDetailPane(IncidentDesk& desk, std::function<QList<ServiceDefinition>()> services,
                       QWidget* parent = nullptr);

    void showIncident(const QString& incidentId); // empty: "select an incident"
    QString incidentId() const { return m_incidentId; }
    // A tab after "Timeline" (the checklist, the messages); the pane owns it from then on.
    int addDetailTab(QWidget* page, const QString& title);

    // Open the dialogs as the shortcuts do; they save through the desk when accepted.
    NoteDialog* openNoteDialog();
    StatusReportDialog* openStatusReportDialog();

    QAction* noteAction() const { return m_noteAction; }
    QAction* statusReportAction() const { return m_reportAction; }
    QLabel* referenceLabel() const { return m_reference; }
    QLabel* drillBadge() const { return m_drill; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* severityCombo() const { return m_severity; }
    QAbstractButton* statusButton(IncidentStatus status) const;
    QLabel* errorLabel() const { return m_error; }
    IncidentFactsEditor* factsEditor() const { return m_facts; }
    IncidentTimelineView* timelineView() const { return m_timeline; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    // The shown incident changed (empty when none): the checklist and composer tabs follow it.
    void incidentShown(const QString& incidentId);

private:
    QWidget* buildHeader();
    void refresh(const Incident& incident);
    void onIncidentChanged(const Incident& incident);
    void report(const std::optional<QString>& error);
    void showError(const QString& message);
    void clearError();

    IncidentDesk& m_desk;
    QString m_incidentId;
    QWidget* m_placeholder;
    QWidget* m_content;
    QLabel* m_reference = nullptr;
    QLabel* m_drill = nullptr;
    QLabel* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_severityLabel = nullptr;
    QLabel* m_window = nullptr;
    QButtonGroup* m_statusGroup = nullptr;
    QHash<int, QAbstractButton*> m_statusButtons;
    QLabel* m_error;
    IncidentFactsEditor* m_facts;
    IncidentTimelineView* m_timeline;
    QTabWidget* m_tabs;
    QAction* m_noteAction;
    QAction* m_reportAction;
};
