#pragma once

#include <QString>
#include <QtGlobal>

// What the generated store holds; part of the cache key, so a change makes a new file.
struct TimelineStoreSpec
{
    int services = 500;
    int days = 90;
    qint64 nowMs = 0;
    int rollupServices = 500; // services 1..rollupServices get per-minute rollups for every day
    int rawResults = 1'000'000;
};

// Builds (once, then reuses) a Vigie store for the timeline benchmark: the services, their state changes over
// the whole period, per-minute rollups consistent with those changes, and a slice of raw results. The schema
// comes from Database::open and the services, state changes and raw results from the project's table classes;
// the rollups (tens of millions of rows) are written with SQLite's C API in one transaction.
class TimelineStoreBuilder
{
public:
    static constexpr int kGeneratorVersion = 2;

    explicit TimelineStoreBuilder(const TimelineStoreSpec& spec) : m_spec(spec) {}

    // The cached file in `directory`, generated first when missing; empty on failure (see errorString()).
    QString ensure(const QString& directory);
    QString errorString() const { return m_error; }
    // Seconds the generation took, by part; 0 when the file came from the cache.
    double secondsForChanges() const { return m_changesSec; }
    double secondsForRaw() const { return m_rawSec; }
    double secondsForRollups() const { return m_rollupSec; }
    // The migration to the current schema after the rollups were written (it builds the hourly rollups).
    double secondsForMigration() const { return m_migrateSec; }
    qint64 stateChangeCount() const { return m_changeCount; }

private:
    bool generate(const QString& path);
    bool writeRollups(const QString& path);
    bool migrate(const QString& path);

    TimelineStoreSpec m_spec;
    QString m_error;
    double m_changesSec = 0;
    double m_rawSec = 0;
    double m_rollupSec = 0;
    double m_migrateSec = 0;
    qint64 m_changeCount = 0;
};
