#pragma once

#include "playbook/Playbook.h"
#include "playbook/StepStatus.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

class Clock;
class IncidentDesk;

// The checklist of one incident under a playbook, as rows: one per step, one per occurrence of a repeating
// step (ChecklistSchedule::statuses). Holds no state of its own beyond what it last showed: the desk has the
// marks, the clock the time. refresh() recomputes at the clock's time and reports only the cells that
// changed, inserting the rows of new occurrences, so that a view ticking every second keeps its selection.
// Steps that do not apply to the incident are hidden unless setShowNotApplicable(true) (then greyed).
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column : int
    {
        Title = 0,
        Occurrence,
        Due,
        Countdown,
        State,
        Marked,
        Channels,
        ColumnCount
    };
    enum Role : int
    {
        StepIdRole = Qt::UserRole + 1,
        OccurrenceRole, // int
        StateRole,      // int (StepStatus::State)
        DueAtRole,      // qint64, UTC ms; 0 while not known
        OpenRole,       // bool: still to do
    };

    ChecklistModel(const IncidentDesk& desk, const Clock& clock, QObject* parent = nullptr);

    void setPlaybook(const Playbook& playbook);
    const Playbook& playbook() const { return m_playbook; }
    void setIncident(const QString& incidentId); // empty: no rows
    QString incidentId() const { return m_incidentId; }
    // The language step titles show in (a language code or locale name); QLocale().name() by default.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    void setShowNotApplicable(bool show);
    bool showNotApplicable() const { return m_showNotApplicable; }

    // Recomputes at the clock's time (the panel calls it every second; the desk's changes call it too).
    void refresh();
    qint64 shownAtMs() const { return m_nowMs; }

    StepStatus status(int row) const { return m_rows.at(row); }
    std::optional<PlaybookStep> step(int row) const;
    // The row of a step's occurrence, -1 when not shown.
    int rowOf(const QString& stepId, int occurrence = 1) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StepStatus> compute() const;
    QString text(const StepStatus& status, int column, qint64 nowMs) const;
    void update(int row, const StepStatus& now, qint64 previousNowMs);
    void reset();

    const IncidentDesk& m_desk;
    const Clock& m_clock;
    Playbook m_playbook;
    QString m_incidentId;
    QString m_language;
    bool m_showNotApplicable = false;
    QList<StepStatus> m_rows;
    qint64 m_nowMs = 0;
};
