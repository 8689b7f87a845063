#pragma once

#include "report/PostMortem.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Post-mortems (post_mortems) with their action items (action_items). Few rows: a save rewrites the
// incident's items rather than diffing them. Writes run inside the caller's transaction.
class PostMortemTable
{
    Q_DECLARE_TR_FUNCTIONS(PostMortemTable)

public:
    explicit PostMortemTable(Database& db) : m_db(db) {}

    // Inserts or updates the post-mortem and replaces its action items.
    DbResult<bool> save(const PostMortem& postMortem);
    // nullopt when the incident has none yet.
    DbResult<std::optional<PostMortem>> load(const QString& incidentId) const;
    // The incidents that have one, with their review state (for the incident list).
    DbResult<QList<std::pair<QString, PostMortem::ReviewState>>> states() const;

private:
    Database& m_db;
};
