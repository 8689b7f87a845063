#include "playbook/ChecklistAdherence.h"

#include "playbook/ChecklistSchedule.h"

ChecklistAdherence::Report ChecklistAdherence::compute(const Playbook& playbook, const Incident& incident,
                                                       qint64 nowMs)
{
    Report report;
    const ChecklistSchedule schedule(playbook, incident);
    for (const StepStatus& status : schedule.statuses(nowMs)) {
        if (status.state == StepStatus::State::NotApplicable)
            continue;
        const std::optional<PlaybookStep> definition = playbook.step(status.stepId);
        if (!definition)
            continue;
        Step step;
        step.stepId = status.stepId;
        step.occurrence = status.occurrence;
        step.title = status.title;
        step.message = definition->action == PlaybookStep::Action::Message;
        step.repeating = definition->isRepeating();
        step.dueAtMs = status.dueAtMs;
        if (status.mark) {
            step.markedAtMs = status.mark->atMs;
            step.skipped = status.mark->state == ChecklistMark::State::Skipped;
            step.markedBy = status.mark->by;
            if (incident.declaredAtMs > 0)
                step.sinceDeclaredMs = step.markedAtMs - incident.declaredAtMs;
        }
        const bool due = step.dueAtMs > 0 && (step.markedAtMs > 0 ? true : step.dueAtMs <= nowMs);
        if (step.dueAtMs > 0 && step.markedAtMs > 0)
            step.lateByMs = step.markedAtMs - step.dueAtMs;
        else if (step.dueAtMs > 0 && step.dueAtMs <= nowMs)
            step.lateByMs = nowMs - step.dueAtMs;
        step.overdue = step.markedAtMs == 0 && step.dueAtMs > 0 && step.dueAtMs <= nowMs;
        // A step ticked before its due time was simply early; a skipped step is not "done late".
        const bool late = due && step.lateByMs > 0 && !step.skipped;
        if (due)
            ++report.dueCount;
        if (late) {
            ++report.lateCount;
            report.totalLateMs += step.lateByMs;
            report.worstLateMs = std::max(report.worstLateMs, step.lateByMs);
        }
        if (step.message && !step.repeating && !report.hasFirstMessage) {
            report.hasFirstMessage = true;
            report.firstMessageMarked = step.markedAtMs > 0 && !step.skipped;
            report.firstMessageOnTime = report.firstMessageMarked && step.lateByMs <= 0;
            report.firstMessageAfterMs = report.firstMessageMarked ? step.sinceDeclaredMs : -1;
        }
        if (step.repeating && due) {
            ++report.updatesDue;
            if (late) {
                ++report.updatesLate;
                report.updatesLateTotalMs += step.lateByMs;
            }
        }
        report.steps.append(step);
    }
    return report;
}
