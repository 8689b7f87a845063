#include "report/ReportWriter.h"

#include "report/HtmlExporter.h"
#include "report/MarkdownExporter.h"
#include "report/PdfExporter.h"
#include "report/PostMortemFacts.h"

#include <QSaveFile>

PostMortemDocument ReportWriter::document(const ReportInputs& inputs, const Playbook& playbook,
                                          const ReportOptions& options, const ReportLanguage& language)
{
    const PostMortemFacts facts = PostMortemFacts::gather(inputs, playbook, options.nowMs);
    const ReportTexts texts(language, options.zone);
    return PostMortemDocument::build(facts, inputs.postMortem, inputs.changes, options, texts);
}

ReportWriter::Result ReportWriter::write(const PostMortemDocument& document, ReportOptions::Format format,
                                         QIODevice* device)
{
    Result result;
    const qint64 start = device ? device->pos() : 0;
    switch (format) {
    case ReportOptions::Format::Pdf: {
        PdfExporter pdf;
        if (!pdf.write(document, device))
            result.error = pdf.errorString();
        result.pages = pdf.pageCount();
        break;
    }
    case ReportOptions::Format::Html: {
        HtmlExporter html;
        if (!html.write(document, device))
            result.error = html.errorString();
        break;
    }
    case ReportOptions::Format::Markdown: {
        MarkdownExporter markdown;
        if (!markdown.write(document, device))
            result.error = markdown.errorString();
        break;
    }
    }
    if (device)
        result.bytes = device->pos() - start;
    return result;
}

ReportWriter::Result ReportWriter::writeFile(const PostMortemDocument& document, ReportOptions::Format format,
                                             const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result{tr("Could not write the report to %1: %2").arg(path, file.errorString())};
    Result result = write(document, format, &file);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return Result{tr("Could not write the report to %1: %2").arg(path, file.errorString())};
    return result;
}
