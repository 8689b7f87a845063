#pragma once

#include <QString>
#include <QtGlobal>

// A commitment a published or approved message made to its audience: the next update by a time, or a
// resolution estimate. The record keeps what was promised and whether it was kept.
struct MessagePromise
{
    enum class Kind : int
    {
        NextUpdate = 0,
        Resolution = 1,
    };

    QString id; // UUID
    QString incidentId;
    QString draftId; // the message that made it
    Kind kind = Kind::NextUpdate;
    qint64 madeAtMs = 0; // when the message was approved
    qint64 dueAtMs = 0;  // the promised time
    qint64 keptAtMs = 0; // when it was kept (next message out, or resolved); 0 while open
    bool missed = false; // the due time passed before it was kept

    bool isOpen() const { return keptAtMs == 0 && !missed; }
    bool operator==(const MessagePromise&) const = default;
};
