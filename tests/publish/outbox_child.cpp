// Helper for tst_outboxcrash: opens an outbox on the given file with two loopback channels ("A" and "B")
// posting to the given address, queues three approved messages of one incident on both, prints
// "queued <n>" as the outbox reports each delivery stored and "sent <draft> <channel>" as each is published.
// Runs until killed (or two minutes, so that a forgotten child cannot run forever).
#include "LoopbackChannelAdapter.h"

#include "publish/AdapterRegistry.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/Outbox.h"
#include "publish/SecretResolver.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: outbox_child <database file> <url>\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString url = QString::fromLocal8Bit(argv[2]);
    auto adapters = std::make_shared<AdapterRegistry>();
    adapters->add(std::make_shared<LoopbackChannelAdapter>());
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.retry.baseMs = 50;
    options.retry.capMs = 200;
    Outbox outbox(SystemClock::instance(), adapters, secrets, options);
    QList<ChannelConfig> channels;
    for (const QString& name : {QStringLiteral("A"), QStringLiteral("B")}) {
        ChannelConfig channel;
        channel.name = name;
        channel.type = QStringLiteral("loopback");
        channel.secrets = {QStringLiteral("token")};
        channel.settings.insert(QStringLiteral("url"), url);
        channels.append(channel);
    }
    outbox.setChannels(channels);
    const DbResult<bool> opened = outbox.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    int queued = 0;
    QObject::connect(&outbox, &Outbox::deliveryChanged, &app, [&queued](const Delivery& delivery) {
        if (delivery.state == Delivery::State::Queued) {
            std::printf("queued %d\n", ++queued);
            std::fflush(stdout);
        }
    });
    QObject::connect(&outbox, &Outbox::published, &app, [](const QString& draftId, const QString& channel) {
        std::printf("sent %s %s\n", qPrintable(draftId), qPrintable(channel));
        std::fflush(stdout);
    });
    QObject::connect(&outbox, &Outbox::errorOccurred, &app,
                     [](const QString& message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });

    Incident incident;
    incident.id = QStringLiteral("crash-incident");
    incident.reference = QStringLiteral("INC-7");
    incident.title = QStringLiteral("Payments down");
    for (int i = 1; i <= 3; ++i) {
        MessageDraft draft;
        draft.id = QStringLiteral("d-%1").arg(i);
        draft.incidentId = incident.id;
        draft.body = QStringLiteral("Update %1").arg(i);
        draft.state = MessageDraft::State::Approved;
        if (const std::optional<QString> refused =
                outbox.enqueue(draft, incident, {QStringLiteral("A"), QStringLiteral("B")})) {
            std::fprintf(stderr, "%s\n", qPrintable(*refused));
            return 1;
        }
    }
    QTimer::singleShot(120'000, &app, &QCoreApplication::quit);
    return app.exec();
}
