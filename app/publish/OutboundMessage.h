#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"

#include <QJsonObject>
#include <QString>

// One approved message on its way to one channel: what an adapter publishes.
struct OutboundMessage
{
    QString deliveryId;     // the outbox row (UUID)
    QString idempotencyKey; // stable for this draft on this channel: the same on every retry
    Incident incident;      // as it was when the message was approved
    MessageDraft draft;     // the approved text
    int sequence = 1;       // 1: the first message of this incident on this channel; later ones update it
    bool resolves = false;  // the message announces the end (resolved, completed)
    // What earlier deliveries of this incident on this channel recorded (the status page's incident id, the
    // first post to reply to, the first mail's Message-ID...), so that updates thread under the first
    // message.
    QJsonObject thread;
};
