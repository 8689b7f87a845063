#include "ThreadCpu.h"

#include <QByteArray>
#include <QDir>

#include <cstdio>

#include <unistd.h>

namespace {
// /proc files report a size of 0, which QFile takes for the end: read them with stdio.
QByteArray readProcFile(const QString& path)
{
    std::FILE* file = std::fopen(path.toLocal8Bit().constData(), "r");
    if (!file)
        return {};
    char buffer[512];
    const size_t read = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    return QByteArray(buffer, qsizetype(read));
}

// schedstat's first field is the time on a CPU in nanoseconds; stat's utime and stime (fields 14 and 15)
// count clock ticks of 10 ms, too coarse for a thread that runs 2 ms a second, so they are only the fallback.
double threadCpuMs(const QString& taskDir)
{
    const QByteArray schedstat = readProcFile(taskDir + QStringLiteral("/schedstat"));
    bool ok = false;
    const qint64 ns = schedstat.split(' ').value(0).toLongLong(&ok);
    if (ok)
        return double(ns) / 1e6;
    const QByteArray stat = readProcFile(taskDir + QStringLiteral("/stat"));
    const qsizetype close = stat.lastIndexOf(')'); // the name may hold spaces
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After "pid (comm) ", the state is field 3: utime and stime (14, 15) are at 11 and 12 here.
    const double ticks = double(fields.value(11).toLongLong() + fields.value(12).toLongLong());
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}
} // namespace

QHash<QString, double> ThreadCpu::msByRole()
{
    QHash<QString, double> byRole;
    const QString mainTid = QString::number(getpid());
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString taskDir = tasks.filePath(tid);
        QString role;
        if (tid == mainTid) {
            role = QStringLiteral("main");
        } else {
            role = QString::fromLocal8Bit(readProcFile(taskDir + QStringLiteral("/comm"))).trimmed();
            if (!role.startsWith(QStringLiteral("vigie-")))
                role = QStringLiteral("other");
        }
        byRole[role] += threadCpuMs(taskDir);
    }
    return byRole;
}

QHash<QString, double> ThreadCpu::difference(const QHash<QString, double>& after,
                                             const QHash<QString, double>& before)
{
    QHash<QString, double> delta;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        delta.insert(it.key(), it.value() - before.value(it.key()));
    return delta;
}
