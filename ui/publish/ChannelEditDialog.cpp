#include "publish/ChannelEditDialog.h"

#include "config/ChannelValidator.h"
#include "publish/ChannelSettingsEditor.h"
#include "publish/ChannelTypeCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

ChannelEditDialog::ChannelEditDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_type(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_audience(new QComboBox(this)), m_sandbox(new QCheckBox(tr("Sandbox: for drills"), this)),
      m_settings(new ChannelSettingsEditor(this)), m_secrets(new QLineEdit(this)),
      m_secretsHint(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_secrets->setObjectName(QStringLiteral("secretsEdit"));
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b31d1d; font-weight: bold;"));
    m_name->setPlaceholderText(tr("e.g. Customers status page"));

    m_type->addItem(tr("Choose a type…"), QString());
    for (const ChannelTypeInfo& info : ChannelTypeCatalog::all())
        m_type->addItem(info.label, info.type);
    m_kind->addItem(tr("Choose a kind…"), -1);
    for (const ChannelKind kind : allChannelKinds())
        m_kind->addItem(channelKindLabel(kind), static_cast<int>(kind));
    m_kind->setToolTip(tr("Which messages this channel publishes: each draft is written for one kind"));
    m_audience->addItem(tr("Customers"), QStringLiteral("customers"));
    m_audience->addItem(tr("Internal"), QStringLiteral("internal"));

    auto* sandboxNote = new QLabel(tr("Drills publish only to sandbox channels, and real incidents never do: "
                                      "use a sandbox to rehearse without reaching the public."),
                                   this);
    sandboxNote->setWordWrap(true);
    sandboxNote->setForegroundRole(QPalette::PlaceholderText);
    m_secrets->setPlaceholderText(tr("e.g. webhook_url"));
    m_secrets->setToolTip(tr("Names only, separated by commas. The values live in the system keychain (Set "
                             "secret…), or for headless runs in the environment or a secrets file."));
    m_secretsHint->setWordWrap(true);
    m_secretsHint->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Message &kind:"), m_kind);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(QString(), m_sandbox);
    form->addRow(QString(), sandboxNote);
    form->addRow(tr("Se&crets:"), m_secrets);
    form->addRow(QString(), m_secretsHint);

    auto* settingsBox = new QGroupBox(tr("Settings"), this);
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addWidget(m_settings);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(settingsBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChannelEditDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ChannelEditDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ChannelEditDialog::onTypeChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChannelEditDialog::revalidate);
    connect(m_secrets, &QLineEdit::textChanged, this, &ChannelEditDialog::revalidate);
    connect(m_settings, &ChannelSettingsEditor::changed, this, &ChannelEditDialog::revalidate);

    resize(760, 620);
    setChannel(ChannelConfig{}, true);
}

void ChannelEditDialog::selectType(const QString& type)
{
    int index = m_type->findData(type);
    if (index < 0) {
        m_type->addItem(ChannelTypeCatalog::label(type), type);
        index = m_type->count() - 1;
    }
    m_type->setCurrentIndex(index);
}

void ChannelEditDialog::setChannel(const ChannelConfig& channel, bool adding)
{
    setWindowTitle(adding ? tr("Add channel") : tr("Edit channel"));
    {
        const QSignalBlocker typeBlocker(m_type);
        selectType(channel.type);
    }
    m_previousType = channel.type;
    m_name->setText(channel.name);
    m_kind->setCurrentIndex(channel.type.isEmpty() ? 0
                                                   : m_kind->findData(static_cast<int>(channel.messageKind)));
    m_audience->setCurrentIndex(qMax(0, m_audience->findData(channel.audience)));
    m_sandbox->setChecked(channel.sandbox);
    m_secrets->setText(channel.secrets.join(QStringLiteral(", ")));
    const auto info = ChannelTypeCatalog::find(channel.type);
    m_secretsHint->setText(info ? info->secretsHint : QString());
    m_secretsHint->setVisible(!m_secretsHint->text().isEmpty());
    m_settings->setSettings(channel.settings, info ? info->settings : QList<ChannelSettingHint>{});
    revalidate();
}

void ChannelEditDialog::onTypeChanged()
{
    const QString type = currentType();
    const auto info = ChannelTypeCatalog::find(type);
    const auto previous = ChannelTypeCatalog::find(m_previousType);
    m_previousType = type;
    if (info) {
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(info->defaultKind)));
        // The secret names follow the type unless someone wrote their own.
        const QStringList names = secretNames();
        if (names.isEmpty() || (previous && names == previous->secrets))
            m_secrets->setText(info->secrets.join(QStringLiteral(", ")));
    }
    m_secretsHint->setText(info ? info->secretsHint : QString());
    m_secretsHint->setVisible(!m_secretsHint->text().isEmpty());
    m_settings->offerKeys(info ? info->settings : QList<ChannelSettingHint>{});
    revalidate();
}

QString ChannelEditDialog::currentType() const
{
    return m_type->currentData().toString();
}

QStringList ChannelEditDialog::secretNames() const
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return m_secrets->text().split(separators, Qt::SkipEmptyParts);
}

ChannelConfig ChannelEditDialog::channel() const
{
    ChannelConfig channel;
    channel.name = m_name->text().trimmed();
    channel.type = currentType();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        channel.messageKind = static_cast<ChannelKind>(kind);
    channel.audience = m_audience->currentData().toString();
    channel.sandbox = m_sandbox->isChecked();
    channel.settings = m_settings->settings();
    channel.secrets = secretNames();
    return channel;
}

void ChannelEditDialog::setTakenNames(const QStringList& names)
{
    m_takenNames.clear();
    for (const QString& name : names)
        m_takenNames.append(name.trimmed().toCaseFolded());
    revalidate();
}

QString ChannelEditDialog::validationMessage() const
{
    const QString name = m_name->text().trimmed();
    if (const QString problem = ChannelValidator::nameProblem(name); !problem.isEmpty())
        return tr("Name: %1").arg(problem);
    if (m_takenNames.contains(name.toCaseFolded()))
        return tr("Name: “%1” is already the name of another channel; channel names must be unique")
            .arg(name);
    if (currentType().isEmpty())
        return tr("Type: choose the service this channel publishes to");
    if (m_kind->currentData().toInt() < 0)
        return tr("Message kind: choose which messages this channel publishes");
    if (const QString problem = ChannelValidator::secretNamesProblem(secretNames()); !problem.isEmpty())
        return tr("Secrets: %1").arg(problem);
    return m_settings->problem();
}

void ChannelEditDialog::revalidate()
{
    const QString message = validationMessage();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void ChannelEditDialog::accept()
{
    if (!isAcceptable())
        return;
    QDialog::accept();
}
