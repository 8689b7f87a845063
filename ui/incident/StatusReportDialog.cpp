#include "incident/StatusReportDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

QPlainTextEdit* reportEdit(const QString& placeholder, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

StatusReportDialog::StatusReportDialog(const QString& incidentReference, QWidget* parent)
    : QDialog(parent), m_conditions(reportEdit(tr("What is happening now: symptoms, scope, trend"), this)),
      m_actions(reportEdit(tr("What is being done, and by whom"), this)),
      m_needs(reportEdit(tr("What help or decisions are wanted"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Status report on %1").arg(incidentReference));
    m_conditions->setObjectName(QStringLiteral("conditionsEdit"));
    m_actions->setObjectName(QStringLiteral("actionsEdit"));
    m_needs->setObjectName(QStringLiteral("needsEdit"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Conditions:"), m_conditions);
    form->addRow(tr("&Actions:"), m_actions);
    form->addRow(tr("&Needs:"), m_needs);
    auto* hint = new QLabel(tr("Internal: for the response team. Ctrl+Enter saves."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &StatusReportDialog::accept);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StatusReportDialog::reject);
    auto updateSave = [this] {
        m_buttons->button(QDialogButtonBox::Save)
            ->setEnabled(!conditions().isEmpty() || !actions().isEmpty() || !needs().isEmpty());
    };
    for (QPlainTextEdit* edit : {m_conditions, m_actions, m_needs})
        connect(edit, &QPlainTextEdit::textChanged, this, updateSave);
    updateSave();
    m_conditions->setFocus();
    resize(520, 380);
}

QString StatusReportDialog::conditions() const
{
    return m_conditions->toPlainText().trimmed();
}

QString StatusReportDialog::actions() const
{
    return m_actions->toPlainText().trimmed();
}

QString StatusReportDialog::needs() const
{
    return m_needs->toPlainText().trimmed();
}

void StatusReportDialog::accept()
{
    if (conditions().isEmpty() && actions().isEmpty() && needs().isEmpty())
        return;
    QDialog::accept();
}
