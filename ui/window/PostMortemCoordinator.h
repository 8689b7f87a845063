#pragma once

#include "postmortem/PostMortemExportDialog.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ActionItemsView;
class IncidentCoordinator;
class IncidentSession;
class MonitoringSession;
class PostMortemEditor;
class QAction;
class QMainWindow;
class QWidget;

// Wires post-mortems into the cockpit: "Post-mortem…" (Ctrl+Shift+P) and "Action items" in the Incidents
// menu, the checklist's "Open the post-mortem" step, the editor's window and its export dialog, and the
// action items across incidents. Without a post-mortem store (it could not be opened) the actions say so.
class PostMortemCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostMortemCoordinator)

public:
    PostMortemCoordinator(IncidentSession& incidents, MonitoringSession& monitoring,
                          IncidentCoordinator& coordinator, QMainWindow* window, QObject* parent = nullptr);

    // Opens the editor on the incident (the one shown in the Incidents tab when empty); null when there is
    // none or no store.
    PostMortemEditor* openEditor(const QString& incidentId = QString());
    PostMortemExportDialog* openExportDialog(const QString& incidentId);
    ActionItemsView* openActionItems();

    QAction* postMortemAction() const { return m_open; }
    QAction* actionItemsAction() const { return m_actionItems; }
    PostMortemEditor* editor() const { return m_editor; }
    QWidget* editorWindow() const { return m_editorWindow; }
    ActionItemsView* actionItemsView() const { return m_actionItemsView; }
    PostMortemExportDialog* exportDialog() const { return m_exportDialog; }

private:
    void say(const QString& message);

    IncidentSession& m_incidents;
    MonitoringSession& m_monitoring;
    IncidentCoordinator& m_coordinator;
    QMainWindow* m_window;
    QAction* m_open;
    QAction* m_actionItems;
    QWidget* m_editorWindow = nullptr;
    PostMortemEditor* m_editor = nullptr;
    QWidget* m_actionItemsWindow = nullptr;
    ActionItemsView* m_actionItemsView = nullptr;
    QPointer<PostMortemExportDialog> m_exportDialog;
};
