#pragma once

#include "monitor/CheckResult.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <utility>

// Raw check results: insertion in batches, range reads, retention. A certificate's expiry is kept in its own
// table only when it changes, which keeps a raw row near 35 bytes.
class ResultTable
{
    Q_DECLARE_TR_FUNCTIONS(ResultTable)

public:
    static constexpr int DefaultRetentionDays = 30;

    // When a service's newest result started, and its total latency.
    struct Latest
    {
        qint64 startedAtMs = 0;
        qint32 totalUs = 0;
    };

    explicit ResultTable(Database& db) : m_db(db) {}

    // Inserts inside the caller's transaction; a result already stored (same service and start) is ignored.
    // Call forgetCertificates() after a rollback.
    DbResult<int> insert(QList<CheckResult> results);
    void forgetCertificates();

    // Results of one service with fromMs <= startedAtMs < toMs, oldest first; at most limit rows when
    // limit >= 0.
    DbResult<QList<CheckResult>> forService(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                            int limit = -1) const;
    // Results of every service with fromMs <= startedAtMs < toMs, in time order (rollup recovery).
    DbResult<QList<CheckResult>> between(qint64 fromMs, qint64 toMs) const;
    // The oldest and newest start times from fromMs on; {-1, -1} when there is no such result.
    DbResult<std::pair<qint64, qint64>> timeSpan(qint64 fromMs) const;
    // The total latency (us) of each service's latest result with startedAtMs >= fromMs.
    DbResult<QHash<qint64, qint32>> latestLatencies(qint64 fromMs) const;
    // Each service's latest result with startedAtMs >= fromMs. Reads every result since fromMs.
    DbResult<QHash<qint64, Latest>> latestResults(qint64 fromMs) const;
    DbResult<qint64> count() const;

    DbResult<int> retentionDays() const;
    DbResult<bool> setRetentionDays(int days);
    // Deletes results older than the retention; returns how many.
    DbResult<int> prune(qint64 nowMs);
    DbResult<int> removeService(qint64 serviceId);

private:
    struct Certificate
    {
        qint64 seenAt = 0;
        qint64 expiresAt = 0;
    };
    DbResult<bool> loadCertificates();
    // limit < 0: every matching row.
    DbResult<QList<CheckResult>> read(const QString& where, QVariantList values, int limit = -1) const;

    Database& m_db;
    QHash<qint64, Certificate> m_lastCertificate; // service id -> last stored expiry
    bool m_certificatesLoaded = false;
};
