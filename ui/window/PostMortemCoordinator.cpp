#include "window/PostMortemCoordinator.h"

#include "comms/MessageTimeFormat.h"
#include "incident/IncidentDetailPane.h"
#include "incident/IncidentsPanel.h"
#include "postmortem/ActionItemsView.h"
#include "postmortem/PostMortemEditor.h"
#include "postmortem/PostMortemExportDialog.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "store/PostMortemStore.h"
#include "time/Clock.h"
#include "window/IncidentCoordinator.h"

#include <QAction>
#include <QApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QVBoxLayout>

PostMortemCoordinator::PostMortemCoordinator(IncidentSession& incidents, MonitoringSession& monitoring,
                                             IncidentCoordinator& coordinator, QMainWindow* window,
                                             QObject* parent)
    : QObject(parent), m_incidents(incidents), m_monitoring(monitoring), m_coordinator(coordinator),
      m_window(window), m_open(new QAction(tr("&Post-mortem…"), this)),
      m_actionItems(new QAction(tr("Action i&tems"), this))
{
    m_open->setObjectName(QStringLiteral("postMortemAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_open->setToolTip(tr("Write and export the post-mortem of the incident shown"));
    connect(m_open, &QAction::triggered, this, [this] { openEditor(); });
    m_actionItems->setObjectName(QStringLiteral("actionItemsAction"));
    m_actionItems->setToolTip(tr("Open action items from every post-mortem, with CSV export"));
    connect(m_actionItems, &QAction::triggered, this, &PostMortemCoordinator::openActionItems);
    QMenu* menu = coordinator.menu();
    menu->addSeparator();
    menu->addAction(m_open);
    menu->addAction(m_actionItems);
    // In the window itself so that the shortcut works whatever has the focus.
    m_window->addAction(m_open);
    m_window->addAction(m_actionItems);
    // The playbook's last step ("analyse", action post-mortem) opens the editor on its incident.
    coordinator.setPostMortemHandler([this](const QString& incidentId) { openEditor(incidentId); });
    // Quitting with the editor open keeps what was typed: saved while the store is still there.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (m_editor)
            m_editor->save();
    });
}

void PostMortemCoordinator::say(const QString& message)
{
    m_window->statusBar()->showMessage(message, 30'000);
}

PostMortemEditor* PostMortemCoordinator::openEditor(const QString& incidentId)
{
    PostMortemStore* store = m_incidents.postMortems();
    if (!store) {
        say(tr("Post-mortems are not available: their tables could not be opened in the history database."));
        return nullptr;
    }
    QString id = incidentId.isEmpty() ? m_coordinator.panel()->detailPane()->incidentId() : incidentId;
    if (id.isEmpty()) {
        say(tr("Choose an incident in the Incidents tab to write its post-mortem."));
        return nullptr;
    }
    if (!m_editor) {
        // A window of its own: the post-mortem is written beside the record, not in place of it.
        m_editorWindow = new QWidget(m_window, Qt::Window);
        m_editorWindow->setObjectName(QStringLiteral("postMortemWindow"));
        m_editorWindow->resize(900, 760);
        m_editor = new PostMortemEditor(m_incidents.desk(), *store, m_editorWindow);
        auto* layout = new QVBoxLayout(m_editorWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_editor);
        connect(m_editor, &PostMortemEditor::exportRequested, this,
                [this](const QString& id) { openExportDialog(id); });
    }
    if (m_editor->incidentId() != id) {
        // What was written for the previous incident is kept, not dropped.
        m_editor->save();
        m_editor->setIncident(id);
    }
    const std::optional<Incident> incident = m_incidents.desk().incident(id);
    m_editorWindow->setWindowTitle(tr("Post-mortem of %1").arg(incident ? incident->reference : id));
    m_editorWindow->show();
    m_editorWindow->raise();
    m_editorWindow->activateWindow();
    return m_editor;
}

PostMortemExportDialog* PostMortemCoordinator::openExportDialog(const QString& incidentId)
{
    PostMortemStore* store = m_incidents.postMortems();
    if (!store || incidentId.isEmpty())
        return nullptr;
    // The document is made from the store: what the editor holds goes there first (saves are in order).
    if (m_editor && m_editor->incidentId() == incidentId)
        m_editor->save();
    if (m_exportDialog)
        m_exportDialog->close();
    PostMortemExportDialog::Context context;
    context.incidentId = incidentId;
    const std::optional<Incident> incident = m_incidents.desk().incident(incidentId);
    context.reference = incident ? incident->reference : incidentId;
    context.playbook = m_incidents.playbook();
    const QString zoneId = m_incidents.settings().timeZoneId;
    context.workspaceZone = zoneId.isEmpty() ? QTimeZone() : MessageTimeFormat::zone(zoneId);
    context.language = QLocale().name();
    context.nowMs = m_incidents.desk().clock().nowMs();
    QWidget* parent = m_editorWindow && m_editorWindow->isVisible() ? m_editorWindow : m_window;
    m_exportDialog = new PostMortemExportDialog(*store, context, parent);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->show();
    return m_exportDialog;
}

ActionItemsView* PostMortemCoordinator::openActionItems()
{
    PostMortemStore* store = m_incidents.postMortems();
    if (!store) {
        say(tr("Post-mortems are not available: their tables could not be opened in the history database."));
        return nullptr;
    }
    if (!m_actionItemsView) {
        m_actionItemsWindow = new QWidget(m_window, Qt::Window);
        m_actionItemsWindow->setObjectName(QStringLiteral("actionItemsWindow"));
        m_actionItemsWindow->setWindowTitle(tr("Action items"));
        m_actionItemsWindow->resize(860, 480);
        m_actionItemsView = new ActionItemsView(m_incidents.desk(), *store, m_actionItemsWindow);
        auto* layout = new QVBoxLayout(m_actionItemsWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_actionItemsView);
        connect(m_actionItemsView, &ActionItemsView::openRequested, this,
                [this](const QString& id) { openEditor(id); });
    }
    m_actionItemsView->refresh();
    m_actionItemsWindow->show();
    m_actionItemsWindow->raise();
    m_actionItemsWindow->activateWindow();
    return m_actionItemsView;
}
