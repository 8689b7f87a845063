#include "CurlBaseline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <vector>

extern char** environ;

namespace {
double toMs(const timeval& t)
{
    return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
}
} // namespace

std::optional<CurlBaseline::Measurement> CurlBaseline::run(const QString& baseUrl, int services,
                                                           int minRequests, QString* error)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        *error = QStringLiteral("curl is not installed (Debian package curl)");
        return std::nullopt;
    }
    QTemporaryDir dir;
    const QString configPath = dir.filePath(QStringLiteral("urls.curlrc"));
    QFile config(configPath);
    if (!dir.isValid() || !config.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the curl configuration %1").arg(configPath);
        return std::nullopt;
    }
    const int rounds = std::max(1, (minRequests + services - 1) / services);
    Measurement m;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < services; ++i) {
            config.write("url = \"" + baseUrl.toUtf8() + "/svc/" + QByteArray::number(i) + "\"\n");
            ++m.requests;
        }
    }
    config.close();

    const QByteArray program = curl.toLocal8Bit();
    const QByteArray configArg = configPath.toLocal8Bit();
    std::vector<const char*> argv{
        program.constData(),   "--parallel", "--parallel-max",      "100",  "--silent",
        "--no-progress-meter", "-K",         configArg.constData(), nullptr};
    // Bodies go to /dev/null through stdout, as `-o /dev/null` would for one URL.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer wall;
    wall.start();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, program.constData(), &actions, nullptr, const_cast<char**>(argv.data()), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        *error = QStringLiteral("cannot start %1").arg(curl);
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
        *error = QStringLiteral("lost the curl process");
        return std::nullopt;
    }
    m.wallMs = double(wall.nsecsElapsed()) / 1e6;
    m.cpuMs = toMs(usage.ru_utime) + toMs(usage.ru_stime);
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m;
}
