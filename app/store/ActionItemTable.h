#pragma once

#include "report/ActionItem.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Post-mortems' action items, one row each, so that they can be listed across incidents (what is open,
// what is overdue) as well as with their post-mortem. Writes run inside the caller's transaction.
class ActionItemTable
{
    Q_DECLARE_TR_FUNCTIONS(ActionItemTable)

public:
    explicit ActionItemTable(Database& db) : m_db(db) {}

    // Replaces the incident's items with `items`, in their order.
    DbResult<bool> replace(const QString& incidentId, const QList<ActionItem>& items);
    DbResult<QList<ActionItem>> forIncident(const QString& incidentId) const;
    // Items across incidents: the unfinished ones only when `openOnly`; those with a due date first, by
    // date, then the others, by incident and position.
    DbResult<QList<ActionItem>> all(bool openOnly) const;

private:
    DbResult<QList<ActionItem>> select(const QString& where, const QVariantList& values) const;

    Database& m_db;
};
