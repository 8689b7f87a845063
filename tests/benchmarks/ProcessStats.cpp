#include "ProcessStats.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sys/resource.h>

namespace {
double toMs(const timeval& t)
{
    return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
}
} // namespace

double ProcessStats::cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return toMs(usage.ru_utime) + toMs(usage.ru_stime);
}

qint64 ProcessStats::peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report a size of 0: read line by line instead of readAll().
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double ProcessStats::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? load : -1;
}
