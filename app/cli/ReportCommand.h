#pragma once

#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// `vigie report INCIDENT --format pdf|html|md -o FILE [--language fr|en] [--time-zone ZONE] [--paper
// a4|letter]
// [--customer] [--database FILE]`: a post-mortem report from the command line, with no display (Qt's
// offscreen platform gives the PDF its fonts). It reads the store on a thread of its own, never runs the
// history store's upkeep and takes no lock, so it can run beside a cockpit using the same file. Exit codes:
// 0 written, 1 the report could not be made (unknown incident, unreadable store, unwritable file), 2 a wrong
// command line.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    struct Options
    {
        QString incident; // reference ("INC-42", any case) or id
        ReportOptions::Format format = ReportOptions::Format::Pdf;
        QString output;
        QString language;   // empty: the interface's
        QString timeZoneId; // empty: the incident's, else the system's
        ReportOptions::Paper paper = ReportOptions::Paper::A4;
        bool customerFacing = false;
        QString databasePath; // empty: the user's data directory
    };

    // The whole command: called from main() before any application object exists.
    static int main(int argc, char* argv[]);

    // Parses `arguments` (argv as strings, "report" second). On --help prints and sets *exitCode; on a
    // mistake sets *error. Requires a Q(Core)Application.
    static std::optional<Options> parse(const QStringList& arguments, QString* error, int* exitCode);
    // Runs a parsed command; messages go to stdout and stderr.
    static int run(const Options& options);
};
