#include "publish/MastodonAdapter.h"

#include "comms/GraphemeCounter.h"
#include "publish/HttpClient.h"
#include "publish/LinkFinder.h"
#include "publish/StatusApiErrors.h"
#include "publish/StatusApiRequest.h"

#include <QJsonObject>

namespace {

const QString kService = QStringLiteral("Mastodon");
const QString kSecret = QStringLiteral("access_token");

HttpRequest withToken(HttpRequest request, const QByteArray& token)
{
    request.setHeader("Authorization", "Bearer " + token);
    return request;
}

QUrl apiUrl(const ChannelConfig& channel, const QString& path)
{
    return StatusApiRequest::url(channel, QStringLiteral("instance"), QString(), path);
}

} // namespace

int MastodonAdapter::length(const QString& text, const Limits& limits)
{
    QString counted;
    qsizetype from = 0;
    for (const LinkFinder::Link& link : LinkFinder::find(text)) {
        counted += text.mid(from, link.start - from);
        counted += QString(limits.charactersPerUrl, QLatin1Char('x'));
        from = link.start + link.length;
    }
    counted += text.mid(from);
    return GraphemeCounter::count(counted);
}

MastodonAdapter::Limits MastodonAdapter::limitsFor(const ChannelConfig& channel, const QByteArray& token,
                                                   HttpClient& client)
{
    const QString instance = apiUrl(channel, {}).toString();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto known = m_limits.constFind(instance); known != m_limits.constEnd())
            return *known;
    }
    const HttpResponse response = client.send(withToken(
        StatusApiRequest::get(apiUrl(channel, QStringLiteral("/api/v2/instance")), channel), token));
    Limits limits;
    if (response.status != 200)
        return limits; // not remembered: the next delivery asks again
    const QJsonObject statuses = StatusApiRequest::object(response)
                                     .value(QLatin1String("configuration"))
                                     .toObject()
                                     .value(QLatin1String("statuses"))
                                     .toObject();
    limits.maxCharacters = statuses.value(QLatin1String("max_characters")).toInt(limits.maxCharacters);
    limits.charactersPerUrl =
        statuses.value(QLatin1String("characters_reserved_per_url")).toInt(limits.charactersPerUrl);
    QMutexLocker lock(&m_mutex);
    m_limits.insert(instance, limits);
    return limits;
}

DeliveryOutcome MastodonAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                         const Secrets& secrets, HttpClient& client)
{
    const QByteArray token = secrets.value(kSecret);
    if (token.isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Mastodon access token (secret “%2”).").arg(channel.name, kSecret));
    if (channel.settings.value(QStringLiteral("instance")).toString().isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Mastodon instance (setting “instance”).").arg(channel.name));
    const QString text = message.draft.body;
    if (text.trimmed().isEmpty())
        return DeliveryOutcome::failed(tr("The message is empty; Mastodon needs some text."));
    const Limits limits = limitsFor(channel, token, client);
    const int used = length(text, limits);
    if (used > limits.maxCharacters)
        return DeliveryOutcome::failed(tr("The message counts %1 characters on Mastodon (each link counts as "
                                          "%2); this instance allows %3. "
                                          "Shorten it and approve it again.")
                                           .arg(used)
                                           .arg(limits.charactersPerUrl)
                                           .arg(limits.maxCharacters));

    QJsonObject body{
        {QStringLiteral("status"), text},
        {QStringLiteral("visibility"),
         channel.settings.value(QStringLiteral("visibility"), QStringLiteral("public")).toString()},
    };
    const QString language =
        channel.settings.value(QStringLiteral("language"), message.draft.language).toString();
    if (!language.isEmpty())
        body.insert(QStringLiteral("language"), language);
    const QString previous = message.thread.value(QLatin1String("last_id")).toString();
    if (!previous.isEmpty())
        body.insert(QStringLiteral("in_reply_to_id"), previous);
    HttpRequest request = withToken(
        StatusApiRequest::json("POST", apiUrl(channel, QStringLiteral("/api/v1/statuses")), body, channel),
        token);
    request.setHeader("Idempotency-Key", message.idempotencyKey.toUtf8());
    const HttpResponse response = client.send(request);
    if (auto error = StatusApiErrors::check(response, kService, tr("posting the status"), {token}))
        return *error;
    const QJsonObject status = StatusApiRequest::object(response);
    const QString id = status.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return DeliveryOutcome::retry(
            tr("Mastodon answered without the new status's id; asking again with the "
               "same idempotency key."));
    QJsonObject thread = message.thread;
    if (!thread.contains(QLatin1String("first_id"))) {
        thread.insert(QStringLiteral("first_id"), id);
        thread.insert(QStringLiteral("first_url"), status.value(QLatin1String("url")).toString());
    }
    thread.insert(QStringLiteral("last_id"), id);
    thread.insert(QStringLiteral("last_url"), status.value(QLatin1String("url")).toString());
    return DeliveryOutcome::sent(id, thread);
}

DeliveryOutcome MastodonAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                      HttpClient& client)
{
    const QByteArray token = secrets.value(kSecret);
    if (token.isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Mastodon access token (secret “%2”).").arg(channel.name, kSecret));
    const HttpResponse response = client.send(
        withToken(StatusApiRequest::get(
                      apiUrl(channel, QStringLiteral("/api/v1/accounts/verify_credentials")), channel),
                  token));
    if (auto error = StatusApiErrors::check(response, kService, tr("checking the access token"), {token}))
        return *error;
    return DeliveryOutcome::sent(StatusApiRequest::object(response).value(QLatin1String("acct")).toString());
}
