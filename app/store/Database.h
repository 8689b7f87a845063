#pragma once

#include "store/DbResult.h"
#include "store/SchemaMigrations.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

class QSqlError;

// One named SQLite connection (QSQLITE) on one file, usable only in the thread that opened it. Owns the
// SQLite-specific set-up (WAL, synchronous=NORMAL, busy timeout), the forward migrations and transactions;
// the table classes (ResultTable, RollupTable, ...) run their standard SQL through it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens or creates the file and migrates it to the last step. Blocks on disk: call it from the thread
    // that will use the connection.
    DbResult<bool> open(const QString& path, const QList<MigrationStep>& steps = SchemaMigrations::steps());
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // How long a statement waits for another connection's lock before failing with "database is locked"
    // (5 s after open()).
    DbResult<bool> setBusyTimeout(int ms);

    // The highest applied step, 0 for an empty file.
    DbResult<int> schemaVersion() const;

    DbResult<bool> begin(const QString& operation);
    DbResult<bool> commit(const QString& operation);
    void rollback();

    // Prepares and runs one statement with bound values; the returned query is positioned before the first
    // row.
    DbResult<QSqlQuery> run(const QString& sql, const QVariantList& values, const QString& operation) const;
    DbResult<QSqlQuery> prepare(const QString& sql, const QString& operation) const;
    // A statement prepared once per connection and kept until close(), for the write path that runs the same
    // SQL for every batch. The pointer stays valid until close(); bind all values before each exec.
    DbResult<QSqlQuery*> prepareCached(const QString& sql, const QString& operation);
    DbResult<bool> execPrepared(QSqlQuery& query, const QString& operation) const;
    // Like prepareCached, through SQLite's C API, for the statements run once per stored result.
    DbResult<SqliteStatement*> prepareNative(const QByteArray& sql, const QString& operation);

    DbResult<QString> setting(const QString& key, const QString& fallback) const;
    DbResult<bool> setSetting(const QString& key, const QString& value);

    // "ok" when PRAGMA integrity_check finds nothing wrong, else its report.
    DbResult<QString> integrityCheck() const;
    // Moves the WAL content into the main file and truncates the WAL (for size measurements and clean stops).
    DbResult<bool> checkpoint();

    // A message for a person naming the file, what was being done and what went wrong.
    QString describe(const QString& operation, const QSqlError& error) const;
    QString describe(const QString& operation, const QString& detail) const;

private:
    DbResult<bool> configure();
    DbResult<bool> migrate(const QList<MigrationStep>& steps);
    sqlite3* nativeHandle() const;
    DbResult<bool> runNative(const QByteArray& sql, const QString& operation);

    QString m_connectionName;
    QString m_path;
    // Declared as a node map so that handed-out pointers stay valid while others are added.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cached;
    std::unordered_map<QByteArray, std::unique_ptr<SqliteStatement>> m_native;
};

// A NULL of the given type for binding, e.g. nullValue<QString>().
template <typename T> QVariant nullValue()
{
    return QVariant(QMetaType::fromType<T>());
}
