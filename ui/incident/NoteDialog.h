#pragma once

#include "incident/IncidentEvent.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

// A timestamped note for the incident timeline: its text and whether it is for the team (internal, the
// default) or may be quoted to customers (public). Ctrl+Enter saves; Esc cancels.
class NoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    explicit NoteDialog(const QString& incidentReference, QWidget* parent = nullptr);

    QString text() const;
    IncidentEvent::Visibility visibility() const;

    QPlainTextEdit* textEdit() const { return m_text; }
    QRadioButton* internalButton() const { return m_internal; }
    QRadioButton* publicButton() const { return m_public; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    QPlainTextEdit* m_text;
    QRadioButton* m_internal;
    QRadioButton* m_public;
    QDialogButtonBox* m_buttons;
};
