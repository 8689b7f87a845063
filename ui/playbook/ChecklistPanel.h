#pragma once

#include "comms/ChannelKind.h"
#include "playbook/Playbook.h"
#include "playbook/StepStatus.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class ChecklistModel;
class Clock;
class DrillReportDialog;
class IncidentDesk;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class SkipStepDialog;

// The communication checklist of one incident, for the commander under stress: the next step and how long
// is left for it, a large countdown to the next update, the steps with the overdue ones in red, and what
// the chosen step asks for. Ctrl+Return ticks the selected step, or the next one when none is selected.
// Ticks and skips go through the desk (which records who and when); its refusals show inline. Drafting,
// the fallback page and the post-mortem are asked for through signals, for the window to wire.
class ChecklistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistPanel)

public:
    static constexpr int RefreshMs = 1'000;

    ChecklistPanel(IncidentDesk& desk, const Clock& clock, QWidget* parent = nullptr);

    void setPlaybook(const Playbook& playbook);
    void setIncident(const QString& incidentId); // empty: nothing to show
    QString incidentId() const;
    // The language of step titles and instructions; QLocale().name() by default.
    void setLanguage(const QString& language);

    // Recomputes the countdowns at the clock's time (the timer does it every RefreshMs).
    void refresh();
    // What the buttons act on: the selected step, else the next step; nullopt when there is none.
    std::optional<StepStatus> targetStep() const;
    // The buttons' actions, for the shortcuts and for tests.
    void markTargetDone();
    SkipStepDialog* openSkipDialog();
    DrillReportDialog* openReport();
    void requestDraft();
    void requestFallbackPage();
    void requestPostMortem();

    ChecklistModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* nextLabel() const { return m_next; }
    QLabel* countdownLabel() const { return m_countdown; }
    QLabel* instructionsLabel() const { return m_instructions; }
    QLabel* channelsLabel() const { return m_channels; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* draftButton() const { return m_draft; }
    QPushButton* fallbackButton() const { return m_fallback; }
    QPushButton* postMortemButton() const { return m_postMortem; }
    QPushButton* reportButton() const { return m_report; }

Q_SIGNALS:
    // A message step's draft is wanted: the composer opens on its template and channels.
    void draftRequested(const QString& stepId, int occurrence, const QString& templateId,
                        const QList<ChannelKind>& channels);
    void fallbackPageRequested(const QString& incidentId);
    void postMortemRequested(const QString& incidentId);

private:
    QWidget* buildHeader();
    QWidget* buildButtons();
    void addShortcut(const QKeySequence& keys, QPushButton* button);
    void updateHeader();
    void updateDetails();
    QString stepTitle(const StepStatus& status) const;
    void report(const std::optional<QString>& error);

    IncidentDesk& m_desk;
    const Clock& m_clock;
    QString m_language;
    ChecklistModel* m_model;
    QTableView* m_view;
    QLabel* m_next = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_instructions;
    QLabel* m_channels;
    QLabel* m_error;
    QPushButton* m_done = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_draft = nullptr;
    QPushButton* m_fallback = nullptr;
    QPushButton* m_postMortem = nullptr;
    QPushButton* m_report = nullptr;
    QTimer* m_timer;
};
