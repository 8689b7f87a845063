#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"

#include <QByteArray>
#include <QString>

// The message a delivery publishes, kept with the delivery as JSON (outbox_deliveries.message): the approved
// draft and the incident as they were at approval, so that a delivery still sends the approved words after
// a restart, whatever happened to the incident since. Only what a public message may quote is kept: never
// the internal notes or the checklist.
class OutboxMessageCodec
{
public:
    static QByteArray encode(const MessageDraft& draft, const Incident& incident);
    // False when the text is not such a message (the row was damaged).
    static bool decode(const QByteArray& json, MessageDraft* draft, Incident* incident);
};
