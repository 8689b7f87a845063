#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

// Asks why a checklist step is skipped: the reason goes on the mark and into the timeline, so that the
// post-mortem can tell a skipped step from a forgotten one. Enter skips (once a reason is typed); Esc
// cancels.
class SkipStepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SkipStepDialog)

public:
    SkipStepDialog(const QString& stepTitle, QWidget* parent = nullptr);

    QString reason() const;

    QLineEdit* reasonEdit() const { return m_reason; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
