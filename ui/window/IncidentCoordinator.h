#pragma once

#include <QList>

#include <functional>
#include <QObject>
#include <QString>

class ChecklistPanel;
class MessageComposer;
class IncidentDesk;
class IncidentSession;
class IncidentsPanel;
class MonitoringSession;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QTabWidget;
class QWidget;
class ServiceBoardModel;
class ServiceBoardView;
class ServiceDetailPane;
class TimelinePanel;
class TrayStatus;
struct StateChange;

// Wires the incidents into the cockpit window: the Incidents tab, the Incidents menu and its shortcuts,
// incident marks on the board, spans on the timeline, "declare an incident" from the board, the outage
// timeline and notifications, the offer bar when a service goes DOWN, and reminders when a checklist step
// falls due. The window stays ignorant of incidents beyond handing over its parts.
class IncidentCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentCoordinator)

public:
    struct Parts
    {
        QMainWindow* window = nullptr;
        QTabWidget* tabs = nullptr;
        ServiceBoardModel* board = nullptr;
        ServiceBoardView* boardView = nullptr;
        ServiceDetailPane* serviceDetail = nullptr;
        TimelinePanel* timeline = nullptr;
        TrayStatus* tray = nullptr;
        QWidget* offerBar = nullptr; // an empty frame above the tabs; the coordinator fills and shows it
    };

    IncidentCoordinator(IncidentSession& incidents, MonitoringSession& monitoring, const Parts& parts,
                        QObject* parent = nullptr);

    IncidentsPanel* panel() const { return m_panel; }
    ChecklistPanel* checklist() const { return m_checklist; }
    MessageComposer* composer() const { return m_composer; }
    const IncidentDesk& desk() const;
    // The Incidents menu, for the window's menu bar.
    QMenu* menu() const { return m_menu; }
    QAction* declareAction() const { return m_declare; }
    QAction* noteAction() const { return m_note; }
    QAction* showAction() const { return m_show; }
    QLabel* offerLabel() const { return m_offerLabel; }

    // Opens the declaration dialog for these services (the Incidents tab comes forward).
    void declareFor(const QList<qint64>& serviceIds, qint64 startedAtMs);
    // Declares for the service selected on the board when it is failing, else opens a blank declaration.
    void declareFromSelection();
    void showIncident(const QString& incidentId);
    // A rehearsal of the whole flow: the declaration dialog with the drill box ticked and the chosen
    // services (the board's selection, if any) as the scenario's failing services.
    void startDrill();
    QAction* drillAction() const { return m_drill; }
    // Who answers the checklist's "fallback page" step.
    void setFallbackPageHandler(std::function<void(const QString& incidentId)> handler)
    {
        m_fallbackPageHandler = std::move(handler);
    }
    // Who answers the checklist's "post-mortem" step.
    void setPostMortemHandler(std::function<void(const QString& incidentId)> handler)
    {
        m_postMortemHandler = std::move(handler);
    }

private:
    void buildMenu();
    void buildOfferBar();
    void buildDetailTabs();
    void offer(qint64 serviceId, qint64 sinceMs);
    void refreshCoverage();
    void refreshTimeline();
    void addNote();

    IncidentSession& m_incidents;
    MonitoringSession& m_monitoring;
    Parts m_parts;
    IncidentsPanel* m_panel;
    ChecklistPanel* m_checklist = nullptr;
    MessageComposer* m_composer = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_declare = nullptr;
    QAction* m_note = nullptr;
    QAction* m_show = nullptr;
    QAction* m_drill = nullptr;
    QLabel* m_offerLabel = nullptr;
    std::function<void(const QString&)> m_fallbackPageHandler;
    std::function<void(const QString&)> m_postMortemHandler;
    qint64 m_offeredServiceId = 0;
    qint64 m_offeredSinceMs = 0;
};
