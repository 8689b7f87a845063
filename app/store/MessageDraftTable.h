#pragma once

#include "comms/MessageDraft.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Customer messages from their first rendering to their publication. Saved at every keystroke, so the upsert
// is a kept statement.
class MessageDraftTable
{
    Q_DECLARE_TR_FUNCTIONS(MessageDraftTable)

public:
    explicit MessageDraftTable(Database& db) : m_db(db) {}

    // Inserts or replaces the draft with the same id, inside the caller's transaction.
    DbResult<bool> save(const MessageDraft& draft);
    // Every draft, by incident, oldest created first.
    DbResult<QList<MessageDraft>> all() const;

private:
    Database& m_db;
};
