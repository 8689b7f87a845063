#include "store/SqliteStatement.h"

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int column, qint64 value)
{
    sqlite3_bind_int64(m_statement, column, value);
}

void SqliteStatement::bind(int column, const QByteArray& blob)
{
    // SQLITE_TRANSIENT: SQLite copies the bytes, so the caller's buffer may go before exec().
    sqlite3_bind_blob(m_statement, column, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int column, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int column)
{
    sqlite3_bind_null(m_statement, column);
}

bool SqliteStatement::exec()
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    // sqlite3_reset repeats the step's error code; the message stays readable until the next call.
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_ok = true;
        return true;
    }
    m_ok = rc == SQLITE_DONE;
    sqlite3_reset(m_statement);
    return false;
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteStatement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}
