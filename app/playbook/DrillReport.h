#pragma once

#include "incident/IncidentRecord.h"
#include "playbook/ChecklistAdherence.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

// The report of a drill (or of any incident's checklist): how long each step took from the declaration,
// against when it was due, as Markdown a team pastes into its wiki or chat after the exercise.
class DrillReport
{
    Q_DECLARE_TR_FUNCTIONS(DrillReport)

public:
    static QString markdown(const IncidentRecord& record, const ChecklistAdherence::Report& adherence,
                            const QString& language, const QTimeZone& zone, qint64 nowMs);
    // "12 min", "1 h 05 min", "-3 min" (early); for the report's columns.
    static QString duration(qint64 ms);
};
