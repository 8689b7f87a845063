#include "cli/CommandLineOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

std::optional<CommandLineOptions> CommandLineOptions::parse(const QStringList& arguments, QString* error,
                                                            int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Vigie watches your services and walks you through incident communication."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run the checks and the store without a window; print one line per "
                                         "state change."));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      tr("Open the real window on a temporary store with the demo services, "
                                         "wait for live results, and exit 0 when everything works."));
    const QCommandLineOption database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                      tr("Use the SQLite store at <file>."), tr("file"));
    const QCommandLineOption language(QStringList{QStringLiteral("l"), QStringLiteral("language")},
                                      tr("Use <language> (en or fr) instead of the system's."),
                                      tr("language"));
    const QCommandLineOption noDemo(QStringLiteral("no-demo"),
                                    tr("Do not serve the demo services on 127.0.0.1."));
    const QCommandLineOption demoPort(QStringLiteral("demo-port"),
                                      tr("Serve the demo services on 127.0.0.1:<port> (default 47810)."),
                                      tr("port"), QStringLiteral("47810"));
    const QCommandLineOption demoOffset(QStringLiteral("demo-offset"),
                                        tr("Start the demo scenario <seconds> into its cycle."),
                                        tr("seconds"), QStringLiteral("0"));
    const QCommandLineOption removeMissing(
        QStringLiteral("remove-missing"), tr("When applying a workspace file, remove stored services it does "
                                             "not name."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("With --self-test, save a picture of the window to <file>."),
                                        tr("file"));
    const QCommandLineOption selfTestTimeout(QStringLiteral("self-test-timeout"),
                                             tr("Give up the self-test after <seconds>."), tr("seconds"),
                                             QStringLiteral("60"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        tr("With --screenshot, keep the window running <seconds> after the "
           "self-test passes before taking the picture."),
        tr("seconds"), QStringLiteral("0"));
    const QCommandLineOption testChannel(
        QStringLiteral("test-channel"),
        tr("Check that the publishing channel <name> is ready (its address and credentials) without "
           "publishing anything public, print the answer and exit: 0 ready, 1 not."),
        tr("name"));
    const QCommandLineOption secretsFile(
        QStringLiteral("secrets-file"),
        tr("Read channel secrets from <file> (YAML channel: {secret: value}, or "
           "VIGIE_SECRET_<CHANNEL>_<NAME>=value "
           "lines), which only its owner may read; asked after the system keychain and before the "
           "environment."),
        tr("file"));
    for (const auto& option :
         {headless, selfTest, database, language, noDemo, demoPort, demoOffset, removeMissing, screenshot,
          selfTestTimeout, screenshotDelay, testChannel, secretsFile})
        parser.addOption(option);
    parser.addPositionalArgument(tr("workspace"),
                                 tr("A workspace file (YAML) to apply on start, matched by service name."),
                                 tr("[WORKSPACE.yaml]"));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption) || parser.isSet(versionOption)) {
        *exitCode = 0;
        if (parser.isSet(versionOption))
            parser.showVersion();
        parser.showHelp(0);
    }
    CommandLineOptions o;
    o.headless = parser.isSet(headless);
    o.selfTest = parser.isSet(selfTest);
    o.demo = !parser.isSet(noDemo);
    o.removeMissing = parser.isSet(removeMissing);
    o.databasePath = parser.value(database);
    o.language = parser.value(language);
    o.screenshotPath = parser.value(screenshot);
    o.testChannel = parser.value(testChannel);
    o.secretsFile = parser.value(secretsFile);
    if (o.selfTest && !o.testChannel.isEmpty()) {
        *error = tr("--test-channel and --self-test cannot be combined");
        return std::nullopt;
    }
    bool ok = false;
    const uint port = parser.value(demoPort).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        *error = tr("--demo-port: expected a port number between 1 and 65535, got \"%1\"")
                     .arg(parser.value(demoPort));
        return std::nullopt;
    }
    o.demoPort = static_cast<quint16>(port);
    o.demoOffsetSec = parser.value(demoOffset).toInt(&ok);
    if (!ok || o.demoOffsetSec < 0) {
        *error = tr("--demo-offset: expected a number of seconds, got \"%1\"").arg(parser.value(demoOffset));
        return std::nullopt;
    }
    o.selfTestTimeoutSec = parser.value(selfTestTimeout).toInt(&ok);
    if (!ok || o.selfTestTimeoutSec <= 0) {
        *error = tr("--self-test-timeout: expected a number of seconds, got \"%1\"")
                     .arg(parser.value(selfTestTimeout));
        return std::nullopt;
    }
    o.screenshotDelaySec = parser.value(screenshotDelay).toInt(&ok);
    if (!ok || o.screenshotDelaySec < 0) {
        *error = tr("--screenshot-delay: expected a number of seconds, got \"%1\"")
                     .arg(parser.value(screenshotDelay));
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("expected at most one workspace file, got %1").arg(positional.size());
        return std::nullopt;
    }
    if (!positional.isEmpty())
        o.workspacePath = positional.first();
    if (!o.language.isEmpty() && o.language != QLatin1String("en") && o.language != QLatin1String("fr")) {
        *error = tr("--language: expected en or fr, got \"%1\"").arg(o.language);
        return std::nullopt;
    }
    return o;
}
