#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One forward step of the schema: applied inside one transaction together with its schema_version row.
struct MigrationStep
{
    int version = 0; // the schema version after this step
    QString description;
    QStringList statements;
};

// The ordered steps from an empty file to the current schema. Append new steps; never edit a released one.
// The statements are standard SQL with INTEGER UTC milliseconds; the SQLite-only parts (WITHOUT ROWID) live
// here, in the SQLite DDL, so that a PostgreSQL backend can share every query but needs its own steps.
class SchemaMigrations
{
public:
    static const QList<MigrationStep>& steps();
    static int currentVersion();
};
