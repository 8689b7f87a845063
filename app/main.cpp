// The composition root: picks the window or the headless mode, opens the store, applies the workspace and
// starts the checks. Everything it composes lives in vigie_core and vigie_ui.
#include "cli/ChannelCheck.h"
#include "cli/CommandLineOptions.h"
#include "cli/ReportCommand.h"
#include "config/WorkspaceReader.h"
#include "demo/DemoServer.h"
#include "demo/DemoWorkspace.h"
#include "headless/HeadlessReporter.h"
#include "headless/SignalWatcher.h"
#include "i18n/TranslationLoader.h"
#include "publish/StandardAdapters.h"
#include "publish/StandardSecrets.h"
#include "selftest/SelfTestRun.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"
#include "statuspage/StatusSnapshotSource.h"
#include "time/Clock.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>

namespace {
bool hasArgument(int argc, char* argv[], const char* name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

QString languageArgument(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--language" || arg == "-l") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--language="))
            return QString::fromLocal8Bit(arg.mid(11));
    }
    return QString();
}

// QApplication aborts when its platform cannot reach a display, so look for one before creating it: a
// platform that needs none (offscreen, vnc...), a Wayland socket, or a local X server's socket (remote X is
// trusted).
bool displayAvailable()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true;
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    if (!wayland.isEmpty() && (wayland.startsWith('/') ||
                               QFile::exists(QFile::decodeName(qgetenv("XDG_RUNTIME_DIR") + '/' + wayland))))
        return true;
    const QByteArray display = qgetenv("DISPLAY");
    if (display.isEmpty())
        return false;
    if (!display.startsWith(':'))
        return true;
    const QByteArray number = display.mid(1).split('.').first();
    return QFile::exists(QStringLiteral("/tmp/.X11-unix/X") + QString::fromLatin1(number));
}

void printError(const QString& message)
{
    std::fprintf(stderr, "vigie: %s\n", message.toLocal8Bit().constData());
}
} // namespace

int main(int argc, char* argv[])
{
    // `vigie report ...` makes a post-mortem and exits, with no window, store lock or checks.
    if (argc > 1 && qstrcmp(argv[1], "report") == 0)
        return ReportCommand::main(argc, argv);
    const bool selfTest = hasArgument(argc, argv, "--self-test");
    if (selfTest && !displayAvailable())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool headless = hasArgument(argc, argv, "--headless") ||
                          hasArgument(argc, argv, "--test-channel") || (!selfTest && !displayAvailable());

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    // From here on Ctrl+C and SIGTERM end the event loop and let the store commit what it holds.
    SignalWatcher terminationWatcher;
    bool stopRequested = false;
    QObject::connect(&terminationWatcher, &SignalWatcher::terminationRequested, app.get(), [&stopRequested] {
        stopRequested = true;
        QCoreApplication::quit();
    });
    std::signal(SIGPIPE, SIG_IGN); // `vigie --headless | head` must not kill the store mid-write
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    QSettings settings;
    QString language = languageArgument(argc, argv);
    if (language.isEmpty())
        language = settings.value(QStringLiteral("language")).toString();
    TranslationLoader::install(*app, TranslationLoader::chooseLocale(language));

    QString error;
    int exitCode = -1;
    const auto options = CommandLineOptions::parse(QCoreApplication::arguments(), &error, &exitCode);
    if (!options) {
        printError(error);
        return 2;
    }
    const auto checkChannel = [&options](const QList<ChannelConfig>& channels) {
        const ChannelCheck::Result result = ChannelCheck::run(
            channels, options->testChannel,
            StandardAdapters::make(SystemClock::instance(),
                                   std::make_shared<StatusSnapshotSource>(SystemClock::instance())),
            StandardSecrets::make(options->secretsFile));
        std::fprintf(result.ready ? stdout : stderr, "%s\n", result.line.toLocal8Bit().constData());
        return result.ready ? 0 : 1;
    };
    // A channel of a workspace file is checked without touching the store (a cockpit may be using it).
    if (!options->testChannel.isEmpty() && !options->workspacePath.isEmpty()) {
        WorkspaceError wsError;
        const auto workspace = WorkspaceReader::readFile(options->workspacePath, &wsError);
        if (!workspace) {
            printError(wsError.toString());
            return 2;
        }
        return checkChannel(workspace->channels);
    }
    if (headless && !hasArgument(argc, argv, "--headless") && options->testChannel.isEmpty())
        printError(QCoreApplication::translate("main", "no display found: running headless"));

    std::optional<QTemporaryDir> selfTestDir;
    QString databasePath = options->databasePath;
    if (options->selfTest) {
        selfTestDir.emplace();
        databasePath = selfTestDir->filePath(QStringLiteral("self-test.sqlite"));
    }
    if (databasePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        databasePath = dir + QStringLiteral("/vigie.sqlite");
    }
    // Two cockpits writing one store would each believe their own view of the services.
    QLockFile storeLock(databasePath + QStringLiteral(".lock"));
    storeLock.setStaleLockTime(0);
    if (!storeLock.tryLock(200)) {
        printError(QCoreApplication::translate("main", "another Vigie is already using the store %1")
                       .arg(databasePath));
        return 1;
    }
    const bool freshStore = !QFile::exists(databasePath);
    if (!options->testChannel.isEmpty()) {
        MonitoringSession stored(SystemClock::instance());
        if (const auto openError = stored.open(databasePath)) {
            printError(*openError);
            return 2;
        }
        const int checked = checkChannel(stored.channels());
        stored.stop();
        return checked;
    }

    std::unique_ptr<DemoServer> demo;
    quint16 demoPort = options->demoPort;
    if (options->demo) {
        demo = std::make_unique<DemoServer>();
        demoPort = demo->listen(options->selfTest ? 0 : options->demoPort, &error);
        if (demoPort == 0)
            printError(error);
        demo->restartScenario(qint64(options->demoOffsetSec) * 1000);
    }

    MonitoringSession session(SystemClock::instance());
    // Errors before the window or the headless reporter exist still reach the person starting Vigie.
    auto earlyErrors = QObject::connect(&session, &MonitoringSession::errorOccurred, app.get(), printError);
    if (const auto openError = session.open(databasePath)) {
        printError(*openError);
        if (!headless)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Vigie"), *openError);
        return 1;
    }

    // Incidents live in the same file; they are loaded before the workspace is applied so that its
    // incidents section reaches them.
    IncidentSession incidents(session, SystemClock::instance());
    auto earlyIncidentErrors =
        QObject::connect(&incidents, &IncidentSession::errorOccurred, app.get(), printError);
    if (const auto openError = incidents.open(databasePath)) {
        printError(*openError);
        if (!headless)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Vigie"), *openError);
        return 1;
    }

    // The outbox lives in the same file too; what it has queued starts going out as soon as it is open.
    auto snapshots = std::make_shared<StatusSnapshotSource>(SystemClock::instance());
    PublishingSession publishing(session, incidents, SystemClock::instance(),
                                 StandardAdapters::make(SystemClock::instance(), snapshots),
                                 StandardSecrets::make(options->secretsFile), OutboxOptions(), snapshots);
    auto earlyPublishingErrors =
        QObject::connect(&publishing, &PublishingSession::errorOccurred, app.get(), printError);
    if (const auto openError = publishing.open(databasePath)) {
        printError(*openError);
        if (!headless)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Vigie"), *openError);
        return 1;
    }

    QString workspaceProblem;
    if (!options->workspacePath.isEmpty()) {
        WorkspaceError wsError;
        if (const auto workspace = WorkspaceReader::readFile(options->workspacePath, &wsError))
            session.applyWorkspace(*workspace, options->removeMissing);
        else
            workspaceProblem =
                QCoreApplication::translate("main", "%1\nThe stored workspace keeps running unchanged.")
                    .arg(wsError.toString());
    } else if (freshStore && session.services().isEmpty() && options->demo && demoPort != 0) {
        // Only a brand-new store gets the demo: a user who removed every service keeps an empty workspace.
        WorkspaceError wsError;
        if (const auto workspace = DemoWorkspace::load(demoPort, &wsError))
            session.applyWorkspace(*workspace, false);
        else
            workspaceProblem = wsError.toString();
    }
    if (!workspaceProblem.isEmpty())
        printError(workspaceProblem);
    if (!session.waitForPendingWrites())
        printError(QCoreApplication::translate("main", "the store did not confirm the workspace in time"));

    if (stopRequested) {
        session.stop();
        return 0;
    }
    session.start();

    QObject::disconnect(earlyErrors);
    QObject::disconnect(earlyIncidentErrors);
    QObject::disconnect(earlyPublishingErrors);
    int rc = 0;
    if (headless) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        HeadlessReporter reporter(session, out);
        reporter.watchIncidents(incidents);
        reporter.watchPublishing(publishing, incidents);
        std::fprintf(stdout, "%s\n",
                     QCoreApplication::translate("main", "Vigie %1: watching %n service(s); store %2",
                                                 nullptr, int(session.services().size()))
                         .arg(QCoreApplication::applicationVersion(), databasePath)
                         .toLocal8Bit()
                         .constData());
        std::fflush(stdout);
        rc = QCoreApplication::exec();
    } else {
        MainWindow window(session, &incidents, &publishing);
        window.show();
        if (!workspaceProblem.isEmpty())
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Workspace not applied"),
                                 workspaceProblem);
        std::unique_ptr<SelfTestRun> run;
        if (options->selfTest) {
            run = std::make_unique<SelfTestRun>(window, session, options->screenshotPath,
                                                options->selfTestTimeoutSec * 1000,
                                                options->screenshotDelaySec * 1000);
            run->start();
        }
        rc = QCoreApplication::exec();
        if (run)
            rc = run->exitCode();
    }
    session.stop();
    publishing.close();
    incidents.close();
    return rc;
}
