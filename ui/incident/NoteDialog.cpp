#include "incident/NoteDialog.h"

#include "incident/IncidentStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

NoteDialog::NoteDialog(const QString& incidentReference, QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)),
      m_internal(new QRadioButton(tr("&Internal: for the response team"), this)),
      m_public(new QRadioButton(tr("&Public: may be told to customers"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Note on %1").arg(incidentReference));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What happened, what was decided, what was tried"));
    m_internal->setIcon(IncidentStyle::visibilityIcon(IncidentEvent::Visibility::Internal));
    m_public->setIcon(IncidentStyle::visibilityIcon(IncidentEvent::Visibility::Public));
    m_internal->setChecked(true);

    auto* label = new QLabel(tr("&Note:"), this);
    label->setBuddy(m_text);
    auto* hint = new QLabel(tr("Ctrl+Enter saves"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* audience = new QHBoxLayout;
    audience->addWidget(m_internal);
    audience->addWidget(m_public);
    audience->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addLayout(audience);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(hint);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &NoteDialog::accept);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);
    auto updateSave = [this] { m_buttons->button(QDialogButtonBox::Save)->setEnabled(!text().isEmpty()); };
    connect(m_text, &QPlainTextEdit::textChanged, this, updateSave);
    updateSave();
    m_text->setFocus();
    resize(480, 260);
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

IncidentEvent::Visibility NoteDialog::visibility() const
{
    return m_public->isChecked() ? IncidentEvent::Visibility::Public : IncidentEvent::Visibility::Internal;
}

void NoteDialog::accept()
{
    if (text().isEmpty())
        return;
    QDialog::accept();
}
