#pragma once

#include "incident/Incident.h"
#include "playbook/Playbook.h"
#include "playbook/StepStatus.h"

#include <QList>

#include <optional>

// When each step of a playbook falls due on one incident, and where it stands at a given time. Pure: the
// caller passes "now" (from its Clock), so the same inputs always give the same answer.
//
// A step's due time is its anchor plus its offset. A repeating step (the updates) is first due at its due
// rule, or one cadence after declaring; each next occurrence is due one cadence (of the incident's current
// severity) after the previous one was ticked or skipped, or after its due time when it was missed. An
// update promised earlier than that (Incident::nextUpdateDueMs) brings the open occurrence forward.
// Occurrences stop at the resolution. A step is overdue from its due time on.
class ChecklistSchedule
{
public:
    static constexpr qint64 dueSoonMs = 5 * 60 * 1000;
    // A bound on the occurrences listed for one repeating step, for incidents left open for months.
    static constexpr int maxOccurrences = 1000;

    ChecklistSchedule(Playbook playbook, Incident incident);

    // Every step in playbook order, repeating ones with one row per occurrence so far plus the open one.
    QList<StepStatus> statuses(qint64 nowMs) const;
    // The open step due first (overdue ones first of all); steps waiting for their anchor come last.
    std::optional<StepStatus> nextStep(qint64 nowMs) const;
    // When the next update is due, for the countdown: the first occurrence of the repeating step not yet
    // ticked (in the past when it is overdue). 0 once resolved. Without a repeating step that applies (a
    // maintenance), the promised update time, if any.
    qint64 nextUpdateDueMs(qint64 nowMs) const;
    // Open step occurrences whose due time falls in (previousNowMs, nowMs]: called with successive times,
    // each occurrence comes up exactly once, which is what a notifier needs.
    QList<StepStatus> becameDue(qint64 previousNowMs, qint64 nowMs) const;

private:
    qint64 anchorMs(qsizetype stepIndex) const;
    // 0 while open; the resolution time once resolved.
    qint64 stopMs() const;
    StepStatus single(const PlaybookStep& step, qsizetype index, qint64 nowMs) const;
    QList<StepStatus> repeating(const PlaybookStep& step, qsizetype index, qint64 nowMs) const;
    StepStatus status(const PlaybookStep& step, int occurrence, qint64 dueAtMs, qint64 nowMs) const;

    Playbook m_playbook;
    Incident m_incident;
};
