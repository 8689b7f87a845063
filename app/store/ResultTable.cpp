#include "store/ResultTable.h"

#include "store/ResultCodec.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

const QString RetentionKey = QStringLiteral("raw_retention_days");

} // namespace

DbResult<bool> ResultTable::loadCertificates()
{
    if (m_certificatesLoaded)
        return DbResult<bool>::success(true);
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT c.service_id, c.seen_at, c.expires_at FROM certificate_expiry c "
                                "WHERE c.seen_at = (SELECT MAX(l.seen_at) FROM certificate_expiry l "
                                "WHERE l.service_id = c.service_id)"),
                 {}, tr("read certificate expiry dates"));
    if (!q.ok())
        return DbResult<bool>::failure(q.error);
    m_lastCertificate.clear();
    while (q.value.next())
        m_lastCertificate.insert(q.value.value(0).toLongLong(),
                                 Certificate{q.value.value(1).toLongLong(), q.value.value(2).toLongLong()});
    m_certificatesLoaded = true;
    return DbResult<bool>::success(true);
}

void ResultTable::forgetCertificates()
{
    m_certificatesLoaded = false;
    m_lastCertificate.clear();
}

DbResult<int> ResultTable::insert(QList<CheckResult> results)
{
    const QString operation = tr("store check results");
    DbResult<bool> loaded = loadCertificates();
    if (!loaded.ok())
        return DbResult<int>::failure(loaded.error);
    // In key order the rows append to the last page of the table.
    std::sort(results.begin(), results.end(), [](const CheckResult& a, const CheckResult& b) {
        return std::pair(a.startedAtMs, a.serviceId) < std::pair(b.startedAtMs, b.serviceId);
    });
    DbResult<SqliteStatement*> insertResult = m_db.prepareNative(
        QByteArrayLiteral(
            "INSERT INTO results (started_at, service_id, outcome, has_cert, total_us, phases, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        operation);
    DbResult<QSqlQuery*> insertCert =
        m_db.prepareCached(QStringLiteral("INSERT INTO certificate_expiry (service_id, seen_at, expires_at) "
                                          "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                           operation);
    if (!insertResult.ok())
        return DbResult<int>::failure(insertResult.error);
    if (!insertCert.ok())
        return DbResult<int>::failure(insertCert.error);
    int inserted = 0;
    for (const CheckResult& r : std::as_const(results)) {
        const bool hasCert = r.certExpiresAtMs != 0;
        if (hasCert) {
            auto last = m_lastCertificate.constFind(r.serviceId);
            // A result older than the last recorded change needs its own row, or reading it would miss it.
            if (last == m_lastCertificate.cend() || last->expiresAt != r.certExpiresAtMs ||
                r.startedAtMs < last->seenAt) {
                insertCert.value->bindValue(0, r.serviceId);
                insertCert.value->bindValue(1, r.startedAtMs);
                insertCert.value->bindValue(2, r.certExpiresAtMs);
                DbResult<bool> done = m_db.execPrepared(*insertCert.value, operation);
                if (!done.ok())
                    return DbResult<int>::failure(done.error);
                if (last == m_lastCertificate.cend() || r.startedAtMs >= last->seenAt)
                    m_lastCertificate.insert(r.serviceId, Certificate{r.startedAtMs, r.certExpiresAtMs});
            }
        }
        const QByteArray phases = ResultCodec::encodePhases(r);
        SqliteStatement& insert = *insertResult.value;
        insert.bind(1, r.startedAtMs);
        insert.bind(2, r.serviceId);
        insert.bind(3, qint64(r.outcome));
        insert.bind(4, qint64(hasCert ? 1 : 0));
        insert.bind(5, qint64(r.totalUs));
        if (phases.isEmpty())
            insert.bindNull(6);
        else
            insert.bind(6, phases);
        if (r.reason.isEmpty())
            insert.bindNull(7);
        else
            insert.bind(7, r.reason);
        if (!insert.exec())
            return DbResult<int>::failure(m_db.describe(operation, insert.errorText()));
        inserted += insert.changes() > 0 ? 1 : 0;
    }
    return DbResult<int>::success(inserted);
}

DbResult<QList<CheckResult>> ResultTable::read(const QString& where, QVariantList values, int limit) const
{
    // SQLite reads a negative LIMIT as "no limit".
    values.append(qMax(-1, limit));
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral(
            "SELECT r.started_at, r.service_id, r.outcome, r.has_cert, r.total_us, r.phases, r.reason,"
            " (SELECT c.expires_at FROM certificate_expiry c WHERE c.service_id = r.service_id"
            "  AND c.seen_at <= r.started_at ORDER BY c.seen_at DESC LIMIT 1) "
            "FROM results r WHERE ") %
            where % QStringLiteral(" ORDER BY r.started_at, r.service_id LIMIT ?"),
        values, tr("read check results"));
    if (!q.ok())
        return DbResult<QList<CheckResult>>::failure(q.error);
    QList<CheckResult> results;
    while (q.value.next()) {
        CheckResult r;
        r.startedAtMs = q.value.value(0).toLongLong();
        r.serviceId = q.value.value(1).toLongLong();
        r.outcome = static_cast<CheckResult::Outcome>(std::clamp(q.value.value(2).toInt(), 0, 2));
        r.totalUs = q.value.value(4).toInt();
        ResultCodec::decodePhases(q.value.value(5).toByteArray(), &r);
        r.reason = q.value.value(6).toString();
        if (q.value.value(3).toInt() != 0)
            r.certExpiresAtMs = q.value.value(7).toLongLong();
        results.append(r);
    }
    return DbResult<QList<CheckResult>>::success(results);
}

DbResult<QList<CheckResult>> ResultTable::forService(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                                     int limit) const
{
    return read(QStringLiteral("r.started_at >= ? AND r.started_at < ? AND r.service_id = ?"),
                {fromMs, toMs, serviceId}, limit);
}

DbResult<QList<CheckResult>> ResultTable::between(qint64 fromMs, qint64 toMs) const
{
    return read(QStringLiteral("r.started_at >= ? AND r.started_at < ?"), {fromMs, toMs});
}

DbResult<std::pair<qint64, qint64>> ResultTable::timeSpan(qint64 fromMs) const
{
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("SELECT MIN(started_at), MAX(started_at) FROM results"
                                                    " WHERE started_at >= ?"),
                                     {fromMs}, tr("read the time span of check results"));
    if (!q.ok())
        return DbResult<std::pair<qint64, qint64>>::failure(q.error);
    if (!q.value.next() || q.value.value(0).isNull())
        return DbResult<std::pair<qint64, qint64>>::success({-1, -1});
    return DbResult<std::pair<qint64, qint64>>::success(
        {q.value.value(0).toLongLong(), q.value.value(1).toLongLong()});
}

DbResult<QHash<qint64, qint32>> ResultTable::latestLatencies(qint64 fromMs) const
{
    DbResult<QHash<qint64, Latest>> results = latestResults(fromMs);
    if (!results.ok())
        return DbResult<QHash<qint64, qint32>>::failure(results.error);
    QHash<qint64, qint32> latencies;
    latencies.reserve(results.value.size());
    for (auto it = results.value.cbegin(); it != results.value.cend(); ++it)
        latencies.insert(it.key(), it->totalUs);
    return DbResult<QHash<qint64, qint32>>::success(latencies);
}

DbResult<QHash<qint64, ResultTable::Latest>> ResultTable::latestResults(qint64 fromMs) const
{
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("SELECT service_id, started_at, total_us FROM results "
                                                    "WHERE started_at >= ? ORDER BY started_at"),
                                     {fromMs}, tr("read the latest response times"));
    if (!q.ok())
        return DbResult<QHash<qint64, Latest>>::failure(q.error);
    QHash<qint64, Latest> latest;
    while (q.value.next())
        latest.insert(q.value.value(0).toLongLong(),
                      Latest{q.value.value(1).toLongLong(), q.value.value(2).toInt()});
    return DbResult<QHash<qint64, Latest>>::success(latest);
}

DbResult<qint64> ResultTable::count() const
{
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("SELECT COUNT(*) FROM results"), {}, tr("count check results"));
    if (!q.ok())
        return DbResult<qint64>::failure(q.error);
    return DbResult<qint64>::success(q.value.next() ? q.value.value(0).toLongLong() : 0);
}

DbResult<int> ResultTable::retentionDays() const
{
    DbResult<QString> text = m_db.setting(RetentionKey, QString::number(DefaultRetentionDays));
    if (!text.ok())
        return DbResult<int>::failure(text.error);
    bool ok = false;
    const int days = text.value.toInt(&ok);
    return DbResult<int>::success(ok && days > 0 ? days : DefaultRetentionDays);
}

DbResult<bool> ResultTable::setRetentionDays(int days)
{
    return m_db.setSetting(RetentionKey, QString::number(std::max(1, days)));
}

DbResult<int> ResultTable::prune(qint64 nowMs)
{
    DbResult<int> days = retentionDays();
    if (!days.ok())
        return days;
    const qint64 cutoff = nowMs - qint64(days.value) * 24 * 3600 * 1000;
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("DELETE FROM results WHERE started_at < ?"), {cutoff},
                                     tr("delete old check results"));
    if (!q.ok())
        return DbResult<int>::failure(q.error);
    return DbResult<int>::success(q.value.numRowsAffected());
}

DbResult<int> ResultTable::removeService(qint64 serviceId)
{
    const QString operation = tr("delete a service's check results");
    DbResult<QSqlQuery> certs = m_db.run(
        QStringLiteral("DELETE FROM certificate_expiry WHERE service_id = ?"), {serviceId}, operation);
    if (!certs.ok())
        return DbResult<int>::failure(certs.error);
    m_lastCertificate.remove(serviceId);
    DbResult<QSqlQuery> q =
        m_db.run(QStringLiteral("DELETE FROM results WHERE service_id = ?"), {serviceId}, operation);
    if (!q.ok())
        return DbResult<int>::failure(q.error);
    return DbResult<int>::success(q.value.numRowsAffected());
}
