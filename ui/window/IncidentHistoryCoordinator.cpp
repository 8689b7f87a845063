#include "window/IncidentHistoryCoordinator.h"

#include "comms/MessageTimeFormat.h"
#include "history/IncidentHistoryView.h"
#include "incident/IncidentsPanel.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "window/IncidentCoordinator.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>
#include <QTabWidget>

namespace {

// The zone messages are worded in, when the workspace names one; invalid otherwise (the workstation's zone is
// offered anyway).
QTimeZone messageZone(const IncidentSettings& settings)
{
    return settings.timeZoneId.isEmpty() ? QTimeZone() : MessageTimeFormat::zone(settings.timeZoneId);
}

} // namespace

IncidentHistoryCoordinator::IncidentHistoryCoordinator(IncidentSession& incidents,
                                                       MonitoringSession& monitoring,
                                                       IncidentCoordinator& coordinator, const Parts& parts,
                                                       QObject* parent)
    : QObject(parent), m_parts(parts), m_view(new IncidentHistoryView(incidents.desk(), parts.tabs)),
      m_show(new QAction(tr("Incident &history"), this))
{
    m_view->setObjectName(QStringLiteral("incidentHistoryView"));
    m_view->setPreferredZone(messageZone(incidents.settings()));
    connect(&monitoring, &MonitoringSession::incidentSettingsChanged, m_view,
            [this](const IncidentSettings& settings) { m_view->setPreferredZone(messageZone(settings)); });
    // Right after the incidents it sums up.
    const int incidentsTab = m_parts.tabs->indexOf(coordinator.panel());
    m_parts.tabs->insertTab(incidentsTab >= 0 ? incidentsTab + 1 : m_parts.tabs->count(), m_view,
                            tr("History"));

    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_show->setToolTip(tr("Incidents per month and severity, times to detect and resolve, CSV export"));
    connect(m_show, &QAction::triggered, this, [this] {
        m_parts.tabs->setCurrentWidget(m_view);
        m_view->table()->setFocus();
    });
    QMenu* menu = coordinator.menu();
    // Beside "Incidents", the other way to look at them.
    const QList<QAction*> actions = menu->actions();
    menu->insertAction(actions.size() > 1 ? actions.at(1) : nullptr, m_show);
    // In the window itself so that the shortcut works whatever has the focus.
    m_parts.window->addAction(m_show);

    connect(m_parts.tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Connected after the incidents' own handler, which shows the service pane for every other tab.
        if (m_parts.serviceDetail && m_parts.tabs->widget(index) == m_view)
            m_parts.serviceDetail->setVisible(false);
    });
}
