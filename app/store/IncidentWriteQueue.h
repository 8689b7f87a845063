#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"
#include "incident/IncidentEvent.h"
#include "incident/MessagePromise.h"

#include <QHash>
#include <QList>
#include <QString>

#include <variant>

// One write the incident store was asked for.
using IncidentWrite = std::variant<Incident, IncidentEvent, MessageDraft, MessagePromise>;

// The incident writes not yet committed, in the order they were asked for. The store commits the whole queue
// in one transaction, so a later save of the same incident, draft or promise (all upserts of one row) can
// take the place of the earlier one: the file ends up the same, and a draft saved at every keystroke while
// the file is locked holds one entry, not one per keystroke. Events are inserts where the first of an id
// wins, so they are never merged.
class IncidentWriteQueue
{
public:
    void add(const IncidentWrite& write);
    const QList<IncidentWrite>& writes() const { return m_writes; }
    bool isEmpty() const { return m_writes.isEmpty(); }
    // How many add() calls the queued writes stand for (merged saves count each).
    int saves() const { return m_saves; }
    void clear();

private:
    QList<IncidentWrite> m_writes;
    // Row key ("d:" + draft id, ...) -> index in m_writes, for the writes that may be merged.
    QHash<QString, qsizetype> m_rows;
    int m_saves = 0;
};
