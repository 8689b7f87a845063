#pragma once

#include "LoopbackHttpServer.h"

#include "publish/ChannelConfig.h"
#include "publish/OutboundMessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Incidents, messages and channel settings for the status-page and social adapter tests, and small readers
// of what a loopback contract server received.
class StatusChannelFixtures
{
public:
    static AffectedService service(const QString& name, Impact impact);
    static Incident incident(IncidentStatus status, const QList<AffectedService>& affected,
                             Incident::Kind kind = Incident::Kind::Incident);
    static OutboundMessage message(const Incident& incident, const QString& body, int sequence = 1,
                                   const QJsonObject& thread = {}, bool resolves = false,
                                   const QString& idempotencyKey = QStringLiteral("vigie-delivery-0001"));
    static ChannelConfig channel(const QString& type, const QVariantMap& settings);

    static LoopbackHttpServer::Reply reply(int status, const QByteArray& body,
                                           const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static QJsonObject body(const LoopbackHttpServer::Request& request);
    // The requests whose path (without query) is `path`, in order.
    static QList<LoopbackHttpServer::Request> requestsTo(const LoopbackHttpServer& server,
                                                         const QByteArray& path);
    // "METHOD path" of every request, in order.
    static QStringList lines(const LoopbackHttpServer& server);
};
