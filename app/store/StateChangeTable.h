#pragma once

#include "monitor/StateChange.h"
#include "store/Database.h"
#include "timeline/TimelineSnapshot.h"

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
    // Every service's changes for the timeline: per service, the last change before fromMs (if any) then
    // those with fromMs <= atMs < toMs, oldest first. Two queries whatever the number of services.
    DbResult<TimelineSnapshot> timeline(qint64 fromMs, qint64 toMs) const;

private:
    DbResult<QList<StateChange>> read(const QString& sql, const QVariantList& values) const;

    Database& m_db;
};
