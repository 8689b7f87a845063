#pragma once

#include "config/ServiceDefinition.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// The workspace: one row per service, its name unique. The HTTP settings travel as one JSON text column
// because nothing queries inside them.
class ServiceTable
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTable)

public:
    explicit ServiceTable(Database& db) : m_db(db) {}

    DbResult<QList<ServiceDefinition>> all() const;
    // The ids alone, in the same order: for readers that need no settings.
    DbResult<QList<qint64>> ids() const;
    // Updates the service with the same id (id != 0) or else the same name, inserts it otherwise. Returns its
    // id.
    DbResult<qint64> save(const ServiceDefinition& service);
    // Removes the service row only; the caller removes its history in the same transaction.
    DbResult<bool> remove(qint64 serviceId);
    DbResult<bool> setPaused(qint64 serviceId, bool paused);

    static QString httpSettingsToJson(const HttpSettings& http);
    static HttpSettings httpSettingsFromJson(const QString& json);

private:
    DbResult<qint64> idForName(const QString& name) const;

    Database& m_db;
};
