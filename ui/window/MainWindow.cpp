#include "window/MainWindow.h"

#include "board/ServiceBoardModel.h"
#include "board/ServiceBoardView.h"
#include "detail/ServiceDetailPane.h"
#include "editor/ServiceEditorDialog.h"
#include "style/StateStyle.h"
#include "time/Clock.h"
#include "timeline/CorrelationListModel.h"
#include "timeline/StateBand.h"
#include "timeline/TimelinePanel.h"
#include "tray/TrayStatus.h"
#include "util/SteadyWidthLabel.h"
#include "window/IncidentCoordinator.h"
#include "window/IncidentHistoryCoordinator.h"
#include "window/PostMortemCoordinator.h"
#include "window/PublishingCoordinator.h"
#include "window/ResultCoalescer.h"
#include "window/TimelineCoordinator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(MonitoringSession& session, IncidentSession* incidents, PublishingSession* publishing,
                       QWidget* parent)
    : QMainWindow(parent), m_session(session), m_model(new ServiceBoardModel(session.clock(), this)),
      m_board(new ServiceBoardView(m_model, this)), m_detail(new ServiceDetailPane(session.clock(), this)),
      m_summaryLabel(new SteadyWidthLabel(this)), m_storeLabel(new SteadyWidthLabel(this))
{
    setWindowTitle(tr("Vigie — incident cockpit"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigie.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    // The board and the timeline share the detail pane: a band clicked on the timeline shows there too.
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_board, tr("Services"));
    createTimeline();
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The offer to declare an incident sits above everything, where a commander looks first.
    auto* central = new QWidget(this);
    auto* offerBar = new QFrame(central);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(offerBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_storeLabel);

    createActions();
    createMenus();
    if (incidents) {
        m_incidents =
            new IncidentCoordinator(*incidents, m_session,
                                    IncidentCoordinator::Parts{this, m_tabs, m_model, m_board, m_detail,
                                                               m_timeline, m_tray, offerBar},
                                    this);
        menuBar()->insertMenu(m_helpMenu->menuAction(), m_incidents->menu());
        m_history =
            new IncidentHistoryCoordinator(*incidents, m_session, *m_incidents,
                                           IncidentHistoryCoordinator::Parts{this, m_tabs, m_detail}, this);
        m_postMortems = new PostMortemCoordinator(*incidents, m_session, *m_incidents, this, this);
        if (publishing) {
            m_publishing = new PublishingCoordinator(*publishing, *m_incidents, m_session, this, this);
            menuBar()->insertMenu(m_helpMenu->menuAction(), m_publishing->menu());
        }
    } else {
        offerBar->hide();
    }
    m_model->setServices(m_session.services());
    connectSession();
    updateStatusSummary();
    updateActions();
    restoreLayout();
    m_session.requestSummaries();
    // Start on the list, not in the filter field: arrow keys move through the services at once, and an idle
    // cockpit has no text cursor blinking (each blink repaints the field and what lies under it).
    m_board->treeView()->setFocus();
    // Uptime over 24 h moves slowly: asking the store once a minute keeps the column current at no cost.
    auto* summaryTimer = new QTimer(this);
    summaryTimer->setInterval(60'000);
    connect(summaryTimer, &QTimer::timeout, &m_session, &MonitoringSession::requestSummaries);
    summaryTimer->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::createTimeline()
{
    m_timeline = new TimelinePanel(m_session.clock(), this);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_timelineCoordinator = new TimelineCoordinator(m_session, *m_timeline, this);
    connect(m_timeline, &TimelinePanel::bandActivated, this, &MainWindow::onBandActivated);

    m_correlations = m_timeline->correlationModel();
    connect(m_timeline->correlationTable(), &QTableView::activated, this, [this](const QModelIndex& index) {
        m_board->selectService(index.data(CorrelationListModel::ServiceIdRole).toLongLong());
    });

    QSettings settings;
    m_timeline->restoreSettings(settings);
    m_timelineCoordinator->refresh();
    // Opening the timeline shows it as it is now, not as it was when last painted.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_timeline)
            m_timelineCoordinator->refresh();
    });
}

void MainWindow::onBandActivated(qint64 serviceId, const StateBand& band)
{
    m_board->selectService(serviceId);
    // A little context either side of the band, never past now.
    const qint64 margin = std::max<qint64>(band.durationMs() / 4, 60'000);
    const bool outage =
        band.known && (band.state == ServiceState::Down || band.state == ServiceState::Degraded);
    m_detail->showPeriod(band.startMs - margin, std::min(band.endMs + margin, m_session.clock().nowMs()),
                         outage ? band.startMs : 0);
    QHash<qint64, QString> names;
    for (const ServiceDefinition& def : m_session.services())
        names.insert(def.id, def.name);
    m_correlations->setChanges(m_timelineCoordinator->correlate(band), names);
    m_timeline->showCorrelations();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_addAction = make(tr("&Add service…"), QKeySequence::New, &MainWindow::addService);
    m_editAction = make(tr("&Edit service…"), QKeySequence(Qt::Key_F2),
                        [this] { editService(m_board->selectedServiceId()); });
    m_pauseAction =
        make(tr("&Pause or resume"), QKeySequence(Qt::CTRL | Qt::Key_P), &MainWindow::togglePause);
    m_checkNowAction = make(tr("&Check now"), QKeySequence(Qt::Key_F5), &MainWindow::checkSelectedNow);
    m_removeAction = make(tr("&Remove service…"), QKeySequence::Delete, &MainWindow::removeSelected);
    m_importAction = make(tr("&Import workspace…"), QKeySequence::Open, &MainWindow::importWorkspace);
    m_exportAction = make(tr("&Export workspace…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                          &MainWindow::exportWorkspace);
    m_gatusAction = make(tr("Import &Gatus configuration…"), QKeySequence(), &MainWindow::importGatus);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, [] { QApplication::quit(); });
    m_aboutAction = make(tr("&About Vigie"), QKeySequence(), &MainWindow::showAbout);
    m_addAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_removeAction->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_checkNowAction->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_pauseAction->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-pause")));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_gatusAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* services = menuBar()->addMenu(tr("&Services"));
    services->addAction(m_addAction);
    services->addAction(m_editAction);
    services->addAction(m_pauseAction);
    services->addAction(m_checkNowAction);
    services->addSeparator();
    services->addAction(m_removeAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showBoard = view->addAction(tr("Service &board"));
    showBoard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(showBoard, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_board); });
    QAction* showTimeline = view->addAction(tr("&Timeline"));
    showTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(showTimeline, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_timeline); });
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> choices{{QString(), tr("System language")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto& [code, label] : choices) {
        QAction* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            statusBar()->showMessage(tr("The language changes the next time Vigie starts."), 10'000);
        });
    }

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_aboutAction);

    QToolBar* bar = addToolBar(tr("Services"));
    bar->setObjectName(QStringLiteral("servicesToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_addAction);
    bar->addAction(m_checkNowAction);
    bar->addAction(m_pauseAction);
    bar->addAction(m_removeAction);

    m_trayMenu = new QMenu(this);
    QAction* show = m_trayMenu->addAction(tr("Show the cockpit"));
    connect(show, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_trayMenu->addAction(m_quitAction);
    m_tray = new TrayStatus(m_trayMenu, this);
    connect(m_tray, &TrayStatus::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::connectSession()
{
    connect(&m_session, &MonitoringSession::serviceAdded, this, [this](const ServiceDefinition& def) {
        m_model->upsertService(def);
        // Only the service added by hand is selected: an import of many must not walk the selection.
        if (def.name == m_selectWhenAdded) {
            m_selectWhenAdded.clear();
            m_board->selectService(def.id);
        }
        updateStatusSummary();
    });
    connect(&m_session, &MonitoringSession::serviceUpdated, this, [this](const ServiceDefinition& def) {
        m_model->upsertService(def);
        if (m_board->selectedServiceId() == def.id)
            onSelectionChanged(def.id);
        updateStatusSummary();
        updateActions();
    });
    connect(&m_session, &MonitoringSession::serviceRemoved, this, [this](qint64 id) {
        m_model->removeService(id);
        updateStatusSummary();
    });
    auto* results = new ResultCoalescer(ResultCoalescer::DefaultIntervalMs, this);
    connect(&m_session, &MonitoringSession::resultsReady, results, &ResultCoalescer::add);
    connect(results, &ResultCoalescer::ready, this, [this](const QList<CheckResult>& batch) {
        m_model->applyResults(batch);
        m_detail->applyResults(batch);
        // With the board, not at each commit: one repaint of the window instead of two.
        m_storeLabel->setText(tr("%L1 results stored").arg(m_session.storedResultCount()));
    });
    connect(&m_session, &MonitoringSession::stateChanged, this, &MainWindow::onStateChanged);
    connect(&m_session, &MonitoringSession::summariesReady, this,
            [this](const QList<ServiceSummary>& summaries) {
                m_model->applySummaries(summaries);
                updateStatusSummary();
            });
    connect(&m_session, &MonitoringSession::historyReady, m_detail, &ServiceDetailPane::showHistory);
    connect(&m_session, &MonitoringSession::workspaceApplied, this,
            [this](const QString& path, const MonitoringSession::ApplyReport& r) {
                statusBar()->showMessage(
                    tr("Workspace %1 applied: %2 added, %3 updated, %4 unchanged, %5 removed.")
                        .arg(path)
                        .arg(r.added)
                        .arg(r.updated)
                        .arg(r.unchanged)
                        .arg(r.removed),
                    15'000);
            });
    connect(&m_session, &MonitoringSession::workspaceExported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Workspace exported to %1.").arg(path), 10'000);
    });
    connect(
        &m_session, &MonitoringSession::gatusImported, this,
        [this](const QString& path, const MonitoringSession::ApplyReport& r, const QStringList& notMapped) {
            auto* box = new QMessageBox(QMessageBox::Information, tr("Gatus configuration imported"),
                                        tr("%1: %2 services added, %3 updated, %4 unchanged.\n"
                                           "%n item(s) could not be carried over as they were.",
                                           nullptr, int(notMapped.size()))
                                            .arg(path)
                                            .arg(r.added)
                                            .arg(r.updated)
                                            .arg(r.unchanged),
                                        QMessageBox::Ok, this);
            box->setDetailedText(notMapped.join(QLatin1Char('\n')));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setModal(false);
            box->show();
        });
    connect(&m_session, &MonitoringSession::errorOccurred, this, &MainWindow::showError);

    connect(m_board, &ServiceBoardView::serviceSelected, this, &MainWindow::onSelectionChanged);
    connect(m_board, &ServiceBoardView::serviceActivated, this, &MainWindow::editService);
    connect(m_detail, &ServiceDetailPane::historyRequested, &m_session, &MonitoringSession::requestHistory);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 760);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_timeline->saveSettings(settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::onSelectionChanged(qint64 id)
{
    updateActions();
    const auto def = m_session.service(id);
    if (!def) {
        m_detail->clearService();
        return;
    }
    m_detail->showService(*def, m_model->stateOf(id), m_model->sinceOf(id), m_model->reasonOf(id));
}

void MainWindow::onStateChanged(const StateChange& change)
{
    m_model->applyStateChange(change);
    if (m_board->selectedServiceId() == change.serviceId)
        m_detail->applyStateChange(change);
    if (const auto def = m_session.service(change.serviceId))
        m_tray->notifyStateChange(def->name, change, m_model->isUnderMaintenance(change.serviceId));
    updateStatusSummary();
}

void MainWindow::updateStatusSummary()
{
    int up = 0;
    int degraded = 0;
    int down = 0;
    int paused = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->stateOf(m_model->idAt(row))) {
        case ServiceState::Up:
            ++up;
            break;
        case ServiceState::Degraded:
            ++degraded;
            break;
        case ServiceState::Down:
            ++down;
            break;
        case ServiceState::Paused:
            ++paused;
            break;
        case ServiceState::Unknown:
            break;
        }
    }
    m_summaryLabel->setText(
        tr("%1 down · %2 degraded · %3 up · %4 paused").arg(down).arg(degraded).arg(up).arg(paused));
    m_tray->setWorstState(m_model->worstState(), down, degraded);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 30'000);
    if (m_errorBox && m_errorBox->isVisible()) {
        ++m_errorsInBox;
        m_errorBox->setText(message);
        m_errorBox->setInformativeText(
            tr("%n more error(s) since this message first opened.", nullptr, m_errorsInBox));
        return;
    }
    m_errorsInBox = 0;
    m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Vigie"), message, QMessageBox::Ok, this);
    m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox->setModal(false);
    m_errorBox->show();
}

QString MainWindow::statusSummary() const
{
    return m_summaryLabel->text();
}

void MainWindow::updateActions()
{
    const qint64 id = m_board->selectedServiceId();
    const auto def = m_session.service(id);
    m_editAction->setEnabled(def.has_value());
    m_pauseAction->setEnabled(def.has_value());
    m_removeAction->setEnabled(def.has_value());
    m_checkNowAction->setEnabled(def.has_value() && !def->paused);
    m_pauseAction->setText(def && def->paused ? tr("&Resume") : tr("&Pause"));
}

QStringList MainWindow::takenNames(qint64 exceptId) const
{
    QStringList names;
    for (const ServiceDefinition& def : m_session.services()) {
        if (def.id != exceptId)
            names.append(def.name);
    }
    return names;
}

void MainWindow::addService()
{
    ServiceEditorDialog dialog(this);
    dialog.setWindowTitle(tr("Add a service"));
    dialog.setTakenNames(takenNames(0));
    if (dialog.exec() == QDialog::Accepted) {
        m_selectWhenAdded = dialog.definition().name;
        m_session.addService(dialog.definition());
    }
}

void MainWindow::editService(qint64 id)
{
    const auto def = m_session.service(id);
    if (!def)
        return;
    ServiceEditorDialog dialog(this);
    dialog.setWindowTitle(tr("Edit %1").arg(def->name));
    dialog.setTakenNames(takenNames(id));
    dialog.setDefinition(*def);
    if (dialog.exec() == QDialog::Accepted) {
        ServiceDefinition edited = dialog.definition();
        edited.id = id;
        m_session.updateService(edited);
    }
}

void MainWindow::togglePause()
{
    const auto def = m_session.service(m_board->selectedServiceId());
    if (def)
        m_session.setPaused(def->id, !def->paused);
}

void MainWindow::checkSelectedNow()
{
    if (const qint64 id = m_board->selectedServiceId())
        m_session.checkNow(id);
}

void MainWindow::removeSelected()
{
    const auto def = m_session.service(m_board->selectedServiceId());
    if (!def)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Remove a service"),
                              tr("Remove %1 and its whole history? This cannot be undone.").arg(def->name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session.removeService(def->id);
}

void MainWindow::importWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a workspace"), QString(),
                                                      tr("Workspace files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        m_session.importWorkspaceFile(path, false);
}

void MainWindow::exportWorkspace()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the workspace"), QStringLiteral("vigie-workspace.yaml"),
                                     tr("Workspace files (*.yaml *.yml)"));
    if (!path.isEmpty())
        m_session.exportWorkspaceFile(path);
}

void MainWindow::importGatus()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a Gatus configuration"), QString(),
                                     tr("Gatus configuration (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        m_session.importGatusFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Vigie"),
                       tr("<h3>Vigie %1</h3><p>The lookout of your services: watch them, see their outages, "
                          "and walk the incident communication checklist.</p>")
                           .arg(QApplication::applicationVersion()));
}
