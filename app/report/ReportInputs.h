#pragma once

#include "incident/IncidentRecord.h"
#include "monitor/StateChange.h"
#include "publish/Delivery.h"
#include "report/PostMortem.h"
#include "report/PostMortemChange.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

// Everything a post-mortem report is made from, as the store reads it in one go
// (PostMortemStore::loadReport): the incident's record, what the team wrote, the affected services' state
// changes over the chart's window (each preceded by the last change before it) and the sent deliveries that
// name the channels. Never a channel's settings: they are not needed and may hold secrets. The playbook is
// the caller's (the one in force), as are the options.
struct ReportInputs
{
    IncidentRecord record;
    PostMortem postMortem; // blank (with the incident id) when none was written yet
    bool hasPostMortem = false;
    QList<PostMortemChange> changes; // oldest first
    QHash<qint64, QList<StateChange>> stateChanges;
    QList<Delivery> deliveries; // the incident's sent deliveries, oldest queued first
};

Q_DECLARE_METATYPE(ReportInputs)
