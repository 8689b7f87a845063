#include "incident/IncidentDetailPane.h"

#include "incident/IncidentDesk.h"
#include "incident/IncidentFactsEditor.h"
#include "incident/IncidentStyle.h"
#include "incident/IncidentText.h"
#include "incident/IncidentTimelineModel.h"
#include "incident/IncidentTimelineView.h"
#include "incident/NoteDialog.h"
#include "incident/StatusReportDialog.h"
#include "util/TimeText.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

IncidentDetailPane::IncidentDetailPane(IncidentDesk& desk, std::function<QList<ServiceDefinition>()> services,
                                       QWidget* parent)
    : QWidget(parent), m_desk(desk), m_placeholder(new QLabel(this)), m_content(new QWidget(this)),
      m_error(new QLabel(this)), m_facts(new IncidentFactsEditor(desk, std::move(services), this)),
      m_timeline(new IncidentTimelineView(desk, this)), m_tabs(new QTabWidget(this)),
      m_noteAction(new QAction(tr("Add &note…"), this)),
      m_reportAction(new QAction(tr("Status &report…"), this))
{
    auto* placeholder = static_cast<QLabel*>(m_placeholder);
    placeholder->setText(tr("Select an incident, or declare one."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_error->setObjectName(QStringLiteral("incidentError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { color: #b31d1d; font-weight: bold; background: #fdecea;"
                       " border: 1px solid #f5c2c0; border-radius: 3px; padding: 3px 6px; }"));
    m_error->hide();

    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_noteAction->setToolTip(tr("Add a timestamped note to the timeline (%1)")
                                 .arg(m_noteAction->shortcut().toString(QKeySequence::NativeText)));
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportAction->setToolTip(tr("Write an internal status report: conditions, actions, needs (%1)")
                                   .arg(m_reportAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_noteAction);
    addAction(m_reportAction);
    connect(m_noteAction, &QAction::triggered, this, &IncidentDetailPane::openNoteDialog);
    connect(m_reportAction, &QAction::triggered, this, &IncidentDetailPane::openStatusReportDialog);
    m_timeline->addToolAction(m_noteAction);
    m_timeline->addToolAction(m_reportAction);

    // The checklist and the messages join as tabs after the timeline.
    m_tabs->setObjectName(QStringLiteral("incidentDetailTabs"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));

    auto* factsScroll = new QScrollArea(this);
    factsScroll->setWidget(m_facts);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    factsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    factsScroll->setMinimumWidth(m_facts->minimumSizeHint().width() + 24);

    auto* splitter = new QSplitter(Qt::Horizontal, m_content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(factsScroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(buildHeader());
    contentLayout->addWidget(m_error);
    contentLayout->addWidget(splitter, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    m_content->hide();

    connect(m_facts, &IncidentFactsEditor::failed, this, &IncidentDetailPane::showError);
    connect(m_facts, &IncidentFactsEditor::succeeded, this, &IncidentDetailPane::clearError);
    connect(&desk, &IncidentDesk::incidentChanged, this, &IncidentDetailPane::onIncidentChanged);
    connect(&desk, &IncidentDesk::loaded, this, [this] { showIncident(m_incidentId); });
    showIncident(QString());
}

QWidget* IncidentDetailPane::buildHeader()
{
    auto* header = new QWidget(this);
    m_reference = new QLabel(header);
    m_reference->setObjectName(QStringLiteral("incidentReference"));
    QFont big = m_reference->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_reference->setFont(big);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_drill = new QLabel(tr("DRILL"), header);
    m_drill->setObjectName(QStringLiteral("drillBadge"));
    m_drill->setStyleSheet(IncidentStyle::drillBadgeStyleSheet());
    m_drill->setToolTip(tr("A rehearsal: messages go only to a sandbox"));

    m_kind = new QLabel(header);
    m_kind->setForegroundRole(QPalette::PlaceholderText);

    m_title = new QLineEdit(header);
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Title"));
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_title->isModified())
            return;
        m_title->setModified(false);
        report(m_desk.setTitle(m_incidentId, m_title->text()));
        if (const std::optional<Incident> incident = m_desk.incident(m_incidentId);
            incident && m_error->isVisible())
            m_title->setText(incident->title);
    });

    m_severity = new QComboBox(header);
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    for (const Severity severity : allSeverities()) {
        m_severity->addItem(IncidentStyle::severityIcon(severity), severityLabel(severity),
                            static_cast<int>(severity));
        m_severity->setItemData(m_severity->count() - 1, severityMeaning(severity), Qt::ToolTipRole);
    }
    connect(m_severity, &QComboBox::activated, this, [this] {
        report(m_desk.setSeverity(m_incidentId, static_cast<Severity>(m_severity->currentData().toInt())));
    });
    m_severityLabel = new QLabel(tr("Se&verity:"), header);
    m_severityLabel->setBuddy(m_severity);

    m_statusGroup = new QButtonGroup(this);
    m_statusGroup->setExclusive(true);
    auto* statusRow = new QHBoxLayout;
    statusRow->setSpacing(0);
    for (const bool maintenance : {false, true}) {
        for (const IncidentStatus status : incidentStatuses(maintenance)) {
            auto* button = new QToolButton(header);
            button->setObjectName(QStringLiteral("status_") + incidentStatusKey(status));
            button->setText(incidentStatusLabel(status));
            button->setCheckable(true);
            button->setFocusPolicy(Qt::StrongFocus);
            button->setToolTip(tr("Set the status to “%1”").arg(incidentStatusLabel(status)));
            button->setStyleSheet(QStringLiteral("QToolButton { padding: 3px 10px; }"
                                                 " QToolButton:checked { color: white; background: %1;"
                                                 " font-weight: bold; }")
                                      .arg(IncidentStyle::statusTextColor(status).name()));
            m_statusGroup->addButton(button, static_cast<int>(status));
            m_statusButtons.insert(static_cast<int>(status), button);
            statusRow->addWidget(button);
        }
    }
    connect(m_statusGroup, &QButtonGroup::idClicked, this, [this](int id) {
        report(m_desk.setStatus(m_incidentId, static_cast<IncidentStatus>(id)));
        if (const std::optional<Incident> incident = m_desk.incident(m_incidentId))
            refresh(*incident); // a refused change puts the buttons back
    });

    m_window = new QLabel(header);
    m_window->setObjectName(QStringLiteral("maintenanceWindow"));

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_reference);
    top->addWidget(m_drill);
    top->addWidget(m_kind);
    top->addWidget(m_title, 1);

    auto* second = new QHBoxLayout;
    second->setSpacing(8);
    second->addWidget(m_severityLabel);
    second->addWidget(m_severity);
    second->addSpacing(12);
    second->addLayout(statusRow);
    second->addSpacing(12);
    second->addWidget(m_window);
    second->addStretch(1);

    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(second);
    return header;
}

QAbstractButton* IncidentDetailPane::statusButton(IncidentStatus status) const
{
    return m_statusButtons.value(static_cast<int>(status));
}

void IncidentDetailPane::showIncident(const QString& incidentId)
{
    const std::optional<Incident> incident =
        incidentId.isEmpty() ? std::nullopt : m_desk.incident(incidentId);
    const QString shown = incident ? incident->id : QString();
    const bool another = shown != m_incidentId;
    if (another)
        m_facts->flush();
    m_incidentId = shown;
    clearError();
    m_placeholder->setVisible(!incident);
    m_content->setVisible(incident.has_value());
    m_noteAction->setEnabled(incident.has_value());
    m_reportAction->setEnabled(incident.has_value());
    if (another || m_timeline->model()->incidentId() != shown)
        m_timeline->setIncident(shown);
    if (incident) {
        m_title->setModified(false);
        refresh(*incident);
    }
    if (another)
        Q_EMIT incidentShown(shown);
}

void IncidentDetailPane::refresh(const Incident& incident)
{
    const bool maintenance = incident.isMaintenance();
    m_reference->setText(incident.reference);
    m_drill->setVisible(incident.drill);
    m_kind->setText(IncidentText::kindLabel(incident.kind));
    if (!m_title->isModified())
        m_title->setText(incident.title);
    {
        const QSignalBlocker blocker(m_severity);
        m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(incident.severity)));
    }
    m_severity->setToolTip(severityMeaning(incident.severity));
    m_severity->setVisible(!maintenance);
    m_severityLabel->setVisible(!maintenance);
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it) {
        const auto status = static_cast<IncidentStatus>(it.key());
        it.value()->setVisible(isMaintenanceStatus(status) == maintenance);
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(status == incident.status);
    }
    if (maintenance) {
        const QString zone =
            incident.windowTimeZoneId.isEmpty() ? tr("local time") : incident.windowTimeZoneId;
        m_window->setText(tr("Window: %1 – %2 (shown in local time; planned in %3)")
                              .arg(TimeText::absolute(incident.windowStartMs),
                                   TimeText::absolute(incident.windowEndMs), zone));
    }
    m_window->setVisible(maintenance);
    m_facts->showIncident(incident);
}

void IncidentDetailPane::onIncidentChanged(const Incident& incident)
{
    if (incident.id == m_incidentId)
        refresh(incident);
}

int IncidentDetailPane::addDetailTab(QWidget* page, const QString& title)
{
    return m_tabs->addTab(page, title);
}

NoteDialog* IncidentDetailPane::openNoteDialog()
{
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!incident)
        return nullptr;
    auto* dialog = new NoteDialog(incident->reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = incident->id;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id] { report(m_desk.addNote(id, dialog->text(), dialog->visibility())); });
    dialog->open();
    return dialog;
}

StatusReportDialog* IncidentDetailPane::openStatusReportDialog()
{
    const std::optional<Incident> incident = m_desk.incident(m_incidentId);
    if (!incident)
        return nullptr;
    auto* dialog = new StatusReportDialog(incident->reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = incident->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        report(m_desk.addStatusReport(id, dialog->conditions(), dialog->actions(), dialog->needs()));
    });
    dialog->open();
    return dialog;
}

void IncidentDetailPane::report(const std::optional<QString>& error)
{
    if (error)
        showError(*error);
    else
        clearError();
}

void IncidentDetailPane::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void IncidentDetailPane::clearError()
{
    m_error->clear();
    m_error->hide();
}
