#pragma once

#include "incident/MessagePromise.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// What messages promised (next update, resolution estimate) and whether it was kept.
class MessagePromiseTable
{
    Q_DECLARE_TR_FUNCTIONS(MessagePromiseTable)

public:
    explicit MessagePromiseTable(Database& db) : m_db(db) {}

    // Inserts or replaces the promise with the same id, inside the caller's transaction.
    DbResult<bool> save(const MessagePromise& promise);
    // Every promise, by incident, oldest made first.
    DbResult<QList<MessagePromise>> all() const;

private:
    Database& m_db;
};
