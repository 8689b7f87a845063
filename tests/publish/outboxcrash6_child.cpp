// Helper for tst_outboxcrash6: opens an outbox on the given file with the six channels described in the
// given JSON file (name, type, kind, settings, secrets; the secrets come from VIGIE_SECRET_* variables), and
// queues round N's two messages of one incident (the first, then an update), each as a status-page draft
// (Statuspage, Cachet, webhook), a mail and a social post (Mastodon, Bluesky): twelve deliveries. Queueing
// again what a killed run queued is harmless, so every run queues. Prints "sent <draft> <channel>" as each is
// published and "finished <sent> <failed>" once all twelve are done, then closes the outbox and exits 0.
// Runs until killed otherwise (at most two minutes, so that a forgotten child cannot run forever).
#include "publish/EnvironmentSecretSource.h"
#include "publish/Outbox.h"
#include "publish/SecretResolver.h"
#include "publish/StandardAdapters.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace {

constexpr int kUpdates = 2;
constexpr qint64 kT0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z

QList<ChannelConfig> readChannels(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<ChannelConfig> channels;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject json = value.toObject();
        ChannelConfig channel;
        channel.name = json.value(QLatin1String("name")).toString();
        channel.type = json.value(QLatin1String("type")).toString();
        channelKindFromKey(json.value(QLatin1String("kind")).toString(), &channel.messageKind);
        channel.settings = json.value(QLatin1String("settings")).toObject().toVariantMap();
        for (const QJsonValue& secret : json.value(QLatin1String("secrets")).toArray())
            channel.secrets.append(secret.toString());
        channels.append(channel);
    }
    return channels;
}

// The incident of round `round` as it stands when update `update` is approved.
Incident incidentFor(int round, int update)
{
    Incident incident;
    incident.id = QStringLiteral("crash6-r%1").arg(round);
    incident.reference = QStringLiteral("INC-%1").arg(600 + round);
    incident.title = QStringLiteral("Payments failing (round %1)").arg(round);
    incident.status = update == 1 ? IncidentStatus::Investigating : IncidentStatus::Identified;
    incident.declaredAtMs = kT0 + round * 60'000;
    AffectedService payments;
    payments.serviceId = 1;
    payments.serviceName = QStringLiteral("Payments");
    payments.impact = Impact::MajorOutage;
    AffectedService api;
    api.serviceId = 2;
    api.serviceName = QStringLiteral("API");
    api.impact = Impact::PartialOutage;
    incident.affected = {payments, api};
    return incident;
}

MessageDraft draftFor(int round, int update, ChannelKind kind)
{
    MessageDraft draft;
    draft.id = QStringLiteral("r%1-u%2-%3").arg(round).arg(update).arg(channelKindKey(kind));
    draft.incidentId = QStringLiteral("crash6-r%1").arg(round);
    draft.channel = kind;
    draft.language = QStringLiteral("en");
    // The marker lets each server's count of what it took be read per message.
    const QString marker = QStringLiteral("[r%1u%2]").arg(round).arg(update);
    draft.body = update == 1 ? marker + QStringLiteral(" We are investigating failed card payments.")
                             : marker + QStringLiteral(" The cause is identified: a faulty gateway release.");
    if (kind == ChannelKind::Email)
        draft.subject = QStringLiteral("%1 Payments failing").arg(marker);
    draft.state = MessageDraft::State::Approved;
    draft.author = QStringLiteral("crash6");
    draft.approvedBy = QStringLiteral("crash6");
    draft.createdAtMs = kT0 + round * 60'000 + update * 1'000;
    draft.updatedAtMs = draft.createdAtMs;
    draft.approvedAtMs = draft.createdAtMs;
    return draft;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: outboxcrash6_child <database file> <channels.json> <round>\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QList<ChannelConfig> channels = readChannels(QString::fromLocal8Bit(argv[2]));
    const int round = QByteArray(argv[3]).toInt();
    if (channels.size() != 6) {
        std::fprintf(stderr, "expected six channels in %s\n", argv[2]);
        return 2;
    }
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.retry.baseMs = 50;
    options.retry.capMs = 200;
    Outbox outbox(SystemClock::instance(), StandardAdapters::make(SystemClock::instance()), secrets, options);
    outbox.setChannels(channels);

    const int expected = kUpdates * int(channels.size());
    QHash<QString, Delivery> deliveries;
    bool finished = false;
    QObject::connect(&outbox, &Outbox::deliveryChanged, &app, [&](const Delivery& delivery) {
        deliveries.insert(delivery.id, delivery);
        if (delivery.state == Delivery::State::Failed)
            std::fprintf(stderr, "failed %s: %s\n", qPrintable(delivery.channelName),
                         qPrintable(delivery.lastError));
        if (finished || deliveries.size() < expected)
            return;
        int sent = 0;
        int failed = 0;
        for (const Delivery& known : std::as_const(deliveries)) {
            if (!known.isFinished())
                return;
            (known.state == Delivery::State::Sent ? sent : failed) += 1;
        }
        finished = true;
        std::printf("finished %d %d\n", sent, failed);
        std::fflush(stdout);
        QTimer::singleShot(0, &app, [&outbox, &app] {
            outbox.close();
            app.quit();
        });
    });
    QObject::connect(&outbox, &Outbox::published, &app, [](const QString& draftId, const QString& channel) {
        std::printf("sent %s %s\n", qPrintable(draftId), qPrintable(channel));
        std::fflush(stdout);
    });
    QObject::connect(&outbox, &Outbox::errorOccurred, &app,
                     [](const QString& message) { std::fprintf(stderr, "%s\n", qPrintable(message)); });
    const DbResult<bool> opened = outbox.open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }

    for (int update = 1; update <= kUpdates; ++update) {
        const Incident incident = incidentFor(round, update);
        for (ChannelKind kind : {ChannelKind::StatusPage, ChannelKind::Email, ChannelKind::Social}) {
            QStringList names;
            for (const ChannelConfig& channel : channels) {
                if (channel.messageKind == kind)
                    names.append(channel.name);
            }
            if (const std::optional<QString> refused =
                    outbox.enqueue(draftFor(round, update, kind), incident, names)) {
                std::fprintf(stderr, "%s\n", qPrintable(*refused));
                return 1;
            }
        }
    }
    QTimer::singleShot(120'000, &app, &QCoreApplication::quit);
    return app.exec();
}
