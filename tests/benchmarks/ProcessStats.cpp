#include "ProcessStats.h"

#include <QByteArray>
#include <QList>

#include <cstdio>
#include <cstring>

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
    // /proc files report a size of 0, which QFile takes for the end: read them with stdio.
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    qint64 kb = 0;
    char line[256];
    while (std::fgets(line, sizeof line, status)) {
        if (std::strncmp(line, "VmHWM:", 6) == 0) {
            kb = QByteArray(line + 6).trimmed().split(' ').value(0).toLongLong();
            break;
        }
    }
    std::fclose(status);
    return kb;
}

double ProcessStats::loadAverage()
{
    std::FILE* file = std::fopen("/proc/loadavg", "r");
    if (!file)
        return -1;
    double load = -1;
    if (std::fscanf(file, "%lf", &load) != 1)
        load = -1;
    std::fclose(file);
    return load;
}
