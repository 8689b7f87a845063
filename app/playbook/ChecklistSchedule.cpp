#include "playbook/ChecklistSchedule.h"

#include <limits>

namespace {

bool stepApplies(const PlaybookStep& step, const Incident& incident)
{
    return step.appliesToIncident(incident.kind, incident.severity);
}

} // namespace

ChecklistSchedule::ChecklistSchedule(Playbook playbook, Incident incident)
    : m_playbook(std::move(playbook)), m_incident(std::move(incident))
{}

qint64 ChecklistSchedule::stopMs() const
{
    if (m_incident.moments.resolvedMs != 0)
        return m_incident.moments.resolvedMs;
    // Closed without a resolution time: nothing more comes due.
    return m_incident.isOpen() ? 0 : std::numeric_limits<qint64>::min();
}

qint64 ChecklistSchedule::anchorMs(qsizetype stepIndex) const
{
    const PlaybookStep& step = m_playbook.steps.at(stepIndex);
    using Anchor = PlaybookStep::Anchor;
    switch (step.due ? step.due->from : Anchor::Declared) {
    case Anchor::Declared:
        return m_incident.declaredAtMs;
    case Anchor::Resolved:
        return m_incident.moments.resolvedMs;
    case Anchor::WindowStart:
        return m_incident.windowStartMs;
    case Anchor::WindowEnd:
        return m_incident.windowEndMs;
    case Anchor::PreviousStep:
        for (qsizetype i = stepIndex - 1; i >= 0; --i) {
            const PlaybookStep& previous = m_playbook.steps.at(i);
            if (!stepApplies(previous, m_incident))
                continue;
            qint64 latest = 0;
            for (const ChecklistMark& mark : m_incident.marks) {
                if (mark.stepId == previous.id)
                    latest = std::max(latest, mark.atMs);
            }
            return latest;
        }
        return 0;
    }
    return 0;
}

StepStatus ChecklistSchedule::status(const PlaybookStep& step, int occurrence, qint64 dueAtMs,
                                     qint64 nowMs) const
{
    StepStatus status;
    status.stepId = step.id;
    status.occurrence = occurrence;
    status.title = step.title;
    status.dueAtMs = dueAtMs;
    status.mark = m_incident.mark(step.id, occurrence);
    using State = StepStatus::State;
    if (status.mark)
        status.state = status.mark->state == ChecklistMark::State::Done ? State::Done : State::Skipped;
    else if (dueAtMs == 0)
        status.state = State::Waiting;
    else if (dueAtMs <= nowMs)
        status.state = State::Overdue;
    else if (dueAtMs - nowMs <= dueSoonMs)
        status.state = State::DueSoon;
    else
        status.state = State::Pending;
    return status;
}

StepStatus ChecklistSchedule::single(const PlaybookStep& step, qsizetype index, qint64 nowMs) const
{
    const qint64 anchor = anchorMs(index);
    const qint64 due = anchor == 0 ? 0 : anchor + (step.due ? step.due->offsetMs : 0);
    return status(step, 1, due, nowMs);
}

QList<StepStatus> ChecklistSchedule::repeating(const PlaybookStep& step, qsizetype index, qint64 nowMs) const
{
    QList<StepStatus> rows;
    const qint64 cadence = step.repeat->cadenceMs(m_incident.severity);
    const qint64 anchor = anchorMs(index);
    if (anchor == 0 || cadence <= 0) {
        rows.append(status(step, 1, 0, nowMs));
        return rows;
    }
    const qint64 stop = stopMs();
    const qint64 promised = m_incident.nextUpdateDueMs;
    qint64 base = anchor; // the last tick, or the time the previous occurrence fell due
    qint64 due = step.due ? anchor + step.due->offsetMs : anchor + cadence;
    for (int occurrence = 1; occurrence <= maxOccurrences; ++occurrence) {
        // A promise made since the last tick and earlier than the cadence brings this occurrence forward.
        if (promised > base && promised < due)
            due = promised;
        const std::optional<ChecklistMark> mark = m_incident.mark(step.id, occurrence);
        if (!mark && stop != 0 && due > stop)
            break;
        rows.append(status(step, occurrence, due, nowMs));
        if (!mark && due > nowMs)
            break; // the open occurrence: the next one exists only once this one is ticked or missed
        base = mark ? mark->atMs : due;
        due = base + cadence;
    }
    return rows;
}

QList<StepStatus> ChecklistSchedule::statuses(qint64 nowMs) const
{
    QList<StepStatus> rows;
    for (qsizetype i = 0; i < m_playbook.steps.size(); ++i) {
        const PlaybookStep& step = m_playbook.steps.at(i);
        if (!stepApplies(step, m_incident)) {
            StepStatus row = status(step, 1, 0, nowMs);
            row.state = StepStatus::State::NotApplicable;
            rows.append(row);
        } else if (step.isRepeating()) {
            rows.append(repeating(step, i, nowMs));
        } else {
            rows.append(single(step, i, nowMs));
        }
    }
    return rows;
}

std::optional<StepStatus> ChecklistSchedule::nextStep(qint64 nowMs) const
{
    std::optional<StepStatus> best;
    for (const StepStatus& row : statuses(nowMs)) {
        if (!row.isOpen())
            continue;
        if (!best)
            best = row;
        else if (row.dueAtMs != 0 && (best->dueAtMs == 0 || row.dueAtMs < best->dueAtMs))
            best = row;
    }
    return best;
}

qint64 ChecklistSchedule::nextUpdateDueMs(qint64 nowMs) const
{
    if (stopMs() != 0)
        return 0; // resolved: no more updates to count down to
    for (qsizetype i = 0; i < m_playbook.steps.size(); ++i) {
        const PlaybookStep& step = m_playbook.steps.at(i);
        if (!step.isRepeating() || !stepApplies(step, m_incident))
            continue;
        for (const StepStatus& row : repeating(step, i, nowMs)) {
            if (!row.mark && row.dueAtMs != 0)
                return row.dueAtMs;
        }
        return 0;
    }
    return m_incident.nextUpdateDueMs;
}

QList<StepStatus> ChecklistSchedule::becameDue(qint64 previousNowMs, qint64 nowMs) const
{
    QList<StepStatus> fired;
    for (const StepStatus& row : statuses(nowMs)) {
        if (row.isOpen() && row.dueAtMs != 0 && row.dueAtMs > previousNowMs && row.dueAtMs <= nowMs)
            fired.append(row);
    }
    return fired;
}
