#pragma once

#include "report/PostMortemChange.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Who changed what in each post-mortem, and when. Lines are only ever added, inside the caller's
// transaction (the same one that saves the change).
class PostMortemChangeTable
{
    Q_DECLARE_TR_FUNCTIONS(PostMortemChangeTable)

public:
    explicit PostMortemChangeTable(Database& db) : m_db(db) {}

    DbResult<bool> append(const QList<PostMortemChange>& changes);
    // Oldest first.
    DbResult<QList<PostMortemChange>> forIncident(const QString& incidentId) const;

private:
    Database& m_db;
};
