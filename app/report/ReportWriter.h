#pragma once

#include "report/PostMortemDocument.h"
#include "report/ReportInputs.h"
#include "report/ReportLanguage.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QString>

class Playbook;
class QIODevice;

// Makes a post-mortem report in one call: facts from the inputs, the document in the report's language,
// then the chosen format written to a device or, atomically, to a file (a failed write never leaves half a
// report where the previous one was). The command line and the window both go through it.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Result
    {
        QString error; // for a person; empty on success
        int pages = 0; // PDF only
        qint64 bytes = 0;
        bool ok() const { return error.isEmpty(); }
    };

    static PostMortemDocument document(const ReportInputs& inputs, const Playbook& playbook,
                                       const ReportOptions& options, const ReportLanguage& language);
    static Result write(const PostMortemDocument& document, ReportOptions::Format format, QIODevice* device);
    static Result writeFile(const PostMortemDocument& document, ReportOptions::Format format,
                            const QString& path);
};
