#include "TimelineStoreBuilder.h"

#include "OutagePlan.h"
#include "ResultGenerator.h"
#include "store/Database.h"
#include "store/ResultTable.h"
#include "store/RollupTable.h"
#include "store/ServiceTable.h"
#include "store/StateChangeTable.h"
#include "TimelineHistoryGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <sqlite3.h>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr quint32 kSeed = 20261122;

// The services' changes, kept between the two passes (table classes, then the C API for the rollups).
QHash<qint64, QList<StateChange>>& plannedChanges()
{
    static QHash<qint64, QList<StateChange>> changes;
    return changes;
}

} // namespace

QString TimelineStoreBuilder::ensure(const QString& directory)
{
    const QString name = QStringLiteral("timeline-store-v%1-s%2-d%3-r%4-raw%5-now%6.sqlite")
                             .arg(kGeneratorVersion)
                             .arg(m_spec.services)
                             .arg(m_spec.days)
                             .arg(m_spec.rollupServices)
                             .arg(m_spec.rawResults)
                             .arg(m_spec.nowMs);
    const QString path = QDir(directory).filePath(name);
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!generate(partial) || !writeRollups(partial) || !migrate(partial)) {
        QFile::remove(partial);
        return QString();
    }
    if (!QFile::rename(partial, path)) {
        m_error = QStringLiteral("cannot rename %1 to %2").arg(partial, path);
        return QString();
    }
    return path;
}

bool TimelineStoreBuilder::generate(const QString& path)
{
    const qint64 fromMs = m_spec.nowMs - m_spec.days * kDay;
    Database db;
    // Version 3, the schema before the hourly rollups: the last step then builds them from the minutes
    // written below, as it does for a user's file.
    DbResult<bool> opened = db.open(path, SchemaMigrations::steps().mid(0, 3));
    if (!opened.ok()) {
        m_error = opened.error;
        return false;
    }
    const QString op = QStringLiteral("generate the benchmark store");
    QElapsedTimer timer;
    timer.start();

    QList<ServiceDefinition> services = TimelineHistoryGenerator::services(m_spec.services);
    QStringList groups;
    for (const ServiceDefinition& s : std::as_const(services)) {
        if (!groups.contains(s.group))
            groups.append(s.group);
    }
    const QList<OutagePlan::SharedIncident> shared =
        OutagePlan::sharedIncidents(int(groups.size()), fromMs, m_spec.nowMs, kSeed);
    ServiceTable serviceTable(db);
    StateChangeTable changeTable(db);
    plannedChanges().clear();
    db.begin(op);
    for (ServiceDefinition& def : services) {
        def.intervalSec = 30;
        DbResult<qint64> saved = serviceTable.save(def);
        if (!saved.ok()) {
            m_error = saved.error;
            return false;
        }
        QList<StateChange> changes =
            OutagePlan::changes(def.id, int(groups.indexOf(def.group)), shared, fromMs, m_spec.nowMs, kSeed);
        plannedChanges().insert(def.id, changes);
        m_changeCount += changes.size();
        DbResult<int> stored = changeTable.insert(&changes);
        if (!stored.ok()) {
            m_error = stored.error;
            return false;
        }
    }
    DbResult<bool> committed = db.commit(op);
    if (!committed.ok()) {
        m_error = committed.error;
        return false;
    }
    m_changesSec = double(timer.restart()) / 1000.0;

    // Raw results: the newest slice, ending before now and well inside the default 30-day retention, so
    // that opening the store prunes none of them.
    ResultTable results(db);
    ResultGenerator generator(m_spec.services, m_spec.nowMs - 3 * kDay, kSeed);
    qint64 newest = 0;
    for (int done = 0; done < m_spec.rawResults;) {
        const int batch = qMin(50'000, m_spec.rawResults - done);
        const QList<CheckResult> chunk = generator.next(batch);
        newest = qMax(newest, chunk.constLast().startedAtMs);
        db.begin(op);
        DbResult<int> inserted = results.insert(chunk);
        if (!inserted.ok()) {
            db.rollback();
            m_error = inserted.error;
            return false;
        }
        db.commit(op);
        done += batch;
    }
    // The rollups below stand for every minute; none is to be rebuilt from raw results on open.
    RollupTable(db).setWatermark(qMax(newest + 1, m_spec.nowMs));
    m_rawSec = double(timer.elapsed()) / 1000.0;
    db.checkpoint();
    db.close();
    return true;
}

bool TimelineStoreBuilder::migrate(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    Database db;
    DbResult<bool> opened = db.open(path);
    if (!opened.ok()) {
        m_error = opened.error;
        return false;
    }
    db.checkpoint();
    db.close();
    m_migrateSec = double(timer.elapsed()) / 1000.0;
    return true;
}

bool TimelineStoreBuilder::writeRollups(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3* db = nullptr;
    auto fail = [&](const char* what) {
        m_error =
            QStringLiteral("%1: %2").arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return false;
    };
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return fail("open for rollups");
    // The file is a .partial until this succeeds, so durability during generation buys nothing.
    if (sqlite3_exec(db,
                     "PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;"
                     " BEGIN",
                     nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("prepare the rollup pass");
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO rollups VALUES (?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert, nullptr) !=
        SQLITE_OK)
        return fail("prepare the rollup insert");
    const qint64 fromMs = m_spec.nowMs - m_spec.days * kDay;
    quint32 noise = kSeed;
    auto next = [&noise]() {
        noise = noise * 1664525u + 1013904223u;
        return noise >> 8;
    };
    for (qint64 id = 1; id <= m_spec.rollupServices; ++id) {
        const QList<StateChange> changes = plannedChanges().value(id);
        const qint64 baseUs = 40'000 + qint64(next() % 360'000);
        qsizetype c = 0;
        ServiceState state = ServiceState::Up;
        for (qint64 minute = fromMs; minute < m_spec.nowMs; minute += kMinute) {
            // A minute counts as failing if the service was down at any time in it.
            bool down = state == ServiceState::Down;
            while (c < changes.size() && changes.at(c).atMs < minute + kMinute) {
                state = changes.at(c).to;
                down = down || state == ServiceState::Down;
                ++c;
            }
            if (state == ServiceState::Paused && !down)
                continue;
            const qint64 factor = state == ServiceState::Degraded ? 5 : 1;
            const qint64 a = baseUs * factor + qint64(next() % 20'000);
            const qint64 b = baseUs * factor + qint64(next() % 60'000);
            sqlite3_bind_int64(insert, 1, id);
            sqlite3_bind_int64(insert, 2, minute);
            sqlite3_bind_int(insert, 3, 2);
            sqlite3_bind_int(insert, 4, down ? 2 : 0);
            sqlite3_bind_int64(insert, 5, qMin(a, b));
            sqlite3_bind_int64(insert, 6, (a + b) / 2);
            sqlite3_bind_int64(insert, 7, qMax(a, b));
            sqlite3_bind_int64(insert, 8, qMax(a, b));
            if (sqlite3_step(insert) != SQLITE_DONE) {
                sqlite3_finalize(insert);
                return fail("insert a rollup");
            }
            sqlite3_reset(insert);
        }
    }
    sqlite3_finalize(insert);
    if (sqlite3_exec(db, "COMMIT; PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("commit the rollups");
    sqlite3_close(db);
    m_rollupSec = double(timer.elapsed()) / 1000.0;
    return true;
}
