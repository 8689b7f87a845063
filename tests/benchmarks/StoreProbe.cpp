#include "StoreProbe.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

StoreProbe::StoreProbe(const QString& databasePath)
    : m_path(databasePath), m_connection(QStringLiteral("bench-store-probe"))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        m_error = db.lastError().text();
}

StoreProbe::~StoreProbe()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

StoreProbe::Sample StoreProbe::sample()
{
    Sample out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return out;
    // TRUNCATE waits for the writer (busy timeout) and reports busy=1 if it still could not finish; retry a
    // few times since the store commits every few hundred milliseconds.
    for (int attempt = 0; attempt < 20 && !out.checkpointed; ++attempt) {
        QSqlQuery checkpoint(db);
        if (checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next())
            out.checkpointed = checkpoint.value(0).toInt() == 0;
        else
            m_error = checkpoint.lastError().text();
        if (!out.checkpointed)
            QThread::msleep(20);
    }
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM results")) && count.next())
        out.resultRows = count.value(0).toLongLong();
    else
        m_error = count.lastError().text();
    out.fileBytes = QFileInfo(m_path).size();
    return out;
}

qint64 StoreProbe::tableBytes(const QString& table)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name = ?"));
    q.addBindValue(table);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

qint64 StoreProbe::rowCount(const QString& table)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The name comes from this benchmark, never from outside.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}
