#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// One approved message on its way to one channel, as the outbox keeps it (a row of outbox_deliveries):
// what the commander sees per channel.
struct Delivery
{
    enum class State : int
    {
        Queued = 0,    // stored, not tried yet
        Sending = 1,   // an attempt is under way (left so by a crash: checked before sending again)
        Sent = 2,      // published; externalId says where
        Retrying = 3,  // an attempt failed in a way that may pass: tried again at nextAttemptAtMs
        Failed = 4,    // will not be tried again; lastError says why
        Cancelled = 5, // the commander withdrew it before it went out (sent by hand, or no longer wanted)
    };

    QString id; // UUID
    QString draftId;
    QString incidentId;
    QString channelName;
    QString idempotencyKey; // the same for every attempt of this draft on this channel
    State state = State::Queued;
    int attempts = 0;
    qint64 nextAttemptAtMs = 0;
    QString lastError; // for a person; never a secret
    QString externalId;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 sentAtMs = 0; // 0 until sent
    // An attempt may have reached the service without Vigie learning its outcome: one a crash interrupted
    // (found `sending` at start-up), or one that ended in a retry. Every later attempt checks before sending
    // again where the API lets it look; never cleared before the delivery is sent.
    bool mayHaveBeenSent = false;

    bool isFinished() const
    {
        return state == State::Sent || state == State::Failed || state == State::Cancelled;
    }
    // What the commander may do with it now.
    bool canRetry() const
    {
        return state == State::Failed || state == State::Retrying || state == State::Cancelled;
    }
    bool canCancel() const
    {
        return state == State::Queued || state == State::Retrying || state == State::Failed;
    }

    static QString stateKey(State state); // "queued", "sending", "sent", "retrying", "failed"
    static bool stateFromKey(const QString& key, State* out);
    static QString stateLabel(State state); // translated

    // sha256 of the draft and channel, hex: stable across restarts, different per channel so that two
    // channels on one account never look like one post.
    static QString idempotencyKeyFor(const QString& draftId, const QString& channelName);

    bool operator==(const Delivery&) const = default;
};

Q_DECLARE_METATYPE(Delivery)
