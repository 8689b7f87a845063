#pragma once

#include "comms/MessageDraft.h"
#include "incident/Incident.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class AttemptJournal;

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
    // An earlier attempt of this delivery may have reached the service without Vigie learning its outcome
    // (the process was killed mid-attempt, or the attempt ended without a definite answer). Adapters check
    // before sending again where the API lets them look, and rely on idempotency keys elsewhere.
    bool mayHaveBeenSent = false;
    // What the interrupted attempt noted in its journal before the process stopped; empty otherwise.
    QJsonObject progress;
    // Where this attempt notes its progress (committed before note() returns); may be null (adapter tests).
    std::shared_ptr<AttemptJournal> journal;
};
