#include "playbook/ChecklistPanel.h"

#include "incident/IncidentDesk.h"
#include "playbook/ChecklistModel.h"
#include "playbook/ChecklistSchedule.h"
#include "playbook/ChecklistStyle.h"
#include "playbook/ChecklistText.h"
#include "playbook/DrillReportDialog.h"
#include "playbook/SkipStepDialog.h"
#include "time/Clock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString errorStyleSheet()
{
    return QStringLiteral("QLabel { color: #b31d1d; font-weight: bold; background: #fdecea;"
                          " border: 1px solid #f5c2c0; border-radius: 3px; padding: 3px 6px; }");
}

} // namespace

ChecklistPanel::ChecklistPanel(IncidentDesk& desk, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_clock(clock), m_language(QLocale().name()),
      m_model(new ChecklistModel(desk, clock, this)), m_view(new QTableView(this)),
      m_instructions(new QLabel(this)), m_channels(new QLabel(this)), m_error(new QLabel(this)),
      m_timer(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ChecklistModel::Title, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Checklist steps"));

    m_instructions->setObjectName(QStringLiteral("stepInstructions"));
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::PlainText);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_channels->setObjectName(QStringLiteral("stepChannels"));
    m_channels->setTextFormat(Qt::PlainText);
    m_channels->setForegroundRole(QPalette::PlaceholderText);

    m_error->setObjectName(QStringLiteral("checklistError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildHeader());
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_instructions);
    layout->addWidget(m_channels);
    layout->addWidget(buildButtons());

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistPanel::updateDetails);
    // The model follows the desk on its own; the header and the buttons follow the model.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateHeader();
        updateDetails();
    });
    connect(&desk, &IncidentDesk::incidentChanged, this, [this](const Incident& incident) {
        if (incident.id == incidentId()) {
            updateHeader();
            updateDetails();
        }
    });
    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ChecklistPanel::refresh);
    m_timer->start();
    updateHeader();
    updateDetails();
}

QWidget* ChecklistPanel::buildHeader()
{
    auto* header = new QWidget(this);
    m_next = new QLabel(header);
    m_next->setObjectName(QStringLiteral("checklistNext"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::PlainText);
    QFont bold = m_next->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_next->setFont(bold);

    m_countdown = new QLabel(header);
    m_countdown->setObjectName(QStringLiteral("nextUpdateCountdown"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_countdown->setFont(big);
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->setTextFormat(Qt::PlainText);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_next, 1);
    layout->addWidget(m_countdown);
    return header;
}

QWidget* ChecklistPanel::buildButtons()
{
    auto* row = new QWidget(this);
    m_done = new QPushButton(ChecklistStyle::icon(StepStatus::State::Done), tr("&Done"), row);
    m_done->setObjectName(QStringLiteral("stepDone"));
    m_skip = new QPushButton(ChecklistStyle::icon(StepStatus::State::Skipped), tr("S&kip…"), row);
    m_skip->setObjectName(QStringLiteral("stepSkip"));
    m_draft = new QPushButton(tr("D&raft message"), row);
    m_draft->setObjectName(QStringLiteral("stepDraft"));
    m_fallback = new QPushButton(tr("Open the &fallback page…"), row);
    m_fallback->setObjectName(QStringLiteral("stepFallbackPage"));
    m_postMortem = new QPushButton(tr("Open the &post-mortem…"), row);
    m_postMortem->setObjectName(QStringLiteral("stepPostMortem"));
    m_report = new QPushButton(tr("Checklist &report…"), row);
    m_report->setObjectName(QStringLiteral("checklistReport"));

    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_done);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_done);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), m_skip);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), m_draft);
    m_done->setToolTip(tr("Tick the selected step, or the next one (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_skip->setToolTip(
        tr("Skip the step, saying why (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_draft->setToolTip(
        tr("Draft the step's message from its template (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E).toString(QKeySequence::NativeText)));

    connect(m_done, &QPushButton::clicked, this, &ChecklistPanel::markTargetDone);
    connect(m_skip, &QPushButton::clicked, this, &ChecklistPanel::openSkipDialog);
    connect(m_draft, &QPushButton::clicked, this, &ChecklistPanel::requestDraft);
    connect(m_fallback, &QPushButton::clicked, this, &ChecklistPanel::requestFallbackPage);
    connect(m_postMortem, &QPushButton::clicked, this, &ChecklistPanel::requestPostMortem);
    connect(m_report, &QPushButton::clicked, this, &ChecklistPanel::openReport);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    for (QPushButton* button : {m_done, m_skip, m_draft, m_fallback, m_postMortem})
        layout->addWidget(button);
    layout->addStretch(1);
    layout->addWidget(m_report);
    return row;
}

void ChecklistPanel::addShortcut(const QKeySequence& keys, QPushButton* button)
{
    // Local to the panel: the composer beside it may bind the same keys.
    auto* shortcut = new QShortcut(keys, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
}

void ChecklistPanel::setPlaybook(const Playbook& playbook)
{
    m_model->setPlaybook(playbook);
}

void ChecklistPanel::setIncident(const QString& incidentId)
{
    if (incidentId != m_model->incidentId())
        m_error->hide();
    m_model->setIncident(incidentId);
}

QString ChecklistPanel::incidentId() const
{
    return m_model->incidentId();
}

void ChecklistPanel::setLanguage(const QString& language)
{
    m_language = language;
    m_model->setLanguage(language);
    updateHeader();
    updateDetails();
}

void ChecklistPanel::refresh()
{
    m_model->refresh();
    updateHeader();
    updateDetails();
}

QString ChecklistPanel::stepTitle(const StepStatus& status) const
{
    const std::optional<PlaybookStep> step = m_model->playbook().step(status.stepId);
    return ChecklistText::title(status, step && step->isRepeating(), m_language);
}

std::optional<StepStatus> ChecklistPanel::targetStep() const
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        return m_model->status(selected.first().row());
    const std::optional<Incident> incident = m_desk.incident(incidentId());
    if (!incident)
        return std::nullopt;
    return ChecklistSchedule(m_model->playbook(), *incident).nextStep(m_model->shownAtMs());
}

void ChecklistPanel::updateHeader()
{
    const std::optional<Incident> incident = m_desk.incident(incidentId());
    m_report->setEnabled(incident.has_value());
    m_report->setText(incident && incident->drill ? tr("Drill &report…") : tr("Checklist &report…"));
    if (!incident) {
        m_next->setText(tr("No incident selected."));
        m_next->setStyleSheet(QString());
        m_countdown->hide();
        return;
    }
    const qint64 now = m_model->shownAtMs();
    const ChecklistSchedule schedule(m_model->playbook(), *incident);
    const std::optional<StepStatus> next = schedule.nextStep(now);
    QColor color;
    if (!next) {
        m_next->setText(tr("Every step is done."));
    } else if (next->dueAtMs == 0) {
        m_next->setText(tr("Next: %1 — when its time comes").arg(stepTitle(*next)));
    } else if (next->dueAtMs > now) {
        m_next->setText(
            tr("Next: %1 — due in %2").arg(stepTitle(*next), ChecklistText::distance(next->dueAtMs, now)));
        color = ChecklistStyle::textColor(next->state);
    } else {
        m_next->setText(tr("Next: %1 — overdue by %2")
                            .arg(stepTitle(*next), ChecklistText::distance(next->dueAtMs, now)));
        color = ChecklistStyle::overdueColor();
    }
    m_next->setStyleSheet(color.isValid() ? QStringLiteral("QLabel { color: %1; }").arg(color.name())
                                          : QString());

    const qint64 update = schedule.nextUpdateDueMs(now);
    m_countdown->setVisible(update != 0);
    if (update == 0)
        return;
    const bool overdue = update <= now;
    m_countdown->setText(overdue ? tr("Next update overdue by %1").arg(ChecklistText::clock(update, now))
                                 : tr("Next update in %1").arg(ChecklistText::clock(update, now)));
    m_countdown->setStyleSheet(overdue ? QStringLiteral("QLabel { color: white; background: %1;"
                                                        " border-radius: 4px; padding: 2px 8px; }")
                                             .arg(ChecklistStyle::overdueColor().name())
                                       : QStringLiteral("QLabel { padding: 2px 8px; }"));
}

void ChecklistPanel::updateDetails()
{
    const std::optional<StepStatus> target = targetStep();
    const std::optional<PlaybookStep> step =
        target ? m_model->playbook().step(target->stepId) : std::optional<PlaybookStep>();
    if (!target || !step) {
        m_instructions->clear();
        m_channels->clear();
    } else {
        const QString instructions = step->instructions.text(m_language);
        m_instructions->setText(instructions.isEmpty()
                                    ? stepTitle(*target)
                                    : stepTitle(*target) + QStringLiteral(": ") + instructions);
        m_channels->setText(step->channels.isEmpty()
                                ? QString()
                                : tr("Channels: %1").arg(ChecklistText::channels(step->channels)));
    }
    const bool open = target && target->isOpen();
    using Action = PlaybookStep::Action;
    m_done->setEnabled(open);
    m_skip->setEnabled(open);
    m_draft->setEnabled(step && !step->templateId.isEmpty());
    m_fallback->setVisible(step && step->action == Action::FallbackPage);
    m_postMortem->setVisible(step && step->action == Action::PostMortem);
}

void ChecklistPanel::report(const std::optional<QString>& error)
{
    if (error) {
        m_error->setText(*error);
        m_error->show();
    } else {
        m_error->hide();
    }
}

void ChecklistPanel::markTargetDone()
{
    m_model->refresh();
    const std::optional<StepStatus> target = targetStep();
    if (!target)
        return;
    const std::optional<QString> error = m_desk.markStep(incidentId(), target->stepId, target->occurrence,
                                                         ChecklistMark::State::Done, stepTitle(*target));
    report(error);
    // The next Ctrl+Return goes to the next step.
    if (!error)
        m_view->clearSelection();
}

SkipStepDialog* ChecklistPanel::openSkipDialog()
{
    m_model->refresh();
    const std::optional<StepStatus> target = targetStep();
    if (!target || !target->isOpen())
        return nullptr;
    auto* dialog = new SkipStepDialog(stepTitle(*target), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = incidentId();
    const StepStatus step = *target;
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, step] {
        const std::optional<QString> error =
            m_desk.markStep(id, step.stepId, step.occurrence, ChecklistMark::State::Skipped, stepTitle(step),
                            dialog->reason());
        report(error);
        if (!error)
            m_view->clearSelection();
    });
    dialog->open();
    return dialog;
}

DrillReportDialog* ChecklistPanel::openReport()
{
    const IncidentRecord* record = m_desk.record(incidentId());
    if (!record)
        return nullptr;
    auto* dialog = new DrillReportDialog(*record, m_model->playbook(), m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ChecklistPanel::requestDraft()
{
    const std::optional<StepStatus> target = targetStep();
    const std::optional<PlaybookStep> step =
        target ? m_model->playbook().step(target->stepId) : std::optional<PlaybookStep>();
    if (step && !step->templateId.isEmpty())
        Q_EMIT draftRequested(target->stepId, target->occurrence, step->templateId, step->channels);
}

void ChecklistPanel::requestFallbackPage()
{
    if (!incidentId().isEmpty())
        Q_EMIT fallbackPageRequested(incidentId());
}

void ChecklistPanel::requestPostMortem()
{
    if (!incidentId().isEmpty())
        Q_EMIT postMortemRequested(incidentId());
}
