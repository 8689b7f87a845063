#pragma once

#include "publish/Delivery.h"
#include "store/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

// The outbox's deliveries (outbox_deliveries). Each incident has one line per channel, in the order its
// messages were queued: only the first unfinished delivery of a line may be sent, so that an update never
// overtakes the message that creates the incident on the channel. Writes run inside the caller's
// transaction.
class OutboxDeliveryTable
{
    Q_DECLARE_TR_FUNCTIONS(OutboxDeliveryTable)

public:
    explicit OutboxDeliveryTable(Database& db) : m_db(db) {}

    // Adds the delivery at the end of the outbox; false (and nothing written) when this draft is already
    // queued on this channel.
    DbResult<bool> insert(const Delivery& delivery, const QByteArray& message);
    // Writes the delivery's state, attempts, times, error and external id.
    DbResult<bool> update(const Delivery& delivery);

    // An empty id when there is none.
    DbResult<Delivery> find(const QString& id) const;
    DbResult<Delivery> findByDraft(const QString& draftId, const QString& channelName) const;
    DbResult<QByteArray> message(const QString& id) const;
    // Every delivery, oldest queued first.
    DbResult<QList<Delivery>> all() const;

    // The first delivery, by due time then queue order, that heads its line and is due at nowMs; an empty id
    // when none is.
    DbResult<Delivery> nextDue(qint64 nowMs) const;
    // When the next delivery heading its line falls due; -1 when none waits.
    DbResult<qint64> nextDueAt() const;
    // How many messages of the incident were sent on the channel.
    DbResult<int> sentCount(const QString& incidentId, const QString& channelName) const;
    // Deliveries left `sending` by a process that died mid-attempt go back to `retrying`, due now, with
    // the given error, marked as possibly sent; returns them.
    DbResult<QList<Delivery>> recoverInterrupted(qint64 nowMs, const QString& error);

    // The note of the delivery's last attempt (AttemptJournal): empty when it was recorded or none was
    // written. setProgress replaces it (an empty object clears it), inside the caller's transaction.
    DbResult<QJsonObject> progress(const QString& id) const;
    DbResult<bool> setProgress(const QString& id, const QJsonObject& progress);

private:
    DbResult<QList<Delivery>> select(const QString& where, const QVariantList& values,
                                     const QString& operation) const;

    Database& m_db;
};
