#include "publish/BlueskySessions.h"

#include "publish/HttpClient.h"
#include "publish/StatusApiErrors.h"
#include "publish/StatusApiRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kService = QStringLiteral("Bluesky");

} // namespace

QString BlueskySessions::pds(const ChannelConfig& channel)
{
    return StatusApiRequest::url(channel, QStringLiteral("pds"), QStringLiteral("https://bsky.social"), {})
        .toString();
}

QString BlueskySessions::identifier(const ChannelConfig& channel)
{
    return channel.settings.value(QStringLiteral("identifier")).toString().trimmed();
}

QString BlueskySessions::cacheKey(const ChannelConfig& channel)
{
    return pds(channel) + QLatin1Char('|') + identifier(channel);
}

BlueskySessions::Result BlueskySessions::current(const ChannelConfig& channel, const QByteArray& password,
                                                 HttpClient& client)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto known = m_sessions.constFind(cacheKey(channel)); known != m_sessions.constEnd())
            return Result{*known, {}};
    }
    return create(channel, password, client);
}

BlueskySessions::Result BlueskySessions::create(const ChannelConfig& channel, const QByteArray& password,
                                                HttpClient& client)
{
    const QString key = cacheKey(channel);
    {
        QMutexLocker lock(&m_mutex);
        m_sessions.remove(key);
    }
    const QJsonObject body{{QStringLiteral("identifier"), identifier(channel)},
                           {QStringLiteral("password"), QString::fromUtf8(password)}};
    const HttpResponse response = client.send(StatusApiRequest::json(
        "POST",
        StatusApiRequest::url(channel, QStringLiteral("pds"), QStringLiteral("https://bsky.social"),
                              QStringLiteral("/xrpc/com.atproto.server.createSession")),
        body, channel));
    if (auto error = StatusApiErrors::check(
            response, kService, tr("signing in as %1 with the app password").arg(identifier(channel)),
            {password}))
        return Result{std::nullopt, *error};
    return adopt(key, response.body);
}

BlueskySessions::Result BlueskySessions::refresh(const ChannelConfig& channel, const QByteArray& password,
                                                 HttpClient& client)
{
    const QString key = cacheKey(channel);
    QByteArray refreshJwt;
    {
        QMutexLocker lock(&m_mutex);
        refreshJwt = m_sessions.value(key).refreshJwt;
    }
    if (refreshJwt.isEmpty())
        return create(channel, password, client);
    HttpRequest request;
    request.method = "POST";
    request.url = StatusApiRequest::url(channel, QStringLiteral("pds"), QStringLiteral("https://bsky.social"),
                                        QStringLiteral("/xrpc/com.atproto.server.refreshSession"));
    request.timeoutMs = StatusApiRequest::timeoutMs(channel);
    request.setHeader("Accept", "application/json");
    request.setHeader("Authorization", "Bearer " + refreshJwt);
    const HttpResponse response = client.send(request);
    if (response.status >= 400 && response.status < 500 && response.status != 429)
        return create(channel, password, client); // ExpiredToken, InvalidToken: sign in again, once
    if (auto error =
            StatusApiErrors::check(response, kService, tr("refreshing the session"), {password, refreshJwt}))
        return Result{std::nullopt, *error};
    return adopt(key, response.body);
}

BlueskySessions::Result BlueskySessions::adopt(const QString& key, const QByteArray& answer)
{
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    Session session{object.value(QLatin1String("accessJwt")).toString().toUtf8(),
                    object.value(QLatin1String("refreshJwt")).toString().toUtf8(),
                    object.value(QLatin1String("did")).toString(),
                    object.value(QLatin1String("handle")).toString()};
    if (session.accessJwt.isEmpty() || session.did.isEmpty())
        return Result{std::nullopt,
                      DeliveryOutcome::retry(
                          tr("Bluesky answered the sign-in without a session; trying again later."))};
    QMutexLocker lock(&m_mutex);
    m_sessions.insert(key, session);
    return Result{session, {}};
}
