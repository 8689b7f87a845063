#pragma once

#include "incident/IncidentEvent.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Incidents' own timelines. Events are never edited: appending one whose id is already stored does nothing,
// so that a write retried after an unclear failure cannot duplicate a line.
class IncidentEventTable
{
    Q_DECLARE_TR_FUNCTIONS(IncidentEventTable)

public:
    explicit IncidentEventTable(Database& db) : m_db(db) {}

    // Inside the caller's transaction. True when inserted, false when the id was already stored.
    DbResult<bool> append(const IncidentEvent& event);
    // Every event, by incident, then in time order (ties in the order they were appended).
    DbResult<QList<IncidentEvent>> all() const;

private:
    Database& m_db;
};
