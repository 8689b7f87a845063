#include "playbook/SkipStepDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SkipStepDialog::SkipStepDialog(const QString& stepTitle, QWidget* parent)
    : QDialog(parent), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Skip a step"));
    m_reason->setObjectName(QStringLiteral("skipReason"));
    m_reason->setPlaceholderText(tr("e.g. the status page is not affected"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Skip step"));

    auto* step = new QLabel(tr("Skip “%1”?").arg(stepTitle), this);
    step->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(step);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SkipStepDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SkipStepDialog::reject);
    auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); };
    connect(m_reason, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    m_reason->setFocus();
    resize(420, sizeHint().height());
}

QString SkipStepDialog::reason() const
{
    return m_reason->text().trimmed();
}

void SkipStepDialog::accept()
{
    // A step is never skipped without saying why.
    if (reason().isEmpty())
        return;
    QDialog::accept();
}
