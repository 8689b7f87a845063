#include "FakeMastodonApi.h"

#include "StatusChannelFixtures.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using F = StatusChannelFixtures;

namespace {

LoopbackHttpServer::Reply json(int status, const QJsonObject& value)
{
    return F::reply(status, QJsonDocument(value).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json; charset=utf-8"}});
}

LoopbackHttpServer::Reply error(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

} // namespace

void FakeMastodonApi::serve(LoopbackHttpServer& server)
{
    server.setHandler("/api/v2/instance", [](const LoopbackHttpServer::Request&) {
        return json(
            200,
            QJsonObject{{QStringLiteral("domain"), QStringLiteral("mastodon.example")},
                        {QStringLiteral("configuration"),
                         QJsonObject{{QStringLiteral("statuses"),
                                      QJsonObject{{QStringLiteral("max_characters"), 500},
                                                  {QStringLiteral("characters_reserved_per_url"), 23}}}}}});
    });
    server.setHandler("/api/v1/accounts/verify_credentials", [this](const LoopbackHttpServer::Request& r) {
        if (r.header("Authorization") != "Bearer " + kToken) {
            problems << QStringLiteral("verify_credentials without the bearer token");
            return error(401, QStringLiteral("The access token is invalid"));
        }
        return json(200, QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                     {QStringLiteral("acct"), QStringLiteral("status")}});
    });
    server.setHandler("/api/v1/statuses",
                      [this](const LoopbackHttpServer::Request& request) { return post(request); });
}

QStringList FakeMastodonApi::texts() const
{
    QStringList out;
    for (const QJsonObject& status : statuses)
        out.append(status.value(QLatin1String("text")).toString());
    return out;
}

LoopbackHttpServer::Reply FakeMastodonApi::post(const LoopbackHttpServer::Request& request)
{
    static const QSet<QString> visibilities{QStringLiteral("public"), QStringLiteral("unlisted"),
                                            QStringLiteral("private"), QStringLiteral("direct")};
    if (request.method != "POST") {
        problems << QStringLiteral("%1 /api/v1/statuses").arg(QString::fromLatin1(request.method));
        return error(404, QStringLiteral("Record not found"));
    }
    if (request.header("Authorization") != "Bearer " + kToken) {
        problems << QStringLiteral("POST /api/v1/statuses without the bearer token");
        return error(401, QStringLiteral("The access token is invalid"));
    }
    // The key is looked up before anything else is checked, as PostStatusService does.
    const QByteArray key = request.header("Idempotency-Key");
    if (!key.isEmpty()) {
        if (const auto known = m_byKey.constFind(key); known != m_byKey.constEnd()) {
            ++replays;
            QJsonObject answer = statuses.at(*known);
            answer.remove(QStringLiteral("text"));
            return json(200, answer);
        }
    }
    if (!request.header("Content-Type").startsWith("application/json")) {
        problems << QStringLiteral("POST /api/v1/statuses: the body is not JSON");
        return error(422, QStringLiteral("Validation failed: Text can't be blank"));
    }
    const QJsonObject body = F::body(request);
    const QString text = body.value(QLatin1String("status")).toString();
    if (text.trimmed().isEmpty()) {
        problems << QStringLiteral("POST /api/v1/statuses without a status");
        return error(422, QStringLiteral("Validation failed: Text can't be blank"));
    }
    const QJsonValue visibility = body.value(QLatin1String("visibility"));
    if (!visibility.isUndefined() && !visibilities.contains(visibility.toString())) {
        problems << QStringLiteral("POST /api/v1/statuses: visibility “%1”").arg(visibility.toString());
        return error(422, QStringLiteral("Validation failed: Visibility is not included in the list"));
    }
    const QString replyTo = body.value(QLatin1String("in_reply_to_id")).toString();
    if (!replyTo.isEmpty()) {
        const bool exists = std::any_of(statuses.cbegin(), statuses.cend(), [&](const QJsonObject& status) {
            return status.value(QLatin1String("id")).toString() == replyTo;
        });
        if (!exists) {
            problems << QStringLiteral("POST /api/v1/statuses: reply to an unknown status %1").arg(replyTo);
            return error(404, QStringLiteral("Record not found"));
        }
    }
    const QString id = QString::number(110'000'000'000'000'000LL + statuses.size() + 1);
    const QJsonObject status{
        {QStringLiteral("id"), id},
        {QStringLiteral("uri"),
         QString(QStringLiteral("https://mastodon.example/users/status/statuses/") + id)},
        {QStringLiteral("url"), QString(QStringLiteral("https://mastodon.example/@status/") + id)},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
        {QStringLiteral("content"),
         QString(QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>"))},
        {QStringLiteral("visibility"), visibility.toString(QStringLiteral("public"))},
        {QStringLiteral("in_reply_to_id"), replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo)},
        {QStringLiteral("text"), text}};
    statuses.append(status);
    if (!key.isEmpty())
        m_byKey.insert(key, int(statuses.size() - 1));
    QJsonObject answer = status;
    answer.remove(QStringLiteral("text"));
    return json(200, answer);
}
