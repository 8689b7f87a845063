#pragma once

#include <QObject>

class IncidentCoordinator;
class IncidentHistoryView;
class IncidentSession;
class MonitoringSession;
class QAction;
class QMainWindow;
class QTabWidget;
class QWidget;

// Wires the incident history into the cockpit: its tab beside the incidents, "Incident history" in the
// Incidents menu with its shortcut, and the workspace's message zone offered first for cutting months. The
// window knows nothing of the history beyond handing over its parts.
class IncidentHistoryCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentHistoryCoordinator)

public:
    struct Parts
    {
        QMainWindow* window = nullptr;
        QTabWidget* tabs = nullptr;
        QWidget* serviceDetail = nullptr; // hidden while the history shows, as it is for the incidents
    };

    IncidentHistoryCoordinator(IncidentSession& incidents, MonitoringSession& monitoring,
                               IncidentCoordinator& coordinator, const Parts& parts,
                               QObject* parent = nullptr);

    IncidentHistoryView* view() const { return m_view; }
    QAction* showAction() const { return m_show; }

private:
    Parts m_parts;
    IncidentHistoryView* m_view;
    QAction* m_show;
};
