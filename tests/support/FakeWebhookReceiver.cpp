#include "FakeWebhookReceiver.h"

#include "StatusChannelFixtures.h"

#include <QJsonDocument>

using F = StatusChannelFixtures;

void FakeWebhookReceiver::serve(LoopbackHttpServer& server)
{
    server.setHandler(kPath, [this](const LoopbackHttpServer::Request& request) { return receive(request); });
}

QStringList FakeWebhookReceiver::texts() const
{
    QStringList out;
    for (const QJsonObject& body : accepted)
        out.append(body.value(QLatin1String("message")).toString());
    return out;
}

LoopbackHttpServer::Reply FakeWebhookReceiver::receive(const LoopbackHttpServer::Request& request)
{
    const auto refuse = [this](int status, const QString& why) {
        problems << why;
        return F::reply(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), why}}).toJson());
    };
    if (request.method != "POST")
        return refuse(405, QStringLiteral("%1 instead of POST").arg(QString::fromLatin1(request.method)));
    if (request.header("Authorization") != kAuthorization)
        return refuse(401, QStringLiteral("the Authorization header is missing or wrong"));
    if (!request.header("Content-Type").startsWith("application/json"))
        return refuse(400, QStringLiteral("the body is not declared as JSON"));
    const QByteArray key = request.header("Idempotency-Key");
    if (key.isEmpty())
        return refuse(400, QStringLiteral("no Idempotency-Key header"));
    if (const auto known = m_answers.constFind(key); known != m_answers.constEnd()) {
        ++replays;
        return F::reply(200, *known, {{"Content-Type", "application/json"}});
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refuse(400, QStringLiteral("the body is not a JSON object"));
    const QJsonObject body = document.object();
    for (const char* field : {"reference", "message", "idempotency_key"}) {
        if (body.value(QLatin1String(field)).toString().isEmpty())
            return refuse(400, QStringLiteral("the body has no “%1”").arg(QLatin1String(field)));
    }
    if (body.value(QLatin1String("idempotency_key")).toString().toUtf8() != key)
        return refuse(400, QStringLiteral("the body's idempotency_key differs from the header"));
    accepted.append(body);
    const QByteArray answer =
        QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("wh-%1").arg(accepted.size())}})
            .toJson(QJsonDocument::Compact);
    m_answers.insert(key, answer);
    return F::reply(200, answer, {{"Content-Type", "application/json"}});
}
