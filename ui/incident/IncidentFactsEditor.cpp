#include "incident/IncidentFactsEditor.h"

#include "incident/AffectedServicesEditor.h"
#include "incident/IncidentDesk.h"
#include "incident/KeyMomentsEditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTimer* pauseTimer(QObject* parent)
{
    auto* timer = new QTimer(parent);
    timer->setSingleShot(true);
    timer->setInterval(IncidentFactsEditor::kSavePauseMs);
    return timer;
}

} // namespace

IncidentFactsEditor::IncidentFactsEditor(IncidentDesk& desk,
                                         std::function<QList<ServiceDefinition>()> services, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_serviceList(std::move(services)),
      m_services(new AffectedServicesEditor(this)), m_commander(new QLineEdit(this)),
      m_lead(new QLineEdit(this)), m_summary(new QPlainTextEdit(this)), m_notes(new QPlainTextEdit(this)),
      m_moments(new KeyMomentsEditor(desk, this)), m_momentsBox(new QWidget(this)),
      m_servicesTitle(sectionTitle(tr("Affected servi&ces"), this)), m_summaryTimer(pauseTimer(this)),
      m_notesTimer(pauseTimer(this))
{
    m_commander->setObjectName(QStringLiteral("commanderEdit"));
    m_lead->setObjectName(QStringLiteral("leadEdit"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_servicesTitle->setBuddy(m_services);

    auto* people = new QFormLayout;
    people->setContentsMargins(0, 0, 0, 0);
    people->addRow(tr("C&ommander:"), m_commander);
    people->addRow(tr("Communications &lead:"), m_lead);

    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What customers see, in plain words; messages quote it"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    auto* summaryTitle = sectionTitle(tr("C&ustomer summary"), this);
    summaryTitle->setBuddy(m_summary);

    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Scratch pad for the team: links, hypotheses, who is on what"));
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    auto* notesTitle = sectionTitle(tr("Internal notes (scratch &pad)"), this);
    notesTitle->setBuddy(m_notes);

    auto* momentsLayout = new QVBoxLayout(m_momentsBox);
    momentsLayout->setContentsMargins(0, 0, 0, 0);
    momentsLayout->addWidget(sectionTitle(tr("Key moments"), m_momentsBox));
    momentsLayout->addWidget(m_moments);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_servicesTitle);
    layout->addWidget(m_services);
    layout->addSpacing(6);
    layout->addLayout(people);
    layout->addSpacing(6);
    layout->addWidget(summaryTitle);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addWidget(m_momentsBox);
    layout->addSpacing(6);
    layout->addWidget(notesTitle);
    layout->addWidget(m_notes, 1);

    connect(m_services, &AffectedServicesEditor::changed, this, &IncidentFactsEditor::saveAffected);
    connect(m_commander, &QLineEdit::editingFinished, this, &IncidentFactsEditor::savePeople);
    connect(m_lead, &QLineEdit::editingFinished, this, &IncidentFactsEditor::savePeople);
    connect(m_summary, &QPlainTextEdit::textChanged, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesTimer, qOverload<>(&QTimer::start));
    connect(m_summaryTimer, &QTimer::timeout, this, &IncidentFactsEditor::saveSummary);
    connect(m_notesTimer, &QTimer::timeout, this, &IncidentFactsEditor::saveNotes);
    connect(m_moments, &KeyMomentsEditor::failed, this, &IncidentFactsEditor::failed);
    connect(m_moments, &KeyMomentsEditor::succeeded, this, &IncidentFactsEditor::succeeded);
    m_summary->installEventFilter(this);
    m_notes->installEventFilter(this);
}

void IncidentFactsEditor::showIncident(const Incident& incident)
{
    const bool another = incident.id != m_incidentId;
    if (another) {
        flush();
        m_incidentId = incident.id;
        const QSignalBlocker blocker(m_services);
        m_services->setImpactVisible(!incident.isMaintenance());
        m_services->setServices(m_serviceList ? m_serviceList() : QList<ServiceDefinition>(),
                                incident.affected);
    } else {
        bool known = true;
        for (const AffectedService& service : incident.affected)
            known = known && m_services->checkBoxFor(service.serviceId) != nullptr;
        if (known)
            m_services->setAffected(incident.affected);
        else
            m_services->setServices(m_serviceList ? m_serviceList() : QList<ServiceDefinition>(),
                                    incident.affected);
    }
    m_servicesTitle->setText(incident.isMaintenance() ? tr("Servi&ces covered") : tr("Affected servi&ces"));

    // A field the user is typing into keeps what is typed; the save brings the desk in line.
    if (another || !m_commander->isModified())
        m_commander->setText(incident.commander);
    if (another || !m_lead->isModified())
        m_lead->setText(incident.communicationsLead);
    if (another || !m_summary->document()->isModified()) {
        const QSignalBlocker blocker(m_summary);
        if (m_summary->toPlainText() != incident.customerSummary)
            m_summary->setPlainText(incident.customerSummary);
        m_summary->document()->setModified(false);
    }
    if (another || !m_notes->document()->isModified()) {
        const QSignalBlocker blocker(m_notes);
        if (m_notes->toPlainText() != incident.internalNotes)
            m_notes->setPlainText(incident.internalNotes);
        m_notes->document()->setModified(false);
    }
    m_momentsBox->setVisible(!incident.isMaintenance());
    m_moments->showIncident(incident);
}

void IncidentFactsEditor::flush()
{
    if (m_summaryTimer->isActive() || m_summary->document()->isModified())
        saveSummary();
    if (m_notesTimer->isActive() || m_notes->document()->isModified())
        saveNotes();
    if (m_commander->isModified() || m_lead->isModified())
        savePeople();
}

bool IncidentFactsEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_summary && m_summary->document()->isModified())
            saveSummary();
        else if (watched == m_notes && m_notes->document()->isModified())
            saveNotes();
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentFactsEditor::report(const std::optional<QString>& error)
{
    if (error)
        Q_EMIT failed(*error);
    else
        Q_EMIT succeeded();
}

void IncidentFactsEditor::saveAffected()
{
    if (!m_incidentId.isEmpty())
        report(m_desk.setAffected(m_incidentId, m_services->affected()));
}

void IncidentFactsEditor::savePeople()
{
    if (m_incidentId.isEmpty())
        return;
    m_commander->setModified(false);
    m_lead->setModified(false);
    report(m_desk.setPeople(m_incidentId, m_commander->text(), m_lead->text()));
}

void IncidentFactsEditor::saveSummary()
{
    m_summaryTimer->stop();
    m_summary->document()->setModified(false);
    if (!m_incidentId.isEmpty())
        report(m_desk.setCustomerSummary(m_incidentId, m_summary->toPlainText()));
}

void IncidentFactsEditor::saveNotes()
{
    m_notesTimer->stop();
    m_notes->document()->setModified(false);
    if (!m_incidentId.isEmpty())
        report(m_desk.setInternalNotes(m_incidentId, m_notes->toPlainText()));
}
