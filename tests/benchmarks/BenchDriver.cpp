#include "BenchDriver.h"

#include "CurlBaseline.h"
#include "ProcessStats.h"

#include "NginxServer.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>

namespace {
void progress(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stderr);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString fixedOrDash(double value, int decimals)
{
    return value < 0 ? QStringLiteral("–") : fixed(value, decimals);
}
} // namespace

int BenchDriver::run(const QString& selfPath)
{
    NginxServer nginx;
    if (!nginx.start(QStringLiteral("location / { return 200 \"OK\"; }"))) {
        progress(nginx.errorString());
        return 1;
    }
    const QString baseUrl = nginx.url(QString());
    progress(QStringLiteral("nginx on %1; load %2").arg(baseUrl, fixed(ProcessStats::loadAverage(), 2)));

    QList<Row> rows;
    for (int services : std::as_const(m_options.sizes)) {
        QString error;
        const auto curl = CurlBaseline::run(baseUrl, services, m_options.curlRequests, &error);
        if (!curl || curl->exitCode != 0) {
            progress(QStringLiteral("curl baseline failed for N=%1: %2 (exit %3)")
                         .arg(services)
                         .arg(error)
                         .arg(curl ? curl->exitCode : -1));
            return 1;
        }
        progress(QStringLiteral("N=%1 curl: %2 requests, %3 ms CPU, %4 ms wall")
                     .arg(services)
                     .arg(curl->requests)
                     .arg(fixed(curl->cpuMs, 1), fixed(curl->wallMs, 1)));
        for (const QString& mode : std::as_const(m_options.modes)) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QStringList arguments{QStringLiteral("--child"),
                                  QStringLiteral("--services"),
                                  QString::number(services),
                                  QStringLiteral("--mode"),
                                  mode,
                                  QStringLiteral("--base-url"),
                                  baseUrl,
                                  QStringLiteral("--seconds"),
                                  QString::number(m_options.seconds),
                                  QStringLiteral("--warmup"),
                                  QString::number(m_options.warmupSec),
                                  QStringLiteral("--interval"),
                                  QString::number(m_options.intervalSec)};
            if (m_options.census)
                arguments.append(QStringLiteral("--census"));
            child.start(selfPath, arguments);
            const int budgetMs = (m_options.warmupSec + m_options.seconds + 180) * 1000;
            if (!child.waitForFinished(budgetMs) || child.exitCode() != 0) {
                progress(QStringLiteral("N=%1 %2: the child run failed (exit %3)")
                             .arg(services)
                             .arg(mode)
                             .arg(child.exitCode()));
                child.kill();
                child.waitForFinished(5000);
                return 1;
            }
            std::optional<RunMeasurement> measured;
            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            for (const QByteArray& line : lines) {
                if (auto m = RunMeasurement::fromLine(QString::fromUtf8(line)))
                    measured = m;
            }
            if (!measured) {
                progress(QStringLiteral("N=%1 %2: the child printed no result").arg(services).arg(mode));
                return 1;
            }
            progress(measured->toLine());
            rows.append(Row{*measured, curl->cpuMsPerRequest()});
        }
    }
    std::fprintf(stdout, "%s", table(rows).toUtf8().constData());
    std::fflush(stdout);
    return 0;
}

QString BenchDriver::table(const QList<Row>& rows)
{
    QString out = QStringLiteral(
        "| N | mode | checks/s | CPU ms/check | curl CPU ms/req | ratio | % of one core | "
        "main thread ms/s | checks thread ms/s | store thread ms/s | peak RSS MB | store B/result | "
        "raw B/result | longest UI stall ms | load |\n"
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Row& row : rows) {
        const RunMeasurement& m = row.run;
        const double ratio = row.curlMsPerRequest > 0 ? m.cpuMsPerCheck() / row.curlMsPerRequest : 0;
        out +=
            QStringLiteral(
                "| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 | %15 |\n")
                .arg(m.services)
                .arg(m.mode)
                .arg(fixed(m.checksPerSecond(), 1), fixed(m.cpuMsPerCheck(), 3),
                     fixed(row.curlMsPerRequest, 3), fixed(ratio, 2), fixed(m.percentOfOneCore(), 2),
                     fixedOrDash(m.perSecond(m.mainCpuMs), 2), fixedOrDash(m.perSecond(m.checksCpuMs), 2))
                .arg(fixedOrDash(m.perSecond(m.storeCpuMs), 2), fixed(double(m.peakRssKb) / 1024.0, 1),
                     fixed(m.storeBytesPerResult(), 1) + (m.checkpointed ? QString() : QStringLiteral("*")),
                     fixed(m.rawBytesPerResult(), 1))
                .arg(m.longestStallMs < 0 ? QStringLiteral("–") : fixed(m.longestStallMs, 1))
                .arg(fixed(m.load, 2));
    }
    return out;
}
