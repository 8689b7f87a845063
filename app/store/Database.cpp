#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("vigie-store-%1").arg(counter.fetch_add(1));
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

DbResult<bool> Database::open(const QString& path, const QList<MigrationStep>& steps)
{
    close();
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return DbResult<bool>::failure(
            describe(tr("open"), tr("the SQLite driver (QSQLITE) is not available")));
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString message = describe(tr("open"), db.lastError());
        db = QSqlDatabase();
        close();
        return DbResult<bool>::failure(message);
    }
    DbResult<bool> configured = configure();
    if (!configured.ok()) {
        db = QSqlDatabase();
        close();
        return configured;
    }
    DbResult<bool> migrated = migrate(steps);
    if (!migrated.ok()) {
        db = QSqlDatabase();
        close();
    }
    return migrated;
}

void Database::close()
{
    // Statements hold the connection: they go before it is removed.
    m_cached.clear();
    m_native.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

DbResult<bool> Database::configure()
{
    // WAL with synchronous=NORMAL: a commit is durable once written to the WAL, which survives the death of
    // the process (only a power cut may lose the last commits), and readers never block the writer.
    DbResult<QSqlQuery> mode = run(QStringLiteral("PRAGMA journal_mode=WAL"), {}, tr("switch to WAL mode"));
    if (!mode.ok())
        return DbResult<bool>::failure(mode.error);
    if (!mode.value.next() ||
        mode.value.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive))
        return DbResult<bool>::failure(
            describe(tr("switch to WAL mode"), tr("the file system does not support it")));
    for (const QString& pragma :
         {QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA busy_timeout=5000")}) {
        DbResult<QSqlQuery> done = run(pragma, {}, tr("configure the connection"));
        if (!done.ok())
            return DbResult<bool>::failure(done.error);
    }
    return DbResult<bool>::success(true);
}

DbResult<bool> Database::setBusyTimeout(int ms)
{
    DbResult<QSqlQuery> done =
        run(QStringLiteral("PRAGMA busy_timeout=%1").arg(ms), {}, tr("configure the connection"));
    if (!done.ok())
        return DbResult<bool>::failure(done.error);
    return DbResult<bool>::success(true);
}

DbResult<int> Database::schemaVersion() const
{
    DbResult<QSqlQuery> q =
        run(QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, tr("read the schema version"));
    if (!q.ok())
        return DbResult<int>::failure(q.error);
    return DbResult<int>::success(q.value.next() ? q.value.value(0).toInt() : 0);
}

DbResult<bool> Database::migrate(const QList<MigrationStep>& steps)
{
    DbResult<QSqlQuery> created =
        run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                           "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL,"
                           "description TEXT NOT NULL)"),
            {}, tr("create the schema version table"));
    if (!created.ok())
        return DbResult<bool>::failure(created.error);
    DbResult<int> version = schemaVersion();
    if (!version.ok())
        return DbResult<bool>::failure(version.error);
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (version.value > latest) {
        return DbResult<bool>::failure(
            describe(tr("open"),
                     tr("the file was written by a newer Vigie (schema version %1, this one knows up to %2)")
                         .arg(version.value)
                         .arg(latest)));
    }
    for (const MigrationStep& step : steps) {
        if (step.version <= version.value)
            continue;
        const QString operation =
            tr("upgrade the schema to version %1 (%2)").arg(step.version).arg(step.description);
        DbResult<bool> began = begin(operation);
        if (!began.ok())
            return began;
        for (const QString& sql : step.statements) {
            DbResult<QSqlQuery> done = run(sql, {}, operation);
            if (!done.ok()) {
                rollback();
                return DbResult<bool>::failure(done.error);
            }
        }
        DbResult<QSqlQuery> recorded = run(
            QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"),
            {step.version, QDateTime::currentMSecsSinceEpoch(), step.description}, operation);
        if (!recorded.ok()) {
            rollback();
            return DbResult<bool>::failure(recorded.error);
        }
        DbResult<bool> committed = commit(operation);
        if (!committed.ok())
            return committed;
    }
    return DbResult<bool>::success(true);
}

// Begin and commit run once per stored batch: through kept native statements rather than Qt's
// transaction(), which builds and prepares a new query each time.
DbResult<bool> Database::begin(const QString& operation)
{
    return runNative(QByteArrayLiteral("BEGIN"), operation);
}

DbResult<bool> Database::commit(const QString& operation)
{
    DbResult<bool> committed = runNative(QByteArrayLiteral("COMMIT"), operation);
    if (!committed.ok())
        rollback();
    return committed;
}

DbResult<bool> Database::runNative(const QByteArray& sql, const QString& operation)
{
    DbResult<SqliteStatement*> statement = prepareNative(sql, operation);
    if (!statement.ok())
        return DbResult<bool>::failure(statement.error);
    if (!statement.value->exec())
        return DbResult<bool>::failure(describe(operation, statement.value->errorText()));
    return DbResult<bool>::success(true);
}

void Database::rollback()
{
    if (sqlite3* handle = nativeHandle(); handle && !sqlite3_get_autocommit(handle))
        runNative(QByteArrayLiteral("ROLLBACK"), tr("roll back"));
}

sqlite3* Database::nativeHandle() const
{
    if (!isOpen())
        return nullptr;
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

DbResult<SqliteStatement*> Database::prepareNative(const QByteArray& sql, const QString& operation)
{
    auto it = m_native.find(sql);
    if (it == m_native.end()) {
        sqlite3* handle = nativeHandle();
        if (!handle)
            return DbResult<SqliteStatement*>::failure(describe(operation, tr("the database is not open")));
        sqlite3_stmt* prepared = nullptr;
        if (sqlite3_prepare_v3(handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &prepared,
                               nullptr) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(prepared);
            return DbResult<SqliteStatement*>::failure(describe(operation, detail));
        }
        it = m_native.emplace(sql, std::make_unique<SqliteStatement>(handle, prepared)).first;
    }
    return DbResult<SqliteStatement*>::success(it->second.get());
}

DbResult<QSqlQuery> Database::prepare(const QString& sql, const QString& operation) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return DbResult<QSqlQuery>::failure(describe(operation, query.lastError()));
    return DbResult<QSqlQuery>::success(std::move(query));
}

DbResult<QSqlQuery*> Database::prepareCached(const QString& sql, const QString& operation)
{
    auto it = m_cached.find(sql);
    if (it == m_cached.end()) {
        DbResult<QSqlQuery> prepared = prepare(sql, operation);
        if (!prepared.ok())
            return DbResult<QSqlQuery*>::failure(prepared.error);
        it = m_cached.emplace(sql, std::make_unique<QSqlQuery>(std::move(prepared.value))).first;
    }
    return DbResult<QSqlQuery*>::success(it->second.get());
}

DbResult<bool> Database::execPrepared(QSqlQuery& query, const QString& operation) const
{
    if (!query.exec())
        return DbResult<bool>::failure(describe(operation, query.lastError()));
    return DbResult<bool>::success(true);
}

DbResult<QSqlQuery> Database::run(const QString& sql, const QVariantList& values,
                                  const QString& operation) const
{
    if (!isOpen())
        return DbResult<QSqlQuery>::failure(describe(operation, tr("the database is not open")));
    DbResult<QSqlQuery> prepared = prepare(sql, operation);
    if (!prepared.ok())
        return prepared;
    for (qsizetype i = 0; i < values.size(); ++i)
        prepared.value.bindValue(int(i), values.at(i));
    DbResult<bool> done = execPrepared(prepared.value, operation);
    if (!done.ok())
        return DbResult<QSqlQuery>::failure(done.error);
    return prepared;
}

DbResult<QString> Database::setting(const QString& key, const QString& fallback) const
{
    DbResult<QSqlQuery> q = run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                                tr("read the setting %1").arg(key));
    if (!q.ok())
        return DbResult<QString>::failure(q.error);
    return DbResult<QString>::success(q.value.next() ? q.value.value(0).toString() : fallback);
}

DbResult<bool> Database::setSetting(const QString& key, const QString& value)
{
    // Run with every stored batch (the rollup watermark): the statement is kept.
    if (!isOpen())
        return DbResult<bool>::failure(
            describe(tr("save the setting %1").arg(key), tr("the database is not open")));
    DbResult<QSqlQuery*> q =
        prepareCached(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      tr("save the setting %1").arg(key));
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    q.value->bindValue(0, key);
    q.value->bindValue(1, value);
    DbResult<bool> done = execPrepared(*q.value, tr("save the setting %1").arg(key));
    if (!done.ok())
        return DbResult<bool>::failure(done.error);
    return DbResult<bool>::success(true);
}

DbResult<QString> Database::integrityCheck() const
{
    DbResult<QSqlQuery> q =
        run(QStringLiteral("PRAGMA integrity_check"), {}, tr("check the file's integrity"));
    if (!q.ok())
        return DbResult<QString>::failure(q.error);
    QStringList lines;
    while (q.value.next())
        lines.append(q.value.value(0).toString());
    return DbResult<QString>::success(lines.join(QLatin1Char('\n')));
}

DbResult<bool> Database::checkpoint()
{
    DbResult<QSqlQuery> q =
        run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, tr("write the journal into the file"));
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    return DbResult<bool>::success(true);
}

QString Database::describe(const QString& operation, const QSqlError& error) const
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return describe(operation, detail);
}

QString Database::describe(const QString& operation, const QString& detail) const
{
    return tr("Could not %1 (database %2): %3").arg(operation, m_path, detail);
}
