// Helper for tst_crashsafety: opens the store on the given file and enqueues results without end, printing
// "stored <total>" each time the store reports a commit, until it is killed (or stops by itself after
// two minutes, so that a forgotten child cannot run forever).
#include "ResultGenerator.h"
#include "store/Store.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_writer_child <database file>\n");
        return 2;
    }
    Store store(SystemClock::instance());
    const DbResult<bool> opened = store.open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    qint64 total = 0;
    QObject::connect(&store, &Store::resultsStored, &app, [&total](int count) {
        total += count;
        std::printf("stored %lld\n", total);
        std::fflush(stdout);
    });
    QObject::connect(&store, &Store::errorOccurred, &app,
                     [](const QString& message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });
    ResultGenerator generator(500, SystemClock::instance().nowMs());
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, &store, [&] { store.enqueueResults(generator.next(200)); });
    feeder.start(5);
    QTimer::singleShot(120'000, &app, &QCoreApplication::quit);
    return app.exec();
}
