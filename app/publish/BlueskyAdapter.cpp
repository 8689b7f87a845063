#include "publish/BlueskyAdapter.h"

#include "comms/GraphemeCounter.h"
#include "publish/HttpClient.h"
#include "publish/LinkFinder.h"
#include "publish/StatusApiErrors.h"
#include "publish/StatusApiRequest.h"
#include "time/Clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

const QString kService = QStringLiteral("Bluesky");
const QString kSecret = QStringLiteral("app_password");
const QString kCollection = QStringLiteral("app.bsky.feed.post");

QUrl xrpc(const ChannelConfig& channel, const QString& method)
{
    return StatusApiRequest::url(channel, QStringLiteral("pds"), QStringLiteral("https://bsky.social"),
                                 QStringLiteral("/xrpc/") + method);
}

HttpRequest withSession(HttpRequest request, const BlueskySessions::Session& session)
{
    request.setHeader("Authorization", "Bearer " + session.accessJwt);
    return request;
}

QJsonObject strongRef(const QJsonObject& thread, const QString& prefix)
{
    return QJsonObject{{QStringLiteral("uri"), thread.value(prefix + QLatin1String("_uri")).toString()},
                       {QStringLiteral("cid"), thread.value(prefix + QLatin1String("_cid")).toString()}};
}

} // namespace

QString BlueskyAdapter::recordKey(const QString& idempotencyKey, qint64 approvedAtMs)
{
    static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    const QByteArray hash = QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256);
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | quint8(hash.at(i));
    // Microseconds of the approval, the sub-millisecond part and the clock id taken from the key's hash.
    const quint64 micros =
        (quint64(std::max<qint64>(0, approvedAtMs)) * 1000 + h % 1000) & ((1ULL << 53) - 1);
    const quint64 value = (micros << 10) | ((h >> 20) & 0x3FF);
    QString key;
    for (int shift = 60; shift >= 0; shift -= 5)
        key += QLatin1Char(alphabet[(value >> shift) & 31]);
    return key;
}

QJsonArray BlueskyAdapter::linkFacets(const QString& text)
{
    QJsonArray facets;
    for (const LinkFinder::Link& link : LinkFinder::find(text)) {
        const qsizetype byteStart = text.left(link.start).toUtf8().size();
        const qsizetype byteEnd = byteStart + link.url.toUtf8().size();
        facets.append(QJsonObject{
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("byteStart"), byteStart}, {QStringLiteral("byteEnd"), byteEnd}}},
            {QStringLiteral("features"),
             QJsonArray{QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")},
                                    {QStringLiteral("uri"), link.url}}}},
        });
    }
    return facets;
}

QJsonObject BlueskyAdapter::record(const OutboundMessage& message, const ChannelConfig& channel) const
{
    const QString text = message.draft.body;
    QJsonObject post{
        {QStringLiteral("$type"), kCollection},
        {QStringLiteral("text"), text},
        {QStringLiteral("createdAt"),
         QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    const QString language =
        channel.settings.value(QStringLiteral("language"), message.draft.language).toString();
    if (!language.isEmpty())
        post.insert(QStringLiteral("langs"), QJsonArray{language});
    const QJsonArray facets = linkFacets(text);
    if (!facets.isEmpty())
        post.insert(QStringLiteral("facets"), facets);
    if (!message.thread.value(QLatin1String("root_uri")).toString().isEmpty()) {
        post.insert(
            QStringLiteral("reply"),
            QJsonObject{{QStringLiteral("root"), strongRef(message.thread, QStringLiteral("root"))},
                        {QStringLiteral("parent"), strongRef(message.thread, QStringLiteral("last"))}});
    }
    return post;
}

DeliveryOutcome BlueskyAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                        const Secrets& secrets, HttpClient& client)
{
    const QByteArray password = secrets.value(kSecret);
    if (password.isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Bluesky app password (secret “%2”).").arg(channel.name, kSecret));
    if (BlueskySessions::identifier(channel).isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Bluesky account (setting “identifier”).").arg(channel.name));
    const QString text = message.draft.body;
    if (text.trimmed().isEmpty())
        return DeliveryOutcome::failed(tr("The message is empty; Bluesky needs some text."));
    if (const int graphemes = GraphemeCounter::count(text); graphemes > kMaxGraphemes)
        return DeliveryOutcome::failed(
            tr("The message counts %1 characters; Bluesky allows %2. Shorten it and "
               "approve it again.")
                .arg(graphemes)
                .arg(kMaxGraphemes));
    if (const qsizetype bytes = text.toUtf8().size(); bytes > kMaxBytes)
        return DeliveryOutcome::failed(
            tr("The message takes %1 bytes; Bluesky allows %2. Shorten it and approve it again.")
                .arg(bytes)
                .arg(kMaxBytes));

    BlueskySessions::Result signedIn = m_sessions.current(channel, password, client);
    if (!signedIn.session)
        return signedIn.failure;
    const qint64 approvedAt =
        message.draft.approvedAtMs > 0 ? message.draft.approvedAtMs : message.draft.createdAtMs;
    const QString rkey = recordKey(message.idempotencyKey, approvedAt);
    const QJsonObject post = record(message, channel);
    HttpResponse response;
    // At most one new session per delivery: an expired access token is refreshed, a refused one replaced.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QJsonObject body{{QStringLiteral("repo"), signedIn.session->did},
                               {QStringLiteral("collection"), kCollection},
                               {QStringLiteral("rkey"), rkey},
                               {QStringLiteral("record"), post}};
        response = client.send(withSession(
            StatusApiRequest::json("POST", xrpc(channel, QStringLiteral("com.atproto.repo.createRecord")),
                                   body, channel),
            *signedIn.session));
        const QString error = StatusApiErrors::errorName(response.body);
        const bool expired = error == QLatin1String("ExpiredToken");
        const bool refused = error == QLatin1String("InvalidToken") || (response.status == 401 && !expired);
        if (attempt > 0 || !(expired || refused))
            break;
        signedIn = expired ? m_sessions.refresh(channel, password, client)
                           : m_sessions.create(channel, password, client);
        if (!signedIn.session)
            return signedIn.failure;
    }
    const QList<QByteArray> hidden{password, signedIn.session->accessJwt, signedIn.session->refreshJwt};
    if (response.status == 400 || response.status == 409) {
        // The record key is taken: an earlier attempt of this delivery got through before its answer was
        // lost.
        if (auto confirmed = confirmEarlierAttempt(message, channel, *signedIn.session, rkey, client))
            return *confirmed;
    }
    if (auto error = StatusApiErrors::check(response, kService, tr("posting"), hidden))
        return *error;
    return sentFor(StatusApiRequest::object(response), message.thread);
}

std::optional<DeliveryOutcome> BlueskyAdapter::confirmEarlierAttempt(const OutboundMessage& message,
                                                                     const ChannelConfig& channel,
                                                                     const BlueskySessions::Session& session,
                                                                     const QString& rkey, HttpClient& client)
{
    QUrl url = xrpc(channel, QStringLiteral("com.atproto.repo.getRecord"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("repo"), session.did);
    query.addQueryItem(QStringLiteral("collection"), kCollection);
    query.addQueryItem(QStringLiteral("rkey"), rkey);
    url.setQuery(query);
    const HttpResponse response = client.send(withSession(StatusApiRequest::get(url, channel), session));
    if (response.status != 200)
        return std::nullopt;
    const QJsonObject found = StatusApiRequest::object(response);
    if (found.value(QLatin1String("cid")).toString().isEmpty())
        return std::nullopt;
    return sentFor(found, message.thread);
}

DeliveryOutcome BlueskyAdapter::sentFor(const QJsonObject& answer, const QJsonObject& thread)
{
    const QString uri = answer.value(QLatin1String("uri")).toString();
    const QString cid = answer.value(QLatin1String("cid")).toString();
    if (uri.isEmpty() || cid.isEmpty())
        return DeliveryOutcome::retry(tr("Bluesky answered the post without its address; checking again."));
    QJsonObject next = thread;
    if (next.value(QLatin1String("root_uri")).toString().isEmpty()) {
        next.insert(QStringLiteral("root_uri"), uri);
        next.insert(QStringLiteral("root_cid"), cid);
    }
    next.insert(QStringLiteral("last_uri"), uri);
    next.insert(QStringLiteral("last_cid"), cid);
    return DeliveryOutcome::sent(uri, next);
}

DeliveryOutcome BlueskyAdapter::test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client)
{
    const QByteArray password = secrets.value(kSecret);
    if (password.isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Bluesky app password (secret “%2”).").arg(channel.name, kSecret));
    const BlueskySessions::Result signedIn = m_sessions.create(channel, password, client);
    if (!signedIn.session)
        return signedIn.failure;
    return DeliveryOutcome::sent(signedIn.session->did);
}
