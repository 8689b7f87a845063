#pragma once

#include "monitor/StateChange.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QList>

// State changes, kept forever: the outage timeline and the source of uptime figures.
class StateChangeTable
{
    Q_DECLARE_TR_FUNCTIONS(StateChangeTable)

public:
    explicit StateChangeTable(Database& db) : m_db(db) {}

    // Inserts inside the caller's transaction and sets each change's id.
    DbResult<int> insert(QList<StateChange>* changes);
    // Changes of one service with fromMs <= atMs < toMs, oldest first, preceded by the last change before
    // fromMs when withPrevious is set (it tells the state in force at fromMs).
    DbResult<QList<StateChange>> forService(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                            bool withPrevious) const;
    DbResult<int> removeService(qint64 serviceId);

private:
    DbResult<QList<StateChange>> read(const QString& sql, const QVariantList& values) const;

    Database& m_db;
};
