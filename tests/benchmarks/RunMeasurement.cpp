#include "RunMeasurement.h"

#include <QHash>
#include <QStringList>

namespace {
const QString Prefix = QStringLiteral("BENCH-RESULT ");
}

QString RunMeasurement::toLine() const
{
    return Prefix +
           QStringLiteral(
               "services=%1 mode=%2 seconds=%3 results=%4 cpu_ms=%5 rss_kb=%6 store_bytes=%7 "
               "stall_ms=%8 load=%9 checkpointed=%10 total_results=%11 raw_bytes=%12 rollup_bytes=%13 "
               "rollup_rows=%14 interval=%15 main_cpu_ms=%16 checks_cpu_ms=%17 store_cpu_ms=%18")
               .arg(services)
               .arg(mode)
               .arg(seconds, 0, 'f', 3)
               .arg(results)
               .arg(cpuMs, 0, 'f', 3)
               .arg(peakRssKb)
               .arg(storeBytes)
               .arg(longestStallMs, 0, 'f', 3)
               .arg(load, 0, 'f', 2)
               .arg(checkpointed ? 1 : 0)
               .arg(totalResults)
               .arg(rawTableBytes)
               .arg(rollupTableBytes)
               .arg(rollupRows)
               .arg(intervalSec)
               .arg(mainCpuMs, 0, 'f', 3)
               .arg(checksCpuMs, 0, 'f', 3)
               .arg(storeCpuMs, 0, 'f', 3);
}

std::optional<RunMeasurement> RunMeasurement::fromLine(const QString& line)
{
    if (!line.startsWith(Prefix))
        return std::nullopt;
    QHash<QString, QString> fields;
    const QStringList parts = line.mid(Prefix.size()).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            fields.insert(part.left(eq), part.mid(eq + 1));
    }
    RunMeasurement m;
    m.services = fields.value(QStringLiteral("services")).toInt();
    m.mode = fields.value(QStringLiteral("mode"));
    m.seconds = fields.value(QStringLiteral("seconds")).toDouble();
    m.results = fields.value(QStringLiteral("results")).toLongLong();
    m.cpuMs = fields.value(QStringLiteral("cpu_ms")).toDouble();
    m.peakRssKb = fields.value(QStringLiteral("rss_kb")).toLongLong();
    m.storeBytes = fields.value(QStringLiteral("store_bytes")).toLongLong();
    m.longestStallMs = fields.value(QStringLiteral("stall_ms")).toDouble();
    m.load = fields.value(QStringLiteral("load")).toDouble();
    m.totalResults = fields.value(QStringLiteral("total_results")).toLongLong();
    m.rawTableBytes = fields.value(QStringLiteral("raw_bytes")).toLongLong();
    m.rollupTableBytes = fields.value(QStringLiteral("rollup_bytes")).toLongLong();
    m.rollupRows = fields.value(QStringLiteral("rollup_rows")).toLongLong();
    m.intervalSec = fields.value(QStringLiteral("interval")).toInt();
    m.mainCpuMs = fields.value(QStringLiteral("main_cpu_ms"), QStringLiteral("-1")).toDouble();
    m.checksCpuMs = fields.value(QStringLiteral("checks_cpu_ms"), QStringLiteral("-1")).toDouble();
    m.storeCpuMs = fields.value(QStringLiteral("store_cpu_ms"), QStringLiteral("-1")).toDouble();
    m.checkpointed = fields.value(QStringLiteral("checkpointed")) == QStringLiteral("1");
    return m;
}
