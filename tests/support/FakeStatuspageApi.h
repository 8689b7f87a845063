#pragma once

#include "LoopbackHttpServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Atlassian Statuspage's manage API (v1) for one page, as far as Vigie uses it, served on a
// LoopbackHttpServer under /v1/pages/{page}: create and PATCH incidents (each body becomes an incident
// update, newest first; metadata merged by top-level key), read one incident, and the unresolved / upcoming /
// active_maintenance lists. Every request is checked against the documented shape (method, path,
// `Authorization: OAuth <key>`, JSON body fields and their values); a request that breaks it is answered
// 401/422/404 as the API would and noted in `problems`.
class FakeStatuspageApi
{
public:
    static inline const QByteArray kKey = QByteArrayLiteral("sp-contract-key-41d9");
    static inline const QString kPage = QStringLiteral("pg1");

    QList<QJsonObject> incidents; // in creation order, as the API returns them
    QStringList problems;         // requests that broke the contract

    // Installs the handler (the server's fallback); the fake must outlive the server's requests.
    void serve(LoopbackHttpServer& server);
    // Every incident update's body, over all incidents: what subscribers were told.
    QStringList texts() const;

private:
    LoopbackHttpServer::Reply handle(const LoopbackHttpServer::Request& request);
    LoopbackHttpServer::Reply write(const LoopbackHttpServer::Request& request, const QString& incidentId);
    QString check(const QJsonObject& fields, bool creates) const; // empty, or what is wrong
    int find(const QString& id) const;
    LoopbackHttpServer::Reply list(bool (*keep)(const QString& status)) const;

    int m_nextId = 1;
};
