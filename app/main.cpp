// The composition root: picks the window or the headless mode, opens the store, applies the workspace and
// starts the checks. Everything it composes lives in vigie_core and vigie_ui.
#include "cli/CommandLineOptions.h"
#include "config/WorkspaceReader.h"
#include "demo/DemoServer.h"
#include "demo/DemoWorkspace.h"
#include "headless/HeadlessReporter.h"
#include "headless/SignalWatcher.h"
#include "i18n/TranslationLoader.h"
#include "selftest/SelfTestRun.h"
#include "session/MonitoringSession.h"
#include "time/Clock.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

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

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

void printError(const QString& message)
{
    std::fprintf(stderr, "vigie: %s\n", message.toLocal8Bit().constData());
}
} // namespace

int main(int argc, char* argv[])
{
    const bool selfTest = hasArgument(argc, argv, "--self-test");
    if (selfTest && !displayAvailable())
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool headless = hasArgument(argc, argv, "--headless") || (!selfTest && !displayAvailable());

    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
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
    if (headless && !hasArgument(argc, argv, "--headless"))
        printError(QCoreApplication::translate("main", "no display found: running headless"));

    QTemporaryDir selfTestDir;
    QString databasePath = options->databasePath;
    if (options->selfTest)
        databasePath = selfTestDir.filePath(QStringLiteral("self-test.sqlite"));
    if (databasePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        databasePath = dir + QStringLiteral("/vigie.sqlite");
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
    if (const auto openError = session.open(databasePath)) {
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
    } else if (session.services().isEmpty() && options->demo && demoPort != 0) {
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

    session.start();
    SignalWatcher terminationWatcher;
    QObject::connect(&terminationWatcher, &SignalWatcher::terminationRequested, app.get(),
                     [] { QCoreApplication::quit(); });

    int rc = 0;
    if (headless) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        HeadlessReporter reporter(session, out);
        std::fprintf(stdout, "%s\n",
                     QCoreApplication::translate("main", "Vigie %1: watching %n service(s); store %2",
                                                 nullptr, int(session.services().size()))
                         .arg(QCoreApplication::applicationVersion(), databasePath)
                         .toLocal8Bit()
                         .constData());
        std::fflush(stdout);
        rc = QCoreApplication::exec();
    } else {
        MainWindow window(session);
        window.show();
        if (!workspaceProblem.isEmpty())
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Workspace not applied"),
                                 workspaceProblem);
        std::unique_ptr<SelfTestRun> run;
        if (options->selfTest) {
            run = std::make_unique<SelfTestRun>(window, session, options->screenshotPath,
                                                options->selfTestTimeoutSec * 1000, options->screenshotDelaySec * 1000);
            run->start();
        }
        rc = QCoreApplication::exec();
        if (run)
            rc = run->exitCode();
    }
    session.stop();
    return rc;
}
