// The outage timeline on a generated store of 500 services and 90 days: opening the 30-day view, zoom and
// pan steps, one service's 90 days, and the store's size. Prints a markdown table; see docs/performance.md.
#include "ManualClock.h"
#include "TimelineBench.h"
#include "TimelineStoreBuilder.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

namespace {

QString cell(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

QString verdict(const TimelineBench::Row& row)
{
    if (row.targetMs <= 0)
        return QStringLiteral("–");
    return QStringLiteral("< %1 ms: %2")
        .arg(row.targetMs)
        .arg(row.ms.max() < row.targetMs      ? QStringLiteral("met")
             : row.ms.median() < row.targetMs ? QStringLiteral("met at the median, not at the max")
                                              : QStringLiteral("**missed**"));
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("Services."),
                                      QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption rollups(QStringLiteral("rollup-services"),
                                     QStringLiteral("Services that get 90 days of per-minute rollups."),
                                     QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("Raw results in the store."),
                                 QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption reps(QStringLiteral("repetitions"), QStringLiteral("Runs of each measurement."),
                                  QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption cache(QStringLiteral("cache-dir"),
                                   QStringLiteral("Where the generated store is kept between runs."),
                                   QStringLiteral("dir"), QDir::currentPath());
    parser.addOptions({services, rollups, raw, reps, cache});
    parser.process(app);

    QTextStream out(stdout);
    TimelineStoreSpec spec;
    spec.services = parser.value(services).toInt();
    spec.rollupServices = qMin(spec.services, parser.value(rollups).toInt());
    spec.rawResults = parser.value(raw).toInt();
    // A fixed now keeps the generated file valid for later runs (its name carries it).
    spec.nowMs = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    TimelineStoreBuilder builder(spec);
    QElapsedTimer timer;
    timer.start();
    const QString path = builder.ensure(parser.value(cache));
    if (path.isEmpty()) {
        out << "generation failed: " << builder.errorString() << Qt::endl;
        return 1;
    }
    if (builder.secondsForRollups() > 0) {
        out << "generated " << path << " in " << timer.elapsed() / 1000 << " s (state changes "
            << builder.stateChangeCount() << " in " << builder.secondsForChanges() << " s, raw results in "
            << builder.secondsForRaw() << " s, rollups in " << builder.secondsForRollups()
            << " s, migration to hourly rollups in " << builder.secondsForMigration() << " s)" << Qt::endl;
    } else {
        out << "reusing " << path << Qt::endl;
    }

    ManualClock clock(spec.nowMs);
    TimelineBench bench(path, clock, parser.value(reps).toInt(), QSize(1600, 900));
    if (!bench.run()) {
        out << "benchmark failed: " << bench.errorString() << Qt::endl;
        return 1;
    }
    out << "\n"
        << bench.services() << " services, " << spec.rollupServices
        << " with 90 days of per-minute rollups; the 30-day query returned " << bench.lastChangeCount()
        << " state changes; view 1600×900, offscreen; " << parser.value(reps) << " runs\n\n";
    out << "| measurement | median ms | max ms | n | target | notes |\n|---|---:|---:|---:|---|---|\n";
    for (const TimelineBench::Row& row : bench.rows()) {
        out << "| " << row.what << " | " << cell(row.ms.median()) << " | " << cell(row.ms.max()) << " | "
            << row.ms.values.size() << " | " << verdict(row) << " | " << row.note << " |\n";
    }
    const TimelineBench::Sizes& s = bench.sizes();
    auto mb = [](qint64 bytes) { return QString::number(double(bytes) / 1e6, 'f', 1); };
    out << "\n| store | rows | MB | bytes per row |\n|---|---:|---:|---:|\n";
    out << "| raw results | " << s.resultRows << " | " << mb(s.resultBytes) << " | "
        << QString::number(double(s.resultBytes) / double(qMax<qint64>(1, s.resultRows)), 'f', 1) << " ("
        << mb(qint64(double(s.resultBytes) * 1e6 / double(qMax<qint64>(1, s.resultRows))))
        << " MB per million) |\n";
    out << "| per-minute rollups | " << s.rollupRows << " | " << mb(s.rollupBytes) << " | "
        << QString::number(double(s.rollupBytes) / double(qMax<qint64>(1, s.rollupRows)), 'f', 1) << " |\n";
    out << "| hourly rollups | " << s.hourlyRows << " | " << mb(s.hourlyBytes) << " | "
        << QString::number(double(s.hourlyBytes) / double(qMax<qint64>(1, s.hourlyRows)), 'f', 1) << " |\n";
    out << "| state changes (with both indexes) | " << s.changeRows << " | " << mb(s.changeBytes) << " | "
        << QString::number(double(s.changeBytes) / double(qMax<qint64>(1, s.changeRows)), 'f', 1) << " |\n";
    out << "| whole file | | " << mb(s.fileBytes) << " | |\n";
    return 0;
}
