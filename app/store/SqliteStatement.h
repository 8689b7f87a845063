#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

// One statement prepared through SQLite's C API on the connection Qt opened, for the few statements run
// for every stored result: binding through QSqlQuery builds a QVariant and a placeholder name per value,
// which cost more than the insert itself. Finalized on destruction, so it must not outlive the connection.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Columns count from 1, as in SQLite.
    void bind(int column, qint64 value);
    void bind(int column, const QByteArray& blob);
    void bind(int column, const QString& text);
    void bindNull(int column);
    // Runs the statement to its end and resets it (keeping the bindings until the next bind); false on an
    // error, whose text is then in errorText().
    bool exec();
    // For a SELECT: steps to the next row, true while there is one; after the last row (or an error, then
    // in errorText()) the statement is reset. Call reset() to stop before the end, so that an open read does
    // not hold the database.
    bool next();
    // Of the current row; columns count from 0, as in sqlite3_column_*.
    qint64 int64At(int column) const;
    bool isNullAt(int column) const;
    void reset();
    // False when the last next() ended on an error rather than after the last row.
    bool ok() const { return m_ok; }
    // Rows changed by the last exec().
    int changes() const;
    QString errorText() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_ok = true;
};
