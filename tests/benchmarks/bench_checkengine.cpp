// The check engine benchmark (not a CTest test): N HTTP services against a local nginx at a 10 s interval,
// measured per (N, mode) in a child process, compared with curl fetching the same URLs. Prints a markdown
// table; see docs/performance.md.
#include "BenchDriver.h"
#include "CensusApplication.h"
#include "EngineRun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {
bool childWantsWindow(int argc, char* argv[])
{
    bool child = false;
    bool window = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0)
            child = true;
        if (qstrcmp(argv[i], "--mode") == 0 && i + 1 < argc && qstrcmp(argv[i + 1], "window") == 0)
            window = true;
    }
    return child && window;
}

QList<int> parseSizes(const QString& text)
{
    QList<int> sizes;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = part.trimmed().toInt();
        if (n > 0)
            sizes.append(n);
    }
    return sizes;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    EventCensus* census = nullptr;
    if (childWantsWindow(argc, argv)) {
        auto* gui = new CensusApplication<QApplication>(argc, argv);
        census = &gui->census();
        app.reset(gui);
    } else {
        auto* core = new CensusApplication<QCoreApplication>(argc, argv);
        census = &core->census();
        app.reset(core);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("VigieBenchmark"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_checkengine"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check engine benchmark: CPU, memory, store size, UI stalls."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Service counts, comma-separated."), QStringLiteral("list"),
                                   QStringLiteral("500,1000,2000"));
    const QCommandLineOption modes(QStringLiteral("modes"), QStringLiteral("headless,window or one of them."),
                                   QStringLiteral("list"), QStringLiteral("headless,window"));
    // A minute, so that every window holds the work done once a minute (rollups closed, the window's
    // summaries) once, and only once.
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured window per run."),
                                     QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("Warm-up before the window."),
                                    QStringLiteral("s"), QStringLiteral("15"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("Check interval of every service."), QStringLiteral("s"),
                                      QStringLiteral("10"));
    const QCommandLineOption curlRequests(QStringLiteral("curl-requests"),
                                          QStringLiteral("Minimum requests in the curl baseline."),
                                          QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption child(QStringLiteral("child"),
                                   QStringLiteral("Internal: run one measured child."));
    const QCommandLineOption services(QStringLiteral("services"), QStringLiteral("Internal: service count."),
                                      QStringLiteral("n"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("Internal: headless or window."),
                                  QStringLiteral("mode"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("Internal: nginx base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption censusOption(
        QStringLiteral("census"),
        QStringLiteral("Count and time the events each thread delivers over the window, printed per run "
                       "(costs CPU of its own: not for the CPU figures)."));
    parser.addOptions({sizes, modes, seconds, warmup, interval, curlRequests, censusOption, child, services,
                       mode, baseUrl});
    parser.process(*app);

    if (parser.isSet(child)) {
        EngineRun::Config config;
        config.services = parser.value(services).toInt();
        config.window = parser.value(mode) == QStringLiteral("window");
        config.baseUrl = parser.value(baseUrl);
        config.seconds = parser.value(seconds).toInt();
        config.warmupSec = parser.value(warmup).toInt();
        config.intervalSec = parser.value(interval).toInt();
        config.census = parser.isSet(censusOption) ? census : nullptr;
        QString error;
        const auto measured = EngineRun(config).run(&error);
        if (!measured) {
            std::fprintf(stderr, "bench_checkengine: %s\n", error.toLocal8Bit().constData());
            return 1;
        }
        if (config.census)
            std::fprintf(stderr, "%s", census->report().toUtf8().constData());
        std::fprintf(stdout, "%s\n", measured->toLine().toUtf8().constData());
        return 0;
    }

    BenchDriver::Options options;
    options.sizes = parseSizes(parser.value(sizes));
    options.modes = parser.value(modes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.seconds = parser.value(seconds).toInt();
    options.warmupSec = parser.value(warmup).toInt();
    options.intervalSec = parser.value(interval).toInt();
    options.curlRequests = parser.value(curlRequests).toInt();
    options.census = parser.isSet(censusOption);
    return BenchDriver(options).run(QCoreApplication::applicationFilePath());
}
