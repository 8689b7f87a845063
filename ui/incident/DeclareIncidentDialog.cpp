#include "incident/DeclareIncidentDialog.h"

#include "incident/AffectedServicesEditor.h"
#include "incident/IncidentStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

constexpr qint64 kHourMs = 60LL * 60 * 1000;

QDateTimeEdit* timeEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm:ss"));
    edit->setCalendarPopup(true);
    return edit;
}

// The wall-clock time of an instant in a zone, as a zone-less value for an edit that shows that zone.
QDateTime wallClock(qint64 ms, const QTimeZone& zone)
{
    const QDateTime inZone = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return QDateTime(inZone.date(), inZone.time());
}

} // namespace

DeclareIncidentDialog::DeclareIncidentDialog(Incident::Kind kind, const QString& userName, qint64 nowMs,
                                             QWidget* parent)
    : QDialog(parent), m_kind(kind), m_title(new QLineEdit(this)), m_severity(new QComboBox(this)),
      m_meaning(new QLabel(this)), m_services(new AffectedServicesEditor(this)),
      m_summary(new QPlainTextEdit(this)), m_commander(new QLineEdit(userName, this)),
      m_lead(new QLineEdit(userName, this)), m_started(timeEdit(this)), m_detected(timeEdit(this)),
      m_drill(new QCheckBox(tr("D&rill: a rehearsal, published only to a sandbox"), this)),
      m_windowStart(timeEdit(this)), m_windowEnd(timeEdit(this)), m_zone(new QComboBox(this)),
      m_message(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool maintenance = kind == Incident::Kind::Maintenance;
    setWindowTitle(maintenance ? tr("Plan maintenance") : tr("Declare incident"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b31d1d; font-weight: bold;"));
    m_message->hide();

    QPushButton* declare = m_buttons->addButton(maintenance ? tr("Plan maintenance") : tr("Declare"),
                                                QDialogButtonBox::AcceptRole);
    declare->setDefault(true);
    declare->setAutoDefault(true);
    declare->setObjectName(QStringLiteral("declareButton"));

    m_started->setDateTime(QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime());
    m_detected->setDateTime(QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    // The next full hour, for one hour: a starting point the planner adjusts.
    const qint64 nextHour = (nowMs / kHourMs + 1) * kHourMs;
    setWindow(nextHour, nextHour + kHourMs, QString::fromUtf8(QTimeZone::systemTimeZoneId()));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildForm(), 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // Enter in the multi-line summary makes a new line; Ctrl+Enter declares from anywhere.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &DeclareIncidentDialog::accept);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeclareIncidentDialog::reject);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &DeclareIncidentDialog::updateMeaning);
    connect(m_services, &AffectedServicesEditor::changed, this, &DeclareIncidentDialog::revalidate);
    connect(m_windowStart, &QDateTimeEdit::dateTimeChanged, this, &DeclareIncidentDialog::revalidate);
    connect(m_windowEnd, &QDateTimeEdit::dateTimeChanged, this, &DeclareIncidentDialog::revalidate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &DeclareIncidentDialog::revalidate);
    updateMeaning();
    revalidate();
    m_title->setFocus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QWidget* DeclareIncidentDialog::buildForm()
{
    const bool maintenance = m_kind == Incident::Kind::Maintenance;
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    layout->addRow(tr("&Title:"), m_title);
    if (!maintenance) {
        for (const Severity severity : allSeverities()) {
            m_severity->addItem(IncidentStyle::severityIcon(severity), severityLabel(severity),
                                static_cast<int>(severity));
            m_severity->setItemData(m_severity->count() - 1, severityMeaning(severity), Qt::ToolTipRole);
        }
        m_severity->setCurrentIndex(m_severity->findData(static_cast<int>(Severity::Sev2)));
        m_meaning->setObjectName(QStringLiteral("severityMeaning"));
        m_meaning->setWordWrap(true);
        m_meaning->setForegroundRole(QPalette::PlaceholderText);
        auto* severityBox = new QWidget(form);
        auto* severityLayout = new QVBoxLayout(severityBox);
        severityLayout->setContentsMargins(0, 0, 0, 0);
        severityLayout->setSpacing(2);
        severityLayout->addWidget(m_severity, 0, Qt::AlignLeft);
        severityLayout->addWidget(m_meaning);
        layout->addRow(tr("&Severity:"), severityBox);
        auto* severityLabelWidget = qobject_cast<QLabel*>(layout->labelForField(severityBox));
        if (severityLabelWidget)
            severityLabelWidget->setBuddy(m_severity);
    } else {
        m_severity->hide();
        m_meaning->hide();
    }

    m_services->setImpactVisible(!maintenance);
    auto* scroll = new QScrollArea(form);
    scroll->setWidget(m_services);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setMinimumHeight(110);
    scroll->setMaximumHeight(220);
    scroll->setFocusPolicy(Qt::NoFocus);
    layout->addRow(maintenance ? tr("Ser&vices covered:") : tr("Affected ser&vices:"), scroll);
    if (auto* label = qobject_cast<QLabel*>(layout->labelForField(scroll)))
        label->setBuddy(m_services);

    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(maintenance ? tr("What customers will see, e.g. why and what to expect")
                                              : tr("What customers see, in plain words"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    layout->addRow(tr("C&ustomer summary:"), m_summary);
    layout->addRow(tr("&Commander:"), m_commander);
    layout->addRow(tr("Communications &lead:"), m_lead);
    if (maintenance) {
        m_zone->setEditable(true);
        m_zone->setInsertPolicy(QComboBox::NoInsert);
        layout->addRow(tr("&Window start:"), m_windowStart);
        layout->addRow(tr("Window &end:"), m_windowEnd);
        layout->addRow(tr("Time &zone:"), m_zone);
        m_started->hide();
        m_detected->hide();
    } else {
        m_started->setToolTip(tr("When the problem began: the first failed check"));
        m_detected->setToolTip(tr("When someone or something noticed: the first alert"));
        layout->addRow(tr("St&arted:"), m_started);
        layout->addRow(tr("&Detected:"), m_detected);
        m_windowStart->hide();
        m_windowEnd->hide();
        m_zone->hide();
    }
    layout->addRow(QString(), m_drill);
    return form;
}

void DeclareIncidentDialog::setServices(const QList<ServiceDefinition>& services,
                                        const QList<qint64>& preselected)
{
    QList<AffectedService> affected;
    for (const ServiceDefinition& definition : services) {
        if (!preselected.contains(definition.id))
            continue;
        AffectedService service;
        service.serviceId = definition.id;
        service.serviceName = definition.name;
        service.impact =
            m_kind == Incident::Kind::Maintenance ? Impact::UnderMaintenance : Impact::MajorOutage;
        affected.append(service);
    }
    m_services->setServices(services, affected);
    revalidate();
}

void DeclareIncidentDialog::setStartedAt(qint64 atMs)
{
    if (atMs > 0)
        m_started->setDateTime(QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime());
}

void DeclareIncidentDialog::setDetectedAt(qint64 atMs)
{
    if (atMs > 0)
        m_detected->setDateTime(QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime());
}

void DeclareIncidentDialog::setWindow(qint64 startMs, qint64 endMs, const QString& timeZoneId)
{
    int zoneIndex = m_zone->findText(timeZoneId);
    if (zoneIndex < 0)
        zoneIndex = m_zone->findText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_zone->setCurrentIndex(zoneIndex);
    const QTimeZone zone(m_zone->currentText().toUtf8());
    m_windowStart->setDateTime(wallClock(startMs, zone));
    m_windowEnd->setDateTime(wallClock(endMs, zone));
}

qint64 DeclareIncidentDialog::windowMs(const QDateTimeEdit* edit) const
{
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone())
        .toMSecsSinceEpoch();
}

QString DeclareIncidentDialog::suggestedTitle() const
{
    const QList<AffectedService> affected = m_services->affected();
    if (m_kind == Incident::Kind::Maintenance) {
        if (affected.isEmpty())
            return tr("Scheduled maintenance");
        return tr("Scheduled maintenance: %1").arg(affected.first().serviceName);
    }
    if (affected.isEmpty())
        return tr("Untitled incident");
    const AffectedService& first = affected.first();
    if (affected.size() == 1)
        return tr("%1: %2").arg(first.serviceName, impactLabel(first.impact).toLower());
    QStringList names;
    for (const AffectedService& service : affected)
        names.append(service.serviceName);
    return tr("%1 affected").arg(names.join(QStringLiteral(", ")));
}

DeclareRequest DeclareIncidentDialog::request() const
{
    DeclareRequest request;
    request.kind = m_kind;
    request.drill = m_drill->isChecked();
    request.title = m_title->text().trimmed().isEmpty() ? suggestedTitle() : m_title->text().trimmed();
    request.affected = m_services->affected();
    request.customerSummary = m_summary->toPlainText().trimmed();
    request.commander = m_commander->text().trimmed();
    request.communicationsLead = m_lead->text().trimmed();
    if (m_kind == Incident::Kind::Maintenance) {
        request.severity = Severity::Sev4;
        request.windowStartMs = windowMs(m_windowStart);
        request.windowEndMs = windowMs(m_windowEnd);
        request.windowTimeZoneId = m_zone->currentText().trimmed();
    } else {
        request.severity = static_cast<Severity>(m_severity->currentData().toInt());
        request.startedAtMs = m_started->dateTime().toMSecsSinceEpoch();
        request.detectedAtMs = m_detected->dateTime().toMSecsSinceEpoch();
    }
    return request;
}

QString DeclareIncidentDialog::validationMessage() const
{
    if (m_kind != Incident::Kind::Maintenance)
        return QString();
    if (!QTimeZone(m_zone->currentText().trimmed().toUtf8()).isValid())
        return tr("Time zone: “%1” is not a known zone.").arg(m_zone->currentText().trimmed());
    if (windowMs(m_windowEnd) <= windowMs(m_windowStart))
        return tr("Window end: it must come after the window start.");
    if (m_services->affected().isEmpty())
        return tr("Services covered: tick at least one service.");
    return QString();
}

void DeclareIncidentDialog::accept()
{
    revalidate();
    if (!validationMessage().isEmpty())
        return;
    QDialog::accept();
}

void DeclareIncidentDialog::revalidate()
{
    const QString problem = validationMessage();
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_title->setPlaceholderText(suggestedTitle());
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty());
    }
}

void DeclareIncidentDialog::updateMeaning()
{
    const QString meaning = severityMeaning(static_cast<Severity>(m_severity->currentData().toInt()));
    m_meaning->setText(meaning);
    m_severity->setToolTip(meaning);
}
