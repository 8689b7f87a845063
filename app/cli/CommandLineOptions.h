#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What the command line asks for. Parsed with QCommandLineParser; --help and --version are handled there.
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    bool headless = false;
    bool selfTest = false;
    bool demo = true;
    quint16 demoPort = 47810;
    int demoOffsetSec = 0;
    bool removeMissing = false;
    QString workspacePath; // optional positional WORKSPACE.yaml
    QString databasePath;  // empty: the user's data directory
    QString language;      // empty: the system locale (or the saved setting)
    QString screenshotPath;
    QString testChannel; // --test-channel: check this channel and exit
    QString secretsFile; // --secrets-file: an owner-only file of channel secrets
    int selfTestTimeoutSec = 60;
    int screenshotDelaySec =
        0; // with --self-test: keep running this long after passing, then take the picture

    // Parses `arguments` (argv as strings). On --help/--version prints and sets *exitCode; on a bad option
    // sets *error. Requires a Q(Core)Application.
    static std::optional<CommandLineOptions> parse(const QStringList& arguments, QString* error,
                                                   int* exitCode);
};
