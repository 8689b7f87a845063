#pragma once

#include "config/ServiceDefinition.h"

#include <QList>
#include <QWidget>

#include <functional>

class AffectedServicesEditor;
class IncidentDesk;
class KeyMomentsEditor;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
struct Incident;

// The editable facts of one incident: affected services and their impact, the people in charge, the
// customer-facing summary, the key moments and the internal scratch pad. Each edit goes to the desk as soon
// as it is complete (a tick, leaving a field, or a short pause in typing); a refusal is reported through
// failed() for the pane to show inline.
class IncidentFactsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentFactsEditor)

public:
    // How long typing may pause before a text is saved.
    static constexpr int kSavePauseMs = 1200;

    IncidentFactsEditor(IncidentDesk& desk, std::function<QList<ServiceDefinition>()> services,
                        QWidget* parent = nullptr);

    // Shows another incident (saving what was typed for the previous one first) or refreshes the shown one;
    // a field being typed into keeps its text.
    void showIncident(const Incident& incident);
    // Saves the texts typed and not saved yet.
    void flush();

    AffectedServicesEditor* servicesEditor() const { return m_services; }
    QLineEdit* commanderEdit() const { return m_commander; }
    QLineEdit* leadEdit() const { return m_lead; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    KeyMomentsEditor* momentsEditor() const { return m_moments; }

Q_SIGNALS:
    void failed(const QString& message);
    void succeeded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report(const std::optional<QString>& error);
    void saveAffected();
    void savePeople();
    void saveSummary();
    void saveNotes();

    IncidentDesk& m_desk;
    std::function<QList<ServiceDefinition>()> m_serviceList;
    QString m_incidentId;
    AffectedServicesEditor* m_services;
    QLineEdit* m_commander;
    QLineEdit* m_lead;
    QPlainTextEdit* m_summary;
    QPlainTextEdit* m_notes;
    KeyMomentsEditor* m_moments;
    QWidget* m_momentsBox;
    QLabel* m_servicesTitle;
    QTimer* m_summaryTimer;
    QTimer* m_notesTimer;
};
