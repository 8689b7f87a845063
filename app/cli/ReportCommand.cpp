#include "cli/ReportCommand.h"

#include "config/WorkspaceReader.h"
#include "i18n/TranslationLoader.h"
#include "playbook/PlaybookReader.h"
#include "report/ReportLanguage.h"
#include "report/ReportWriter.h"
#include "session/MonitoringSession.h"
#include "store/Database.h"
#include "store/PostMortemStore.h"
#include "time/Clock.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int LoadTimeoutMs = 60'000;

void printLine(FILE* stream, const QString& line)
{
    std::fprintf(stream, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stream);
}

void printError(const QString& message)
{
    printLine(stderr, QStringLiteral("vigie report: ") + message);
}

// The playbook the incident was run under: the workspace's file when the stored settings name one that
// reads, else the default one.
Playbook playbookFor(const QString& databasePath)
{
    Database db;
    if (!db.open(databasePath).ok())
        return PlaybookReader::defaultPlaybook();
    const DbResult<QString> sections = db.setting(QLatin1String(MonitoringSession::sectionsKey), QString());
    db.close();
    if (!sections.ok() || sections.value.isEmpty())
        return PlaybookReader::defaultPlaybook();
    WorkspaceError error;
    const auto workspace = WorkspaceReader::read(sections.value.toUtf8(), databasePath, &error);
    if (!workspace || workspace->incidents.playbookFile.isEmpty())
        return PlaybookReader::defaultPlaybook();
    const PlaybookResult read = PlaybookReader::read(workspace->incidents.playbookFile);
    if (!read.ok()) {
        printError(
            ReportCommand::tr("the playbook %1 could not be read; the checklist is measured against the "
                              "default one.\n%2")
                .arg(workspace->incidents.playbookFile, read.error.toString()));
        return PlaybookReader::defaultPlaybook();
    }
    return *read.playbook;
}

} // namespace

std::optional<ReportCommand::Options> ReportCommand::parse(const QStringList& arguments, QString* error,
                                                           int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Write the post-mortem report of an incident as PDF, HTML or Markdown, from the incident's record."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption format(
        QStringList{QStringLiteral("f"), QStringLiteral("format")},
        tr("Write <format>: pdf, html or md (by default, from the file's extension)."), tr("format"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the report to <file>."), tr("file"));
    const QCommandLineOption language(QStringList{QStringLiteral("l"), QStringLiteral("language")},
                                      tr("Write the report in <language>: en or fr."), tr("language"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"),
        tr("Give times in <zone>, e.g. Europe/Paris (by default, the incident's)."), tr("zone"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("Print the PDF on <paper>: a4 or letter."),
                                   tr("paper"), QStringLiteral("a4"));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      tr("Make the customer edition: internal notes and workflow left out."));
    const QCommandLineOption database(QStringList{QStringLiteral("d"), QStringLiteral("database")},
                                      tr("Read the SQLite store at <file>."), tr("file"));
    for (const auto& option : {format, output, language, timeZone, paper, customer, database})
        parser.addOption(option);
    parser.addPositionalArgument(QStringLiteral("report"), tr("The report command."),
                                 QStringLiteral("report"));
    parser.addPositionalArgument(tr("incident"), tr("The incident's reference (INC-42) or id."));

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        *exitCode = 0;
        parser.showHelp(0);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        *error = positional.size() < 2
                     ? tr("which incident? Give its reference, e.g. vigie report INC-42 -o "
                          "report.pdf")
                     : tr("expected one incident, got %1").arg(positional.mid(1).join(u' '));
        return std::nullopt;
    }
    Options o;
    o.incident = positional.at(1);
    o.output = parser.value(output);
    if (o.output.isEmpty()) {
        *error = tr("where to? Give the file with -o FILE");
        return std::nullopt;
    }
    const QString formatText = parser.isSet(format) ? parser.value(format) : QFileInfo(o.output).suffix();
    if (!ReportOptions::formatFromKey(formatText, &o.format)) {
        *error =
            parser.isSet(format)
                ? tr("--format: expected pdf, html or md, got \"%1\"").arg(formatText)
                : tr("which format? Give --format pdf, html or md (the file %1 does not say)").arg(o.output);
        return std::nullopt;
    }
    o.language = parser.value(language);
    if (!o.language.isEmpty() && !ReportLanguage::isSupported(o.language)) {
        *error = tr("--language: expected en or fr, got \"%1\"").arg(o.language);
        return std::nullopt;
    }
    o.timeZoneId = parser.value(timeZone);
    if (!o.timeZoneId.isEmpty() && !QTimeZone(o.timeZoneId.toUtf8()).isValid()) {
        *error = tr("--time-zone: \"%1\" is not a time zone this system knows (e.g. Europe/Paris, UTC)")
                     .arg(o.timeZoneId);
        return std::nullopt;
    }
    if (!ReportOptions::paperFromKey(parser.value(paper), &o.paper)) {
        *error = tr("--paper: expected a4 or letter, got \"%1\"").arg(parser.value(paper));
        return std::nullopt;
    }
    o.customerFacing = parser.isSet(customer);
    o.databasePath = parser.value(database);
    return o;
}

int ReportCommand::run(const Options& options)
{
    QString databasePath = options.databasePath;
    if (databasePath.isEmpty())
        databasePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/vigie.sqlite");
    if (!QFileInfo::exists(databasePath)) {
        printError(tr("there is no Vigie store at %1 (give one with --database FILE)").arg(databasePath));
        return 1;
    }
    const Playbook playbook = playbookFor(databasePath);
    const qint64 now = SystemClock::instance().nowMs();

    QThread thread;
    thread.setObjectName(QStringLiteral("report store"));
    thread.start();
    PostMortemStore store(&thread);
    const auto stopThread = [&thread, &store] {
        store.close();
        thread.quit();
        thread.wait();
    };
    if (const DbResult<bool> opened = store.open(databasePath); !opened.ok()) {
        printError(opened.error);
        stopThread();
        return 1;
    }
    std::optional<ReportInputs> inputs;
    QString failure;
    QEventLoop loop;
    QObject::connect(&store, &PostMortemStore::reportLoaded, &loop, [&](const ReportInputs& loaded) {
        inputs = loaded;
        loop.quit();
    });
    QObject::connect(&store, &PostMortemStore::reportNotFound, &loop,
                     [&](const QString& wanted, const QStringList& known) {
                         failure = known.isEmpty()
                                       ? tr("there is no incident “%1” in %2: it holds no incidents yet.")
                                             .arg(wanted, databasePath)
                                       : tr("there is no incident “%1” in %2; the most recent are: %3.")
                                             .arg(wanted, databasePath, known.join(QStringLiteral(", ")));
                         loop.quit();
                     });
    QObject::connect(&store, &PostMortemStore::loadFailed, &loop, [&](const QString& message) {
        failure = message;
        loop.quit();
    });
    QTimer::singleShot(LoadTimeoutMs, &loop, [&] {
        failure = tr("the store at %1 did not answer within a minute.").arg(databasePath);
        loop.quit();
    });
    store.loadReport(options.incident, now);
    loop.exec();
    stopThread();
    if (!inputs) {
        printError(failure);
        return 1;
    }

    ReportOptions report;
    report.language =
        options.language.isEmpty()
            ? (QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en"))
            : options.language;
    QString zone = options.timeZoneId.isEmpty() ? inputs->record.incident.timeZoneId : options.timeZoneId;
    report.zone = zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid() ? QTimeZone::systemTimeZone()
                                                                        : QTimeZone(zone.toUtf8());
    report.paper = options.paper;
    report.customerFacing = options.customerFacing;
    report.nowMs = now;
    const PostMortemDocument document =
        ReportWriter::document(*inputs, playbook, report, ReportLanguage::load(report.language));
    const ReportWriter::Result written = ReportWriter::writeFile(document, options.format, options.output);
    if (!written.ok()) {
        printError(written.error);
        return 1;
    }
    const QString reference = inputs->record.incident.reference;
    printLine(stdout,
              options.format == ReportOptions::Format::Pdf
                  ? tr("%1: post-mortem written to %2 (PDF, %n page(s)).", nullptr, written.pages)
                        .arg(reference, options.output)
                  : tr("%1: post-mortem written to %2 (%3).")
                        .arg(reference, options.output, ReportOptions::formatKey(options.format).toUpper()));
    return 0;
}

int ReportCommand::main(int argc, char* argv[])
{
    // Fonts without a display: the offscreen platform, unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    // Messages in the interface's language; the report's own language is chosen per report.
    TranslationLoader::install(
        app, TranslationLoader::chooseLocale(QSettings().value(QStringLiteral("language")).toString()));
    QString error;
    int exitCode = 0;
    const std::optional<Options> options = parse(QCoreApplication::arguments(), &error, &exitCode);
    if (!options) {
        printError(error);
        return 2;
    }
    return run(*options);
}
