#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

// An internal status report in its fixed shape, so that every report reads the same: the conditions (what is
// happening), the actions (what is being done) and the needs (what help is wanted). Ctrl+Enter saves.
class StatusReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusReportDialog)

public:
    explicit StatusReportDialog(const QString& incidentReference, QWidget* parent = nullptr);

    QString conditions() const;
    QString actions() const;
    QString needs() const;

    QPlainTextEdit* conditionsEdit() const { return m_conditions; }
    QPlainTextEdit* actionsEdit() const { return m_actions; }
    QPlainTextEdit* needsEdit() const { return m_needs; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    QPlainTextEdit* m_conditions;
    QPlainTextEdit* m_actions;
    QPlainTextEdit* m_needs;
    QDialogButtonBox* m_buttons;
};
