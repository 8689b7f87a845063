#pragma once

#include "playbook/PlaybookStep.h"
#include "playbook/StepStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QtGlobal>

// Words and numbers of the checklist, shared by its table, its header and its tests: countdowns rounded the
// way a person under stress reads them (what is left rounds up, what is late rounds down).
class ChecklistText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistText)

public:
    ChecklistText() = delete;

    // How far dueAtMs is from nowMs, either way: "4 min", "45 s"; rounded up while ahead, down once late.
    static QString distance(qint64 dueAtMs, qint64 nowMs);
    // "in 4 min", "in 45 s", "due now", "overdue by 12 min"; empty when dueAtMs is 0.
    static QString countdown(qint64 dueAtMs, qint64 nowMs);
    // What a step without a due time waits for: "once resolved", "after the step before", ...
    static QString waitingFor(const PlaybookStep& step);
    // The big clock: "12:30", "1:05:00"; what is left rounds up to the second, what is late rounds down.
    static QString clock(qint64 dueAtMs, qint64 nowMs);
    // "Update #2" for a repeating step's occurrence; empty for a step done once.
    static QString occurrence(const PlaybookStep& step, int occurrence);
    // The step's title in `language`, with "#2" after a repeating step's later occurrences.
    static QString title(const StepStatus& status, bool repeating, const QString& language);
    // Local time "14:05", with the short date in front when it is not on nowMs's day; empty when ms is 0.
    static QString localTime(qint64 ms, qint64 nowMs);
    // "Status page, Social post"
    static QString channels(const QList<ChannelKind>& channels);
    // "alice, 14:05"; empty while unmarked.
    static QString marked(const StepStatus& status, qint64 nowMs);
};
