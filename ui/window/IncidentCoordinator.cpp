#include "window/IncidentCoordinator.h"

#include "board/ServiceBoardModel.h"
#include "board/ServiceBoardView.h"
#include "comms/MessageComposer.h"
#include "detail/ServiceDetailPane.h"
#include "incident/DeclareIncidentDialog.h"
#include "incident/IncidentDetailPane.h"
#include "incident/IncidentsPanel.h"
#include "playbook/ChecklistPanel.h"
#include "playbook/ChecklistSchedule.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePanel.h"
#include "tray/TrayStatus.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

IncidentCoordinator::IncidentCoordinator(IncidentSession& incidents, MonitoringSession& monitoring,
                                         const Parts& parts, QObject* parent)
    : QObject(parent), m_incidents(incidents), m_monitoring(monitoring), m_parts(parts),
      m_panel(new IncidentsPanel(
          incidents.desk(), [&monitoring] { return monitoring.services(); }, parts.tabs))
{
    m_panel->setObjectName(QStringLiteral("incidentsPanel"));
    m_parts.tabs->addTab(m_panel, tr("Incidents"));
    // One declare action for the whole window: it knows the board's selection, the panel's does not.
    disconnect(m_panel->declareAction(), &QAction::triggered, m_panel, nullptr);
    m_declare = m_panel->declareAction();
    connect(m_declare, &QAction::triggered, this, &IncidentCoordinator::declareFromSelection);
    buildMenu();
    buildOfferBar();
    buildDetailTabs();

    IncidentDesk& desk = m_incidents.desk();
    connect(&m_incidents, &IncidentSession::coverageChanged, this, &IncidentCoordinator::refreshCoverage);
    connect(&desk, &IncidentDesk::incidentAdded, this, &IncidentCoordinator::refreshTimeline);
    connect(&desk, &IncidentDesk::incidentChanged, this, &IncidentCoordinator::refreshTimeline);
    connect(&desk, &IncidentDesk::loaded, this, &IncidentCoordinator::refreshTimeline);
    connect(&m_incidents, &IncidentSession::declareOffered, this, &IncidentCoordinator::offer);
    connect(&m_incidents, &IncidentSession::autoDeclared, this, [this](const Incident& incident) {
        m_parts.window->statusBar()->showMessage(
            tr("%1 declared automatically: %2").arg(incident.reference, incident.title), 30'000);
    });
    connect(&m_incidents, &IncidentSession::stepFellDue, this,
            [this](const Incident& incident, const StepStatus& step) {
                const QString title = step.title.text(QLocale().name());
                m_parts.tray->notifyStepDue(incident.id, incident.reference, title, incident.drill);
                m_parts.window->statusBar()->showMessage(
                    tr("%1: “%2” is due now.").arg(incident.reference, title), 60'000);
            });
    connect(&m_incidents, &IncidentSession::errorOccurred, this,
            [this](const QString& message) { m_parts.window->statusBar()->showMessage(message, 60'000); });
    connect(m_parts.serviceDetail, &ServiceDetailPane::declareRequested, this,
            [this](qint64 serviceId, qint64 startedAtMs) { declareFor({serviceId}, startedAtMs); });
    connect(m_parts.tray, &TrayStatus::downNotificationClicked, this, [this](qint64 serviceId) {
        m_parts.window->showNormal();
        m_parts.window->raise();
        m_parts.window->activateWindow();
        declareFor({serviceId}, m_parts.board->sinceOf(serviceId));
    });
    connect(m_parts.tray, &TrayStatus::stepNotificationClicked, this, [this](const QString& incidentId) {
        m_parts.window->showNormal();
        m_parts.window->raise();
        m_parts.window->activateWindow();
        showIncident(incidentId);
    });
    connect(m_parts.tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The incidents have their own detail pane; the service one beside them would only take room.
        m_parts.serviceDetail->setVisible(m_parts.tabs->widget(index) != m_panel);
    });
    refreshCoverage();
    refreshTimeline();
}

void IncidentCoordinator::buildMenu()
{
    m_menu = new QMenu(tr("&Incidents"), m_parts.window);
    m_show = m_menu->addAction(tr("&Incidents"));
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_show, &QAction::triggered, this, [this] { m_parts.tabs->setCurrentWidget(m_panel); });
    m_menu->addSeparator();
    m_menu->addAction(m_declare);
    m_menu->addAction(m_panel->maintenanceAction());
    m_drill = m_menu->addAction(tr("Start a d&rill…"));
    m_drill->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_drill, &QAction::triggered, this, &IncidentCoordinator::startDrill);

    // Notes and status reports are one shortcut away from anywhere in the window, not only on the tab.
    IncidentDetailPane* pane = m_panel->detailPane();
    pane->noteAction()->setShortcut(QKeySequence());
    pane->statusReportAction()->setShortcut(QKeySequence());
    m_note = m_menu->addAction(tr("Add a &note…"));
    m_note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_note, &QAction::triggered, this, &IncidentCoordinator::addNote);
    QAction* report = m_menu->addAction(tr("Internal status &report…"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(report, &QAction::triggered, this, [this] {
        if (m_panel->detailPane()->incidentId().isEmpty()) {
            const QList<Incident> open = m_incidents.desk().openIncidents();
            if (open.isEmpty())
                return;
            showIncident(open.first().id);
        }
        m_panel->detailPane()->openStatusReportDialog();
    });
    // Actions in the window itself so that their shortcuts work whatever has the focus.
    m_parts.window->addAction(m_show);
    m_parts.window->addAction(m_declare);
    m_parts.window->addAction(m_panel->maintenanceAction());
    m_parts.window->addAction(m_note);
    m_parts.window->addAction(m_drill);
    m_parts.window->addAction(report);
}

void IncidentCoordinator::buildDetailTabs()
{
    m_checklist = new ChecklistPanel(m_incidents.desk(), m_monitoring.clock());
    m_checklist->setObjectName(QStringLiteral("checklistPanel"));
    m_checklist->setPlaybook(m_incidents.playbook());
    m_panel->addDetailTab(m_checklist, tr("&Checklist"));
    connect(&m_incidents, &IncidentSession::playbookChanged, m_checklist, &ChecklistPanel::setPlaybook);
    connect(m_panel->detailPane(), &IncidentDetailPane::incidentShown, m_checklist,
            &ChecklistPanel::setIncident);

    m_composer = new MessageComposer(m_incidents.desk());
    m_composer->setObjectName(QStringLiteral("messageComposer"));
    const auto applyTemplates = [this] {
        m_composer->setCatalogue(m_incidents.templates());
        m_composer->setJargon(m_incidents.jargon());
        m_composer->setAudience(m_incidents.settings());
    };
    applyTemplates();
    connect(&m_incidents, &IncidentSession::templatesChanged, m_composer, applyTemplates);
    // The first announcement starts from what the checks saw on each affected service.
    m_composer->setEvidenceSource([this](const Incident& incident) {
        QList<EvidenceDrafter::ServiceEvidence> evidence;
        for (const AffectedService& service : incident.affected) {
            CheckResult last;
            last.serviceId = service.serviceId;
            const ServiceState state = m_parts.board->stateOf(service.serviceId);
            last.outcome = state == ServiceState::Down       ? CheckResult::Outcome::Down
                           : state == ServiceState::Degraded ? CheckResult::Outcome::Degraded
                                                             : CheckResult::Outcome::Up;
            last.reason = m_parts.board->reasonOf(service.serviceId);
            evidence.append({service.serviceName, last, m_parts.board->sinceOf(service.serviceId)});
        }
        return evidence;
    });
    // {{next_update_at}} follows the checklist's cadence until a message promises a time of its own.
    m_composer->setNextUpdateSource([this](const Incident& incident, qint64 nowMs) -> qint64 {
        const Playbook& playbook = m_incidents.playbook();
        const qint64 due = ChecklistSchedule(playbook, incident).nextUpdateDueMs(nowMs);
        if (due > nowMs)
            return due;
        for (const PlaybookStep& step : playbook.steps) {
            if (step.isRepeating() && step.appliesToIncident(incident.kind, incident.severity)) {
                const qint64 cadence = step.repeat->cadenceMs(incident.severity);
                return cadence > 0 ? nowMs + cadence : 0;
            }
        }
        return 0;
    });
    m_panel->addDetailTab(m_composer, tr("&Messages"));
    connect(m_panel->detailPane(), &IncidentDetailPane::incidentShown, m_composer,
            &MessageComposer::setIncident);
    connect(m_checklist, &ChecklistPanel::draftRequested, this,
            [this](const QString& stepId, int occurrence, const QString& templateId,
                   const QList<ChannelKind>& channels) {
                m_composer->startDraft(stepId, occurrence, templateId, channels);
                m_panel->detailPane()->tabs()->setCurrentWidget(m_composer);
            });
    // The fallback page is published by the publishing side when the window has one (setFallbackPageHandler);
    // the post-mortem editor when the window has one (setPostMortemHandler). Otherwise the step is done by
    // hand and ticked here.
    connect(m_checklist, &ChecklistPanel::fallbackPageRequested, this, [this](const QString& incidentId) {
        if (m_fallbackPageHandler) {
            m_fallbackPageHandler(incidentId);
            return;
        }
        m_parts.window->statusBar()->showMessage(
            tr("This window cannot publish the fallback status page: switch it by hand, then tick the step."),
            30'000);
    });
    connect(m_checklist, &ChecklistPanel::postMortemRequested, this, [this](const QString& incidentId) {
        if (m_postMortemHandler) {
            m_postMortemHandler(incidentId);
            return;
        }
        m_parts.window->statusBar()->showMessage(
            tr("Vigie cannot write the post-mortem yet: open it in your usual tool, then tick the step."),
            30'000);
    });
}

const IncidentDesk& IncidentCoordinator::desk() const
{
    return m_incidents.desk();
}

void IncidentCoordinator::buildOfferBar()
{
    QWidget* bar = m_parts.offerBar;
    bar->setObjectName(QStringLiteral("declareOffer"));
    bar->setStyleSheet(
        QStringLiteral("#declareOffer { background: #fdecea; border-bottom: 1px solid #f5c2c0; }"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(10, 4, 10, 4);
    m_offerLabel = new QLabel(bar);
    m_offerLabel->setObjectName(QStringLiteral("declareOfferText"));
    QFont bold = m_offerLabel->font();
    bold.setBold(true);
    m_offerLabel->setFont(bold);
    auto* declare = new QPushButton(tr("&Declare an incident…"), bar);
    declare->setObjectName(QStringLiteral("declareOfferButton"));
    declare->setToolTip(m_declare->shortcut().toString(QKeySequence::NativeText));
    auto* dismiss = new QPushButton(tr("Dismiss"), bar);
    dismiss->setObjectName(QStringLiteral("declareOfferDismiss"));
    layout->addWidget(m_offerLabel, 1);
    layout->addWidget(declare);
    layout->addWidget(dismiss);
    bar->hide();
    connect(declare, &QPushButton::clicked, this, [this] {
        const qint64 id = m_offeredServiceId;
        const qint64 since = m_offeredSinceMs;
        m_parts.offerBar->hide();
        m_offeredServiceId = 0;
        declareFor({id}, since);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_parts.offerBar->hide();
        m_offeredServiceId = 0;
    });
}

void IncidentCoordinator::offer(qint64 serviceId, qint64 sinceMs)
{
    const std::optional<ServiceDefinition> service = m_monitoring.service(serviceId);
    if (!service)
        return;
    m_offeredServiceId = serviceId;
    m_offeredSinceMs = sinceMs;
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(sinceMs).toLocalTime().time(),
                                            QLocale::ShortFormat);
    m_offerLabel->setText(tr("%1 is down since %2. No incident covers it.").arg(service->name, time));
    m_parts.offerBar->show();
}

void IncidentCoordinator::declareFor(const QList<qint64>& serviceIds, qint64 startedAtMs)
{
    m_parts.tabs->setCurrentWidget(m_panel);
    m_panel->declareFor(serviceIds, startedAtMs);
}

void IncidentCoordinator::declareFromSelection()
{
    const qint64 selected =
        m_parts.tabs->currentWidget() == m_parts.boardView ? m_parts.boardView->selectedServiceId() : 0;
    const ServiceState state = selected ? m_parts.board->stateOf(selected) : ServiceState::Unknown;
    if (selected && (state == ServiceState::Down || state == ServiceState::Degraded))
        declareFor({selected}, m_parts.board->sinceOf(selected));
    else if (m_offeredServiceId != 0 && m_parts.offerBar->isVisible())
        declareFor({m_offeredServiceId}, m_offeredSinceMs);
    else
        declareFor({}, 0);
}

void IncidentCoordinator::startDrill()
{
    const qint64 selected =
        m_parts.tabs->currentWidget() == m_parts.boardView ? m_parts.boardView->selectedServiceId() : 0;
    m_parts.tabs->setCurrentWidget(m_panel);
    DeclareIncidentDialog* dialog =
        m_panel->declareFor(selected ? QList<qint64>{selected} : QList<qint64>{}, 0);
    if (!dialog)
        return;
    dialog->drillCheck()->setChecked(true);
    dialog->setWindowTitle(tr("Start a drill"));
    dialog->titleEdit()->setPlaceholderText(tr("Drill: what fails in this exercise"));
}

void IncidentCoordinator::showIncident(const QString& incidentId)
{
    m_parts.tabs->setCurrentWidget(m_panel);
    m_panel->showIncident(incidentId);
}

void IncidentCoordinator::addNote()
{
    if (m_panel->detailPane()->incidentId().isEmpty()) {
        const QList<Incident> open = m_incidents.desk().openIncidents();
        if (open.isEmpty()) {
            m_parts.window->statusBar()->showMessage(tr("No open incident to add a note to."), 10'000);
            return;
        }
        showIncident(open.first().id);
    }
    m_panel->detailPane()->openNoteDialog();
}

void IncidentCoordinator::refreshCoverage()
{
    m_parts.board->setIncidentMarks(m_incidents.incidentReferences(), m_incidents.servicesUnderMaintenance());
    // A service an incident now covers needs no more offer.
    if (m_offeredServiceId != 0 && m_incidents.incidentReferences().contains(m_offeredServiceId)) {
        m_parts.offerBar->hide();
        m_offeredServiceId = 0;
    }
}

void IncidentCoordinator::refreshTimeline()
{
    m_parts.timeline->timelineModel()->setIncidents(m_incidents.desk().incidents());
    refreshCoverage();
}
