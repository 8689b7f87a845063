#pragma once

#include "config/ServiceDefinition.h"
#include "incident/DeclareRequest.h"

#include <QDialog>
#include <QList>

class AffectedServicesEditor;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Declares an incident, or plans a maintenance, in one screen that works from the keyboard: Enter declares,
// Esc cancels, every field has a mnemonic. Nothing is required: an empty title becomes one naming the
// services, and the people default to whoever is at the keyboard.
class DeclareIncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclareIncidentDialog)

public:
    // nowMs prefills the times; the caller's own times (setStartedAt, ...) replace it.
    DeclareIncidentDialog(Incident::Kind kind, const QString& userName, qint64 nowMs,
                          QWidget* parent = nullptr);

    Incident::Kind kind() const { return m_kind; }
    // The workspace's services; those in preselected start ticked.
    void setServices(const QList<ServiceDefinition>& services, const QList<qint64>& preselected = {});
    void setStartedAt(qint64 atMs);  // 0 leaves it as it is
    void setDetectedAt(qint64 atMs); // 0 leaves it as it is
    void setWindow(qint64 startMs, qint64 endMs, const QString& timeZoneId);

    DeclareRequest request() const;
    // The first problem, naming its field; empty when the request can go.
    QString validationMessage() const;
    // The title used when the field is left empty.
    QString suggestedTitle() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* severityCombo() const { return m_severity; }
    QLabel* severityMeaningLabel() const { return m_meaning; }
    AffectedServicesEditor* servicesEditor() const { return m_services; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QLineEdit* commanderEdit() const { return m_commander; }
    QLineEdit* leadEdit() const { return m_lead; }
    QDateTimeEdit* startedEdit() const { return m_started; }
    QDateTimeEdit* detectedEdit() const { return m_detected; }
    QCheckBox* drillCheck() const { return m_drill; }
    QDateTimeEdit* windowStartEdit() const { return m_windowStart; }
    QDateTimeEdit* windowEndEdit() const { return m_windowEnd; }
    QComboBox* timeZoneCombo() const { return m_zone; }
    QLabel* messageLabel() const { return m_message; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildForm();
    void revalidate();
    void updateMeaning();
    qint64 windowMs(const QDateTimeEdit* edit) const;

    Incident::Kind m_kind;
    QLineEdit* m_title;
    QComboBox* m_severity;
    QLabel* m_meaning;
    AffectedServicesEditor* m_services;
    QPlainTextEdit* m_summary;
    QLineEdit* m_commander;
    QLineEdit* m_lead;
    QDateTimeEdit* m_started;
    QDateTimeEdit* m_detected;
    QCheckBox* m_drill;
    QDateTimeEdit* m_windowStart;
    QDateTimeEdit* m_windowEnd;
    QComboBox* m_zone;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};
