#pragma once

#include <QJsonObject>

// Where an adapter notes, during an attempt, what it has done so far that a crash must not make it redo:
// the incident a create returned before the component statuses are set, the mail handed over up to its
// final dot. note() returns once the note is committed to the outbox's file (false when it could not be),
// and the outbox hands the last note of an attempt that a crash interrupted to the next attempt as
// OutboundMessage::progress. A recorded outcome clears it: only what a dead process left matters.
class AttemptJournal
{
public:
    virtual ~AttemptJournal() = default;
    // Replaces the attempt's note with `progress`.
    virtual bool note(const QJsonObject& progress) = 0;
};
