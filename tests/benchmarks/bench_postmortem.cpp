// A post-mortem for an incident with a long timeline (2000 events by default), exported as Markdown, HTML and
// PDF from a real store: how long each export takes (facts, document and file), how many pages and bytes it
// makes. Target: the PDF in under 2 s. Prints a markdown table; see docs/performance.md.
#include "playbook/PlaybookReader.h"
#include "PostMortemFixture.h"
#include "report/ReportWriter.h"
#include "SampleStats.h"
#include "store/PostMortemStore.h"
#include "store/Store.h"
#include "time/Clock.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

std::optional<ReportInputs> loadInputs(const QString& path, double* ms)
{
    Store store(SystemClock::instance());
    if (!store.open(path).ok())
        return std::nullopt;
    PostMortemStore postMortems(store);
    if (!postMortems.open(path).ok())
        return std::nullopt;
    QSignalSpy loaded(&postMortems, &PostMortemStore::reportLoaded);
    QElapsedTimer timer;
    timer.start();
    postMortems.loadReport(PostMortemFixture::reference(), PostMortemFixture::nowMs());
    std::optional<ReportInputs> inputs;
    if (loaded.wait(60'000))
        inputs = loaded.first().first().value<ReportInputs>();
    *ms = timer.nsecsElapsed() / 1e6;
    postMortems.close();
    store.close();
    return inputs;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("Timeline events of the incident."), QStringLiteral("n"),
                                    QStringLiteral("2000"));
    const QCommandLineOption reps(QStringLiteral("repetitions"), QStringLiteral("Runs of each export."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Report language."),
                                      QStringLiteral("en|fr"), QStringLiteral("en"));
    parser.addOptions({events, reps, language});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    // The fixture's incident has a few dozen events of its own; notes make up the rest.
    const QString probe = dir.filePath(QStringLiteral("probe.sqlite"));
    if (const QString error = PostMortemFixture::writeStore(probe); !error.isEmpty()) {
        out << "fixture: " << error << Qt::endl;
        return 1;
    }
    double loadMs = 0;
    const qsizetype base = loadInputs(probe, &loadMs)->record.events.size();
    const int wanted = parser.value(events).toInt();
    if (const QString error = PostMortemFixture::writeStore(path, int(std::max<qsizetype>(0, wanted - base)));
        !error.isEmpty()) {
        out << "fixture: " << error << Qt::endl;
        return 1;
    }
    const std::optional<ReportInputs> inputs = loadInputs(path, &loadMs);
    if (!inputs) {
        out << "could not load the incident" << Qt::endl;
        return 1;
    }

    ReportOptions options;
    options.language = parser.value(language);
    options.zone = QTimeZone("Europe/Paris");
    options.nowMs = PostMortemFixture::nowMs();
    const Playbook playbook = PlaybookReader::defaultPlaybook();
    const ReportLanguage reportLanguage = ReportLanguage::load(options.language);
    const int repetitions = std::max(1, parser.value(reps).toInt());

    out << "Post-mortem export: " << inputs->record.events.size() << " timeline events, " << repetitions
        << " runs each; store read in " << QString::number(loadMs, 'f', 1) << " ms\n"
        << QSysInfo::prettyProductName() << ", Qt " << qVersion() << "\n\n"
        << "| events | format | pages | bytes | median s | max s | target |\n"
        << "|---:|---|---:|---:|---:|---:|---|\n";
    bool met = true;
    for (ReportOptions::Format format :
         {ReportOptions::Format::Markdown, ReportOptions::Format::Html, ReportOptions::Format::Pdf}) {
        SampleStats seconds;
        ReportWriter::Result result;
        for (int i = 0; i < repetitions; ++i) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QElapsedTimer timer;
            timer.start();
            // Everything a person waits for: facts, document and the bytes of the file.
            const PostMortemDocument document =
                ReportWriter::document(*inputs, playbook, options, reportLanguage);
            result = ReportWriter::write(document, format, &buffer);
            seconds.add(timer.nsecsElapsed() / 1e9);
            if (!result.ok()) {
                out << ReportOptions::formatKey(format) << ": " << result.error << Qt::endl;
                return 1;
            }
        }
        QString target = QStringLiteral("–");
        if (format == ReportOptions::Format::Pdf) {
            const bool ok = seconds.max() < 2.0;
            met = met && ok;
            target = ok ? QStringLiteral("< 2 s: met") : QStringLiteral("< 2 s: **missed**");
        }
        out << "| " << inputs->record.events.size() << " | " << ReportOptions::formatKey(format) << " | "
            << (format == ReportOptions::Format::Pdf ? QString::number(result.pages) : QStringLiteral("–"))
            << " | " << result.bytes << " | " << QString::number(seconds.median(), 'f', 3) << " | "
            << QString::number(seconds.max(), 'f', 3) << " | " << target << " |\n";
        out.flush();
    }
    return met ? 0 : 3;
}
