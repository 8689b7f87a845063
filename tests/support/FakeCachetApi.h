#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Cachet 3.x's API (cachethq/core) as far as Vigie uses it, served on a LoopbackHttpServer under /api:
// create, list (sort=-id, per_page) and read incidents, post and list an incident's updates
// (sort=-created_at), and set component statuses, answering JSON:API documents. Writes need
// `Authorization: Bearer <token>`; bodies are checked against the request data classes (name, status codes,
// message, component_id with component_status); a request that breaks the contract is answered 401/404/422
// as Laravel would and noted in `problems`.
class FakeCachetApi
{
public:
    static inline const QByteArray kToken = QByteArrayLiteral("cachet-contract-token-7e21");

    struct Incident
    {
        int id = 0;
        QString name;
        QString message;
        int status = 0;
        QList<QJsonObject> updates; // attributes: id, message, status
    };

    QList<Incident> incidents;
    QHash<int, int> componentStatuses; // component id -> status code
    QStringList problems;

    void serve(LoopbackHttpServer& server);
    // The text of every incident and every update: what the status page shows.
    QStringList texts() const;

private:
    LoopbackHttpServer::Reply handle(const LoopbackHttpServer::Request& request);
    LoopbackHttpServer::Reply createIncident(const QJsonObject& body, const QString& what);
    LoopbackHttpServer::Reply createUpdate(int at, const QJsonObject& body, const QString& what);
    LoopbackHttpServer::Reply invalid(const QString& what, const QString& field, const QString& message);
    static QJsonObject resource(const Incident& incident);
    int find(int id) const;

    int m_nextUpdateId = 1;
};
