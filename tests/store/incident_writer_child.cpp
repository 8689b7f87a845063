// Helper for tst_incidentcrash: opens the stores on the given file, saves an incident, then types a draft
// one keystroke at a time, saving it after each as the composer does, and prints "committed <keystrokes>"
// each time the store reports the saves up to that keystroke durable. Runs until killed (or stops by itself
// after two minutes, so that a forgotten child cannot run forever).
#include "store/IncidentStore.h"
#include "store/Store.h"
#include "time/Clock.h"
#include "TypedText.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: incident_writer_child <database file>\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    Store store(SystemClock::instance());
    IncidentStore incidents(store);
    DbResult<bool> opened = store.open(path);
    if (opened.ok())
        opened = incidents.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    Incident incident;
    incident.id = QStringLiteral("crash-incident");
    incident.reference = QStringLiteral("INC-1");
    incident.title = QStringLiteral("Payments down");
    MessageDraft draft;
    draft.id = QStringLiteral("crash-draft");
    draft.incidentId = incident.id;
    draft.language = QStringLiteral("fr");
    incidents.saveIncident(incident);

    // Saves are reported in the order asked: after n committed, the incident and the first n - 1 keystrokes
    // are durable.
    qint64 committed = 0;
    QObject::connect(&incidents, &IncidentStore::writesCommitted, &app, [&committed](int count) {
        committed += count;
        std::printf("committed %lld\n", committed - 1);
        std::fflush(stdout);
    });
    QObject::connect(&incidents, &IncidentStore::writeFailed, &app,
                     [](const QString& message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });
    int keystrokes = 0;
    QTimer typist;
    QObject::connect(&typist, &QTimer::timeout, &incidents, [&] {
        // A few keystrokes per tick: some saves commit alone, others share a transaction.
        for (int i = 0; i < 1 + keystrokes % 3; ++i) {
            ++keystrokes;
            draft.body = TypedText::after(keystrokes);
            draft.updatedAtMs = SystemClock::instance().nowMs();
            incidents.saveDraft(draft);
        }
    });
    typist.start(1);
    QTimer::singleShot(120'000, &app, &QCoreApplication::quit);
    return app.exec();
}
