#include "publish/SecretEntryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SecretEntryDialog::SecretEntryDialog(const QString& channelName, const QStringList& secretNames,
                                     QWidget* parent)
    : QDialog(parent), m_channelName(channelName), m_names(new QComboBox(this)), m_value(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Set secret of “%1”").arg(channelName));
    m_names->setObjectName(QStringLiteral("secretNameCombo"));
    m_value->setObjectName(QStringLiteral("secretValueEdit"));
    m_names->addItems(secretNames);
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_value->setPlaceholderText(tr("paste or type the value"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save in keychain"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto* note = new QLabel(tr("The value goes to the system keychain only; Vigie never shows it again, "
                               "and never writes it to the workspace, the history or a log."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Secret:"), m_names);
    form->addRow(tr("&Value:"), m_value);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SecretEntryDialog::reject);
    connect(m_value, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && m_names->count() > 0);
    });
    m_value->setFocus();
    resize(440, sizeHint().height());
}

void SecretEntryDialog::accept()
{
    if (m_value->text().isEmpty() || m_names->currentText().isEmpty())
        return;
    QString value = m_value->text();
    m_value->clear();
    Q_EMIT secretEntered(m_names->currentText(), value);
    value.fill(QLatin1Char('\0'));
    QDialog::accept();
}

void SecretEntryDialog::reject()
{
    m_value->clear();
    QDialog::reject();
}
