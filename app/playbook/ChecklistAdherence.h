#pragma once

#include "incident/Incident.h"
#include "playbook/LocalizedText.h"
#include "playbook/Playbook.h"

#include <QList>
#include <QString>
#include <QtGlobal>

// How well an incident kept to its checklist: when each step was due, when it was ticked, how late. What a
// drill report shows (how long each step took) and what the post-mortem quotes (was the first message on
// time, how many updates were late and by how much). Pure: computed from the playbook, the incident and now.
class ChecklistAdherence
{
public:
    struct Step
    {
        QString stepId;
        int occurrence = 1;
        LocalizedText title;
        bool message = false;   // a message step (announce, update, ...)
        bool repeating = false; // an occurrence of the update cadence
        qint64 dueAtMs = 0;     // 0 when it never became due (its anchor was not reached)
        qint64 markedAtMs = 0;  // 0 while open
        bool skipped = false;
        QString markedBy;
        qint64 sinceDeclaredMs = -1; // marked - declared; -1 while open
        // marked (or now, while open and overdue) - due; > 0 is late. 0 when not due yet or never due.
        qint64 lateByMs = 0;
        bool overdue = false; // still open past its due time
    };

    struct Report
    {
        QList<Step> steps; // applicable steps in playbook order, repeating ones per occurrence
        int dueCount = 0;  // steps that became due
        int lateCount = 0; // ticked late, or still open past due
        qint64 totalLateMs = 0;
        qint64 worstLateMs = 0;
        // The first message step (the announcement): whether it went out on time and how long after
        // declaring. firstMessageMarked is false while it is open.
        bool hasFirstMessage = false;
        bool firstMessageMarked = false;
        bool firstMessageOnTime = false;
        qint64 firstMessageAfterMs = -1;
        int updatesDue = 0;
        int updatesLate = 0;
        qint64 updatesLateTotalMs = 0;
    };

    static Report compute(const Playbook& playbook, const Incident& incident, qint64 nowMs);
};
