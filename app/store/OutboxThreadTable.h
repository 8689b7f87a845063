#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

// What each channel's adapter keeps for the later messages of an incident (outbox_threads): the status
// page's incident id, the first post to reply to, the first mail's Message-ID. Written in the transaction
// that records the delivery that returned it, so that no next attempt can miss it.
class OutboxThreadTable
{
    Q_DECLARE_TR_FUNCTIONS(OutboxThreadTable)

public:
    explicit OutboxThreadTable(Database& db) : m_db(db) {}

    // An empty object when nothing was kept yet.
    DbResult<QJsonObject> thread(const QString& incidentId, const QString& channelName) const;
    // Replaces what was kept, inside the caller's transaction.
    DbResult<bool> save(const QString& incidentId, const QString& channelName, const QJsonObject& thread,
                        qint64 nowMs);

private:
    Database& m_db;
};
