#include "store/RollupTable.h"

#include "store/ResultTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

const QString WatermarkKey = QStringLiteral("rollup_watermark");
constexpr qint64 HourMs = 3600 * 1000;

qint64 toUs(double ms)
{
    return qint64(std::llround(ms * 1000.0));
}

// One point per row of a bucketed query: bucket index, count, failures, min, latency sum over successes,
// successes, max, p95.
QList<RollupPoint> toPoints(QSqlQuery& q, qint64 fromMs, qint64 bucket)
{
    QList<RollupPoint> points;
    while (q.next()) {
        RollupPoint p;
        p.minuteMs = fromMs + q.value(0).toLongLong() * bucket;
        p.count = q.value(1).toInt();
        p.failures = q.value(2).toInt();
        const qint64 ok = q.value(5).toLongLong();
        if (ok > 0) {
            p.minMs = q.value(3).toLongLong() / 1000.0;
            p.avgMs = q.value(4).toDouble() / double(ok) / 1000.0;
            p.maxMs = q.value(6).toLongLong() / 1000.0;
            p.p95Ms = q.value(7).toLongLong() / 1000.0;
        }
        points.append(p);
    }
    return points;
}

} // namespace

DbResult<RollupPoint> RollupTable::stored(qint64 serviceId, qint64 minuteMs, bool* found) const
{
    // Asked once per row written (500 rows a minute for 500 services): kept, and bound through SQLite's C API
    // rather than a QVariant per value.
    const QString operation = tr("read per-minute statistics");
    DbResult<SqliteStatement*> q = m_db.prepareNative(
        QByteArrayLiteral(
            "SELECT minute_at, result_count, failures, min_us, avg_us, max_us, p95_us FROM rollups"
            " WHERE service_id = ? AND minute_at = ?"),
        operation);
    if (!q.ok())
        return DbResult<RollupPoint>::failure(q.error);
    SqliteStatement& query = *q.value;
    query.bind(1, serviceId);
    query.bind(2, minuteMs);
    RollupPoint p;
    *found = query.next();
    if (!*found && !query.ok())
        return DbResult<RollupPoint>::failure(m_db.describe(operation, query.errorText()));
    if (*found) {
        p.minuteMs = query.int64At(0);
        p.count = int(query.int64At(1));
        p.failures = int(query.int64At(2));
        p.minMs = double(query.int64At(3)) / 1000.0;
        p.avgMs = double(query.int64At(4)) / 1000.0;
        p.maxMs = double(query.int64At(5)) / 1000.0;
        p.p95Ms = double(query.int64At(6)) / 1000.0;
        // A kept SELECT left open would hold its read on the database.
        query.reset();
    }
    return DbResult<RollupPoint>::success(p);
}

DbResult<int> RollupTable::write(const QList<RollupRow>& rows)
{
    const QString operation = tr("store per-minute statistics");
    DbResult<SqliteStatement*> upsert = m_db.prepareNative(
        QByteArrayLiteral(
            "INSERT INTO rollups (service_id, minute_at, result_count, failures, min_us, avg_us, max_us,"
            " p95_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service_id, minute_at) DO UPDATE SET"
            " result_count = excluded.result_count, failures = excluded.failures,"
            " min_us = excluded.min_us, avg_us = excluded.avg_us, max_us = excluded.max_us,"
            " p95_us = excluded.p95_us"),
        operation);
    if (!upsert.ok())
        return DbResult<int>::failure(upsert.error);
    // A new minute adds to its hour's sums and extremes, as hourlySelect() would count it; a minute written
    // again (merged with what was stored) has its hour recomputed from the minutes afterwards.
    DbResult<SqliteStatement*> addToHour = m_db.prepareNative(
        QByteArrayLiteral(
            "INSERT INTO rollups_hourly (service_id, hour_at, result_count, failures, ok_count, ok_us_sum,"
            " min_us, max_us, p95_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (service_id, hour_at) DO UPDATE SET"
            " result_count = result_count + excluded.result_count,"
            " failures = failures + excluded.failures, ok_count = ok_count + excluded.ok_count,"
            " ok_us_sum = CASE WHEN excluded.ok_us_sum IS NULL THEN ok_us_sum"
            " ELSE coalesce(ok_us_sum, 0) + excluded.ok_us_sum END,"
            " min_us = coalesce(min(min_us, excluded.min_us), min_us, excluded.min_us),"
            " max_us = coalesce(max(max_us, excluded.max_us), max_us, excluded.max_us),"
            " p95_us = coalesce(max(p95_us, excluded.p95_us), p95_us, excluded.p95_us)"),
        tr("store hourly statistics"));
    if (!addToHour.ok())
        return DbResult<int>::failure(addToHour.error);
    QList<RollupRow> rewritten;
    for (const RollupRow& row : rows) {
        bool found = false;
        DbResult<RollupPoint> existing = stored(row.serviceId, row.point.minuteMs, &found);
        if (!existing.ok())
            return DbResult<int>::failure(existing.error);
        const RollupPoint p = found ? mergeRollups(existing.value, row.point) : row.point;
        const qint64 minUs = toUs(p.minMs);
        const qint64 avgUs = toUs(p.avgMs);
        const qint64 maxUs = toUs(p.maxMs);
        const qint64 p95Us = toUs(p.p95Ms);
        SqliteStatement& statement = *upsert.value;
        statement.bind(1, row.serviceId);
        statement.bind(2, p.minuteMs);
        statement.bind(3, qint64(p.count));
        statement.bind(4, qint64(p.failures));
        statement.bind(5, minUs);
        statement.bind(6, avgUs);
        statement.bind(7, maxUs);
        statement.bind(8, p95Us);
        if (!statement.exec())
            return DbResult<int>::failure(m_db.describe(operation, statement.errorText()));
        if (found) {
            rewritten.append(row);
            continue;
        }
        SqliteStatement& hour = *addToHour.value;
        const qint64 ok = p.count - p.failures;
        hour.bind(1, row.serviceId);
        hour.bind(2, p.minuteMs - p.minuteMs % HourMs);
        hour.bind(3, qint64(p.count));
        hour.bind(4, qint64(p.failures));
        hour.bind(5, ok);
        if (ok > 0) {
            hour.bind(6, avgUs * ok);
            hour.bind(7, minUs);
            hour.bind(8, maxUs);
            hour.bind(9, p95Us);
        } else {
            for (int column = 6; column <= 9; ++column)
                hour.bindNull(column);
        }
        if (!hour.exec())
            return DbResult<int>::failure(m_db.describe(operation, hour.errorText()));
    }
    DbResult<bool> hours = refreshHours(rewritten);
    if (!hours.ok())
        return DbResult<int>::failure(hours.error);
    return DbResult<int>::success(int(rows.size()));
}

QString RollupTable::hourlySelect()
{
    return QStringLiteral(
        "SELECT service_id, minute_at - minute_at % 3600000, SUM(result_count), SUM(failures),"
        " SUM(result_count - failures),"
        " SUM(CASE WHEN result_count > failures THEN avg_us * (result_count - failures) END),"
        " MIN(CASE WHEN result_count > failures THEN min_us END),"
        " MAX(CASE WHEN result_count > failures THEN max_us END),"
        " MAX(CASE WHEN result_count > failures THEN p95_us END)");
}

DbResult<bool> RollupTable::refreshHours(const QList<RollupRow>& rows)
{
    if (rows.isEmpty())
        return DbResult<bool>::success(true);
    const QString operation = tr("store hourly statistics");
    // Recomputed from the minutes rather than added to: a minute written twice is merged, not summed.
    DbResult<SqliteStatement*> refresh = m_db.prepareNative(
        QString(QStringLiteral("INSERT OR REPLACE INTO rollups_hourly ") % hourlySelect() %
                QStringLiteral(" FROM rollups WHERE service_id = ? AND minute_at >= ? AND minute_at < ?"
                               " GROUP BY service_id, minute_at - minute_at % 3600000"))
            .toUtf8(),
        operation);
    if (!refresh.ok())
        return DbResult<bool>::failure(refresh.error);
    QSet<QPair<qint64, qint64>> done;
    for (const RollupRow& row : rows) {
        const qint64 hour = row.point.minuteMs - row.point.minuteMs % HourMs;
        if (done.contains({row.serviceId, hour}))
            continue;
        done.insert({row.serviceId, hour});
        SqliteStatement& statement = *refresh.value;
        statement.bind(1, row.serviceId);
        statement.bind(2, hour);
        statement.bind(3, hour + HourMs);
        if (!statement.exec())
            return DbResult<bool>::failure(m_db.describe(operation, statement.errorText()));
    }
    return DbResult<bool>::success(true);
}

DbResult<QList<RollupPoint>> RollupTable::forService(qint64 serviceId, qint64 fromMs, qint64 toMs) const
{
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT minute_at, result_count, failures, min_us, avg_us, max_us, p95_us FROM rollups"
                       " WHERE service_id = ? AND minute_at >= ? AND minute_at < ? ORDER BY minute_at"),
        {serviceId, fromMs, toMs}, tr("read per-minute statistics"));
    if (!q.ok())
        return DbResult<QList<RollupPoint>>::failure(q.error);
    QList<RollupPoint> points;
    while (q.value.next()) {
        RollupPoint p;
        p.minuteMs = q.value.value(0).toLongLong();
        p.count = q.value.value(1).toInt();
        p.failures = q.value.value(2).toInt();
        p.minMs = q.value.value(3).toLongLong() / 1000.0;
        p.avgMs = q.value.value(4).toLongLong() / 1000.0;
        p.maxMs = q.value.value(5).toLongLong() / 1000.0;
        p.p95Ms = q.value.value(6).toLongLong() / 1000.0;
        points.append(p);
    }
    return DbResult<QList<RollupPoint>>::success(points);
}

DbResult<QList<RollupPoint>> RollupTable::bucketed(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                                   qint64 bucketMs) const
{
    const qint64 bucket = std::max<qint64>(bucketMs, 60'000);
    if (fromMs % HourMs == 0 && bucket % HourMs == 0)
        return bucketedHours(serviceId, fromMs, toMs, bucket);
    // A minute with no successful result holds zero latencies: it counts, but not in the latency figures.
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral("SELECT (minute_at - ?) / ? AS bucket, SUM(result_count), SUM(failures),"
                       " MIN(CASE WHEN result_count > failures THEN min_us END),"
                       " SUM(CASE WHEN result_count > failures THEN avg_us * (result_count - failures) END),"
                       " SUM(result_count - failures),"
                       " MAX(CASE WHEN result_count > failures THEN max_us END),"
                       " MAX(CASE WHEN result_count > failures THEN p95_us END)"
                       " FROM rollups WHERE service_id = ? AND minute_at >= ? AND minute_at < ?"
                       " GROUP BY bucket ORDER BY bucket"),
        {fromMs, bucket, serviceId, fromMs, toMs}, tr("read per-minute statistics"));
    if (!q.ok())
        return DbResult<QList<RollupPoint>>::failure(q.error);
    return DbResult<QList<RollupPoint>>::success(toPoints(q.value, fromMs, bucket));
}

DbResult<QList<RollupPoint>> RollupTable::bucketedHours(qint64 serviceId, qint64 fromMs, qint64 toMs,
                                                        qint64 bucketMs) const
{
    // An hour lies whole in one bucket, so summing hours gives exactly what summing their minutes gives; a
    // range that ends inside an hour reads that last part from the minutes.
    const qint64 wholeTo = std::max(fromMs, toMs - toMs % HourMs);
    DbResult<QSqlQuery> q = m_db.run(
        QStringLiteral(
            "SELECT (t - ?) / ? AS bucket, SUM(n), SUM(f), MIN(lo), SUM(s), SUM(ok), MAX(hi), MAX(p) FROM ("
            "SELECT hour_at AS t, result_count AS n, failures AS f, min_us AS lo, ok_us_sum AS s,"
            " ok_count AS ok, max_us AS hi, p95_us AS p"
            " FROM rollups_hourly WHERE service_id = ? AND hour_at >= ? AND hour_at < ?"
            " UNION ALL SELECT minute_at, result_count, failures,"
            " CASE WHEN result_count > failures THEN min_us END,"
            " CASE WHEN result_count > failures THEN avg_us * (result_count - failures) END,"
            " result_count - failures,"
            " CASE WHEN result_count > failures THEN max_us END,"
            " CASE WHEN result_count > failures THEN p95_us END"
            " FROM rollups WHERE service_id = ? AND minute_at >= ? AND minute_at < ?)"
            " GROUP BY bucket ORDER BY bucket"),
        {fromMs, bucketMs, serviceId, fromMs, wholeTo, serviceId, wholeTo, toMs},
        tr("read hourly statistics"));
    if (!q.ok())
        return DbResult<QList<RollupPoint>>::failure(q.error);
    return DbResult<QList<RollupPoint>>::success(toPoints(q.value, fromMs, bucketMs));
}

DbResult<int> RollupTable::removeService(qint64 serviceId)
{
    DbResult<QSqlQuery> hours = m_db.run(QStringLiteral("DELETE FROM rollups_hourly WHERE service_id = ?"),
                                         {serviceId}, tr("delete a service's hourly statistics"));
    if (!hours.ok())
        return DbResult<int>::failure(hours.error);
    DbResult<QSqlQuery> q = m_db.run(QStringLiteral("DELETE FROM rollups WHERE service_id = ?"), {serviceId},
                                     tr("delete a service's per-minute statistics"));
    if (!q.ok())
        return DbResult<int>::failure(q.error);
    return DbResult<int>::success(q.value.numRowsAffected());
}

DbResult<qint64> RollupTable::watermark() const
{
    DbResult<QString> text = m_db.setting(WatermarkKey, QStringLiteral("0"));
    if (!text.ok())
        return DbResult<qint64>::failure(text.error);
    return DbResult<qint64>::success(text.value.toLongLong());
}

DbResult<bool> RollupTable::setWatermark(qint64 ms)
{
    return m_db.setSetting(WatermarkKey, QString::number(ms));
}

DbResult<int> RollupTable::recover(const ResultTable& results)
{
    const QString operation = tr("rebuild per-minute statistics after an interrupted run");
    DbResult<qint64> from = watermark();
    if (!from.ok())
        return DbResult<int>::failure(from.error);
    DbResult<std::pair<qint64, qint64>> span = results.timeSpan(from.value);
    if (!span.ok())
        return DbResult<int>::failure(span.error);
    const auto [oldest, newest] = span.value;
    if (oldest < 0)
        return DbResult<int>::success(0);
    DbResult<QSqlQuery> last = m_db.run(
        QStringLiteral("SELECT service_id, MAX(minute_at) FROM rollups GROUP BY service_id"), {}, operation);
    if (!last.ok())
        return DbResult<int>::failure(last.error);
    QHash<qint64, qint64> lastMinute;
    while (last.value.next())
        lastMinute.insert(last.value.value(0).toLongLong(), last.value.value(1).toLongLong());

    // Window by window, each committed with its watermark, so that a file with a long backlog (a version-1
    // file) never needs all its results in memory and an interrupted rebuild resumes where it stopped.
    RollupAccumulator accumulator;
    int written = 0;
    for (qint64 windowStart = oldest; windowStart <= newest; windowStart += RecoveryWindowMs) {
        const qint64 windowEnd = windowStart + RecoveryWindowMs;
        DbResult<QList<CheckResult>> pending = results.between(windowStart, windowEnd);
        if (!pending.ok())
            return DbResult<int>::failure(pending.error);
        QList<RollupRow> rows;
        for (const CheckResult& r : std::as_const(pending.value)) {
            auto it = lastMinute.constFind(r.serviceId);
            if (it == lastMinute.cend() || RollupAccumulator::minuteOf(r.startedAtMs) > *it)
                rows.append(accumulator.add(r));
        }
        const bool lastWindow = windowEnd > newest;
        rows.append(lastWindow ? accumulator.closeAll()
                               : accumulator.closeBefore(RollupAccumulator::minuteOf(windowEnd - 1) -
                                                         RollupAccumulator::LateGraceMs));
        const qint64 oldestOpen = accumulator.oldestOpenMinute();
        const qint64 covered = lastWindow ? newest + 1 : windowEnd;
        DbResult<int> done = writeCommitted(rows, oldestOpen >= 0 ? oldestOpen : covered, operation);
        if (!done.ok())
            return done;
        written += done.value;
    }
    return DbResult<int>::success(written);
}

DbResult<int> RollupTable::writeCommitted(const QList<RollupRow>& rows, qint64 newWatermark,
                                          const QString& operation)
{
    DbResult<bool> began = m_db.begin(operation);
    if (!began.ok())
        return DbResult<int>::failure(began.error);
    DbResult<int> written = write(rows);
    DbResult<bool> marked =
        written.ok() ? setWatermark(newWatermark) : DbResult<bool>::failure(written.error);
    if (!marked.ok()) {
        m_db.rollback();
        return DbResult<int>::failure(marked.error);
    }
    DbResult<bool> committed = m_db.commit(operation);
    if (!committed.ok())
        return DbResult<int>::failure(committed.error);
    return written;
}
