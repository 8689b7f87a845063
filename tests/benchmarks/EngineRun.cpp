#include "EngineRun.h"

#include "EventCensus.h"
#include "ProcessStats.h"
#include "StallMeter.h"
#include "StoreProbe.h"
#include "ThreadCpu.h"

#include "config/Workspace.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {
constexpr int StallPeriodMs = 5;

Workspace benchWorkspace(const EngineRun::Config& config)
{
    Workspace workspace;
    workspace.services.reserve(config.services);
    for (int i = 0; i < config.services; ++i) {
        ServiceDefinition service;
        service.name = QStringLiteral("svc-%1").arg(i, 4, 10, QLatin1Char('0'));
        service.group = QStringLiteral("group-%1").arg(i % 10);
        service.kind = CheckKind::Http;
        service.target = config.baseUrl + QStringLiteral("/svc/%1").arg(i);
        service.intervalSec = config.intervalSec;
        workspace.services.append(service);
    }
    return workspace;
}
} // namespace

std::optional<RunMeasurement> EngineRun::run(QString* error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return std::nullopt;
    }
    // The window keeps its geometry in QSettings: keep the user's own settings out of reach.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));

    const QString databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    auto owned = std::make_unique<MonitoringSession>(SystemClock::instance());
    MonitoringSession& session = *owned;
    if (const auto failed = session.open(databasePath)) {
        *error = *failed;
        return std::nullopt;
    }
    session.applyWorkspace(benchWorkspace(m_config), false);
    if (!session.waitForPendingWrites(120'000)) {
        *error = QStringLiteral("the store did not save the services in time");
        return std::nullopt;
    }

    std::unique_ptr<MainWindow> window;
    std::unique_ptr<StallMeter> stalls;
    if (m_config.window) {
        window = std::make_unique<MainWindow>(session);
        window->show();
        stalls = std::make_unique<StallMeter>(StallPeriodMs);
    }

    // The store is measured from the first check to after close(), which writes the open rollup minutes:
    // a window shorter than the rollups' grace period would otherwise leave them out.
    qint64 baselineBytes = 0;
    {
        StoreProbe probe(databasePath);
        if (!probe.errorString().isEmpty()) {
            *error = probe.errorString();
            return std::nullopt;
        }
        baselineBytes = probe.sample().fileBytes;
    }
    session.start();

    RunMeasurement m;
    m.services = m_config.services;
    m.mode = m_config.window ? QStringLiteral("window") : QStringLiteral("headless");
    qint64 storedAtStart = 0;
    double cpuAtStart = 0;
    QHash<QString, double> threadsAtStart;
    QElapsedTimer wall;

    // The stall probe wakes the GUI thread every few ms, which costs CPU of its own: it runs in a second
    // window after the one the CPU time is taken over.
    const int cpuEndMs = (m_config.warmupSec + m_config.seconds) * 1000;
    const int stallSeconds = stalls ? std::max(5, m_config.seconds / 2) : 0;
    QTimer::singleShot(m_config.warmupSec * 1000, Qt::PreciseTimer, &session, [&] {
        storedAtStart = session.storedResultCount();
        cpuAtStart = ProcessStats::cpuMs();
        threadsAtStart = ThreadCpu::msByRole();
        wall.start();
        if (m_config.census)
            m_config.census->begin(0);
    });
    QTimer::singleShot(cpuEndMs, Qt::PreciseTimer, &session, [&] {
        m.cpuMs = ProcessStats::cpuMs() - cpuAtStart;
        const QHash<QString, double> threads = ThreadCpu::difference(ThreadCpu::msByRole(), threadsAtStart);
        m.seconds = double(wall.nsecsElapsed()) / 1e9;
        if (m_config.census)
            m_config.census->end(m.seconds * 1000.0);
        m.mainCpuMs = threads.value(QStringLiteral("main"), -1);
        m.checksCpuMs = threads.value(QStringLiteral("vigie-checks"), -1);
        m.storeCpuMs = threads.value(QStringLiteral("vigie-store"), -1);
        m.results = session.storedResultCount() - storedAtStart;
        m.load = ProcessStats::loadAverage();
        if (stalls)
            stalls->start();
        else
            QCoreApplication::quit();
    });
    if (stalls) {
        QTimer::singleShot(cpuEndMs + stallSeconds * 1000, Qt::PreciseTimer, &session, [&] {
            stalls->stop();
            m.longestStallMs = stalls->longestStallMs();
            QCoreApplication::quit();
        });
    }
    QCoreApplication::exec();
    m.peakRssKb = ProcessStats::peakRssKb();
    stalls.reset();
    window.reset();
    owned.reset();

    StoreProbe probe(databasePath);
    const StoreProbe::Sample last = probe.sample();
    m.totalResults = last.resultRows;
    m.storeBytes = last.fileBytes - baselineBytes;
    m.checkpointed = last.checkpointed;
    m.rawTableBytes = probe.tableBytes(QStringLiteral("results"));
    m.rollupTableBytes = probe.tableBytes(QStringLiteral("rollups"));
    m.rollupRows = probe.rowCount(QStringLiteral("rollups"));
    m.intervalSec = m_config.intervalSec;
    return m;
}
