#pragma once

#include "incident/Incident.h"
#include "incident/IncidentRecord.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// Incidents and maintenances with their affected services (incident_services) and checklist marks
// (incident_marks), and the loading of whole records at start-up. Few rows (hundreds of incidents), so
// every save rewrites the incident's children rather than diffing them.
class IncidentTable
{
    Q_DECLARE_TR_FUNCTIONS(IncidentTable)

public:
    explicit IncidentTable(Database& db) : m_db(db) {}

    // Inserts or updates the incident and replaces its services and marks, inside the caller's transaction.
    DbResult<bool> save(const Incident& incident);
    // Every incident, oldest declared first, with its services and marks in their stored order.
    DbResult<QList<Incident>> all() const;
    // Every incident with its events (in time order), drafts and promises. Rows whose incident is not
    // stored are left out.
    DbResult<QList<IncidentRecord>> loadAll() const;

private:
    DbResult<bool> saveServices(const Incident& incident);
    DbResult<bool> saveMarks(const Incident& incident);
    DbResult<bool> readServices(QList<Incident>* incidents) const;
    DbResult<bool> readMarks(QList<Incident>* incidents) const;

    Database& m_db;
};
