#pragma once

#include "session/MonitoringSession.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class IncidentCoordinator;
class IncidentHistoryCoordinator;
class PostMortemCoordinator;
class PublishingCoordinator;
class PublishingSession;
class IncidentSession;
class QAction;
class QLabel;
class QMenu;
class ServiceBoardModel;
class ServiceBoardView;
class ServiceDetailPane;
class SteadyWidthLabel;
class CorrelationListModel;
class QTabWidget;
class TimelineCoordinator;
class TimelinePanel;
class TrayStatus;
struct StateBand;

// The cockpit window: the service board beside the detail pane of the selected service, with every action on
// the keyboard. It displays what the MonitoringSession reports and asks it to act; it holds no domain state.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without `incidents` the window shows the monitoring only (tests of the board and the timeline).
    // With `publishing` (and incidents), approved messages can be published and their deliveries followed.
    explicit MainWindow(MonitoringSession& session, IncidentSession* incidents = nullptr,
                        PublishingSession* publishing = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    ServiceBoardModel* boardModel() const { return m_model; }
    ServiceBoardView* boardView() const { return m_board; }
    ServiceDetailPane* detailPane() const { return m_detail; }
    TrayStatus* tray() const { return m_tray; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    TimelineCoordinator* timelineCoordinator() const { return m_timelineCoordinator; }
    CorrelationListModel* correlationModel() const { return m_correlations; }
    QTabWidget* tabs() const { return m_tabs; }
    IncidentCoordinator* incidentCoordinator() const { return m_incidents; }
    PublishingCoordinator* publishingCoordinator() const { return m_publishing; }
    IncidentHistoryCoordinator* historyCoordinator() const { return m_history; }
    PostMortemCoordinator* postMortemCoordinator() const { return m_postMortems; }
    QString statusSummary() const;
    QAction* pauseAction() const { return m_pauseAction; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void connectSession();
    void restoreLayout();

    void addService();
    void editService(qint64 id);
    void togglePause();
    void removeSelected();
    void checkSelectedNow();
    void importWorkspace();
    void exportWorkspace();
    void importGatus();
    void showAbout();

    void onSelectionChanged(qint64 id);
    void onBandActivated(qint64 serviceId, const StateBand& band);
    void createTimeline();
    void onStateChanged(const StateChange& change);
    void updateStatusSummary();
    void updateActions();
    QStringList takenNames(qint64 exceptId) const;
    void showError(const QString& message);

    MonitoringSession& m_session;
    ServiceBoardModel* m_model;
    ServiceBoardView* m_board;
    ServiceDetailPane* m_detail;
    TrayStatus* m_tray = nullptr;
    QTabWidget* m_tabs = nullptr;
    TimelinePanel* m_timeline = nullptr;
    TimelineCoordinator* m_timelineCoordinator = nullptr;
    CorrelationListModel* m_correlations = nullptr;
    IncidentCoordinator* m_incidents = nullptr;
    PublishingCoordinator* m_publishing = nullptr;
    IncidentHistoryCoordinator* m_history = nullptr;
    PostMortemCoordinator* m_postMortems = nullptr;
    QMenu* m_trayMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    SteadyWidthLabel* m_summaryLabel; // texts that change often: no relayout of the window each time
    SteadyWidthLabel* m_storeLabel;
    QPointer<QMessageBox> m_errorBox; // one box for a burst of errors, not one per error
    int m_errorsInBox = 0;
    QString m_selectWhenAdded; // the service the user just added through the dialog

    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_checkNowAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_gatusAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
};
