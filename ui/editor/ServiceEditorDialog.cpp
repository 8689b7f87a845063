#include "editor/ServiceEditorDialog.h"

#include "editor/HttpSettingsEditor.h"
#include "util/CheckKindText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

ServiceEditorDialog::ServiceEditorDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_group(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_target(new QLineEdit(this)), m_paused(new QCheckBox(tr("Paused (not checked)"), this)),
      m_interval(new QSpinBox(this)), m_timeout(new QSpinBox(this)), m_failuresBeforeDown(new QSpinBox(this)),
      m_successesBeforeUp(new QSpinBox(this)), m_sla(new QDoubleSpinBox(this)),
      m_certWarnDays(new QSpinBox(this)),
      m_inverted(new QCheckBox(tr("Inverted: a failing check means Up"), this)),
      m_httpBox(new QGroupBox(tr("HTTP"), this)), m_http(new HttpSettingsEditor(m_httpBox)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b31d1d; font-weight: bold;"));

    auto* httpLayout = new QVBoxLayout(m_httpBox);
    httpLayout->addWidget(m_http);

    auto* left = new QVBoxLayout;
    left->addWidget(buildServiceSection());
    left->addWidget(buildCheckSection());
    left->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_httpBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceEditorDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ServiceEditorDialog::revalidate);
    connect(m_target, &QLineEdit::textChanged, this, &ServiceEditorDialog::revalidate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ServiceEditorDialog::onKindChanged);
    connect(m_interval, &QSpinBox::valueChanged, this, &ServiceEditorDialog::revalidate);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ServiceEditorDialog::revalidate);
    connect(m_http, &HttpSettingsEditor::changed, this, &ServiceEditorDialog::revalidate);

    setDefinition(ServiceDefinition());
}

QGroupBox* ServiceEditorDialog::buildServiceSection()
{
    for (const CheckKind kind : CheckKindText::all())
        m_kind->addItem(CheckKindText::label(kind), static_cast<int>(kind));
    m_name->setPlaceholderText(tr("e.g. Public website"));
    m_group->setPlaceholderText(tr("optional, e.g. Payments"));

    auto* box = new QGroupBox(tr("Service"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Check:"), m_kind);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(QString(), m_paused);
    return box;
}

QGroupBox* ServiceEditorDialog::buildCheckSection()
{
    m_interval->setRange(5, 86'400);
    m_interval->setSuffix(tr(" s"));
    m_timeout->setRange(100, 120'000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_failuresBeforeDown->setRange(1, 100);
    m_successesBeforeUp->setRange(1, 100);
    m_sla->setRange(0.0, 100.0);
    m_sla->setDecimals(3);
    m_sla->setSingleStep(0.1);
    m_sla->setSuffix(tr(" %"));
    m_certWarnDays->setRange(0, 365);
    m_certWarnDays->setSuffix(tr(" days"));
    m_certWarnDays->setSpecialValueText(tr("Never"));

    auto* box = new QGroupBox(tr("Checking"), this);
    auto* form = new QFormLayout(box);
    form->addRow(tr("Check &every:"), m_interval);
    form->addRow(tr("Time&out:"), m_timeout);
    form->addRow(tr("&Down after:"), m_failuresBeforeDown);
    form->addRow(tr("&Up after:"), m_successesBeforeUp);
    form->addRow(tr("&SLA target:"), m_sla);
    form->addRow(tr("Certificate &warning:"), m_certWarnDays);
    form->addRow(QString(), m_inverted);
    m_failuresBeforeDown->setSuffix(tr(" failed checks"));
    m_successesBeforeUp->setSuffix(tr(" passed checks"));
    m_certWarnDays->setToolTip(tr("Degraded when the certificate expires within this many days"));
    return box;
}

void ServiceEditorDialog::setDefinition(const ServiceDefinition& definition)
{
    m_id = definition.id;
    // A new service (perhaps pre-filled from a copy) has no name of its own yet.
    m_originalName = definition.id == 0 ? QString() : definition.name;
    setWindowTitle(definition.id == 0 ? tr("Add service") : tr("Edit service"));
    m_name->setText(definition.name);
    m_group->setText(definition.group);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(definition.kind)));
    m_target->setText(definition.target);
    m_paused->setChecked(definition.paused);
    m_interval->setValue(definition.intervalSec);
    m_timeout->setValue(definition.timeoutMs);
    m_failuresBeforeDown->setValue(definition.failuresBeforeDown);
    m_successesBeforeUp->setValue(definition.successesBeforeUp);
    m_sla->setValue(definition.slaTargetPercent);
    m_certWarnDays->setValue(definition.certExpiryWarnDays);
    m_inverted->setChecked(definition.inverted);
    m_http->setSettings(definition.http);
    onKindChanged();
}

ServiceDefinition ServiceEditorDialog::definition() const
{
    ServiceDefinition d;
    d.id = m_id;
    d.name = m_name->text().trimmed();
    d.group = m_group->text().trimmed();
    d.kind = currentKind();
    d.target = m_target->text().trimmed();
    d.paused = m_paused->isChecked();
    d.intervalSec = m_interval->value();
    d.timeoutMs = m_timeout->value();
    d.failuresBeforeDown = m_failuresBeforeDown->value();
    d.successesBeforeUp = m_successesBeforeUp->value();
    d.slaTargetPercent = m_sla->value();
    d.certExpiryWarnDays = m_certWarnDays->value();
    d.inverted = m_inverted->isChecked();
    // Kept for every kind so that switching kind back and forth loses nothing.
    d.http = m_http->settings();
    return d;
}

void ServiceEditorDialog::setTakenNames(const QStringList& names)
{
    m_takenNames = names;
    revalidate();
}

void ServiceEditorDialog::setGroupSuggestions(const QStringList& groups)
{
    auto* completer = new QCompleter(groups, m_group);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_group->setCompleter(completer);
}

CheckKind ServiceEditorDialog::currentKind() const
{
    return static_cast<CheckKind>(m_kind->currentData().toInt());
}

QString ServiceEditorDialog::validationMessage() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Name is required.");
    const bool renamedOrNew = name.compare(m_originalName, Qt::CaseInsensitive) != 0;
    if (renamedOrNew && m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("Name “%1” is already used by another service.").arg(name);
    const QString target = m_target->text().trimmed();
    if (target.isEmpty())
        return tr("Target is required.");
    if (const QString problem = targetProblem(currentKind(), target); !problem.isEmpty())
        return problem;
    if (m_timeout->value() > m_interval->value() * 1000)
        return tr("Timeout must not be longer than the check interval.");
    if (currentKind() == CheckKind::Http)
        return m_http->validationError();
    return QString();
}

QString ServiceEditorDialog::targetProblem(CheckKind kind, const QString& target) const
{
    if (target.contains(QLatin1Char(' ')))
        return tr("Target must not contain spaces.");
    switch (kind) {
    case CheckKind::Http:
    case CheckKind::TlsCertificate: {
        const QUrl url(target, QUrl::StrictMode);
        const QString scheme = url.scheme();
        const bool httpScheme = scheme == QLatin1String("http") || scheme == QLatin1String("https");
        if (!url.isValid() || !httpScheme || url.host().isEmpty())
            return tr("Target: enter a URL such as https://example.org/health.");
        return QString();
    }
    case CheckKind::Tcp: {
        const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? target.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535)
            return tr("Target: enter host:port, such as db.internal:5432.");
        return QString();
    }
    case CheckKind::Dns:
        if (target.contains(QLatin1Char('/')) || target.contains(QLatin1Char(':')))
            return tr("Target: enter a host name such as example.org.");
        return QString();
    }
    return QString();
}

void ServiceEditorDialog::onKindChanged()
{
    const CheckKind kind = currentKind();
    m_httpBox->setVisible(kind == CheckKind::Http);
    m_certWarnDays->setEnabled(kind == CheckKind::Http || kind == CheckKind::TlsCertificate);
    switch (kind) {
    case CheckKind::Http:
        m_target->setPlaceholderText(tr("https://example.org/health"));
        break;
    case CheckKind::Tcp:
        m_target->setPlaceholderText(tr("db.internal:5432"));
        break;
    case CheckKind::Dns:
        m_target->setPlaceholderText(tr("example.org"));
        break;
    case CheckKind::TlsCertificate:
        m_target->setPlaceholderText(tr("https://example.org"));
        break;
    }
    revalidate();
    adjustSize();
}

void ServiceEditorDialog::revalidate()
{
    const QString message = validationMessage();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void ServiceEditorDialog::accept()
{
    if (!isAcceptable())
        return;
    QDialog::accept();
}
