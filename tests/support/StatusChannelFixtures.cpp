#include "StatusChannelFixtures.h"

#include <QJsonDocument>

AffectedService StatusChannelFixtures::service(const QString& name, Impact impact)
{
    static qint64 nextId = 1;
    return AffectedService{nextId++, name, impact};
}

Incident StatusChannelFixtures::incident(IncidentStatus status, const QList<AffectedService>& affected,
                                         Incident::Kind kind)
{
    Incident incident;
    incident.id = QStringLiteral("7d0f5c1e-0000-4000-8000-000000000042");
    incident.reference =
        kind == Incident::Kind::Maintenance ? QStringLiteral("MNT-3") : QStringLiteral("INC-42");
    incident.kind = kind;
    incident.title = QStringLiteral("Paiements en échec – API");
    incident.status = status;
    incident.affected = affected;
    incident.declaredAtMs = 1'750'000'000'000;
    if (kind == Incident::Kind::Maintenance) {
        incident.windowStartMs = 1'750'003'600'000;
        incident.windowEndMs = 1'750'010'800'000;
    }
    return incident;
}

OutboundMessage StatusChannelFixtures::message(const Incident& incident, const QString& body, int sequence,
                                               const QJsonObject& thread, bool resolves,
                                               const QString& idempotencyKey)
{
    OutboundMessage message;
    message.deliveryId = QStringLiteral("d-%1").arg(sequence);
    message.idempotencyKey = idempotencyKey;
    message.incident = incident;
    message.draft.id = QStringLiteral("draft-%1").arg(sequence);
    message.draft.incidentId = incident.id;
    message.draft.language = QStringLiteral("fr");
    message.draft.body = body;
    message.draft.state = MessageDraft::State::Approved;
    message.draft.createdAtMs = 1'750'000'100'000;
    message.draft.approvedAtMs = 1'750'000'200'000 + sequence * 60'000;
    message.sequence = sequence;
    message.resolves = resolves;
    message.thread = thread;
    return message;
}

ChannelConfig StatusChannelFixtures::channel(const QString& type, const QVariantMap& settings)
{
    ChannelConfig channel;
    channel.name = QStringLiteral("Public %1").arg(type);
    channel.type = type;
    channel.settings = settings;
    return channel;
}

LoopbackHttpServer::Reply StatusChannelFixtures::reply(int status, const QByteArray& body,
                                                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return LoopbackHttpServer::Reply{status, body, all, 0, 0, 0};
}

QJsonObject StatusChannelFixtures::body(const LoopbackHttpServer::Request& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QList<LoopbackHttpServer::Request> StatusChannelFixtures::requestsTo(const LoopbackHttpServer& server,
                                                                     const QByteArray& path)
{
    QList<LoopbackHttpServer::Request> found;
    for (const auto& request : server.requests()) {
        const qsizetype query = request.path.indexOf('?');
        if ((query >= 0 ? request.path.left(query) : request.path) == path)
            found.append(request);
    }
    return found;
}

QStringList StatusChannelFixtures::lines(const LoopbackHttpServer& server)
{
    QStringList lines;
    for (const auto& request : server.requests()) {
        const qsizetype query = request.path.indexOf('?');
        lines << QString::fromLatin1(request.method + ' ' +
                                     (query >= 0 ? request.path.left(query) : request.path));
    }
    return lines;
}
