#include "publish/StatuspageAdapter.h"

#include "comms/GraphemeCounter.h"
#include "publish/HttpClient.h"
#include "publish/StatusApiErrors.h"
#include "publish/StatusApiRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kService = QStringLiteral("Statuspage");
const QString kDefaultBase = QStringLiteral("https://api.statuspage.io/v1");
const QString kSecret = QStringLiteral("api_key");
constexpr int kMaxNameChars = 255;
constexpr int kMaxBodyChars = 25'000;

QUrl pageUrl(const ChannelConfig& channel, const QString& rest)
{
    const QString page = QString::fromLatin1(
        QUrl::toPercentEncoding(channel.settings.value(QStringLiteral("page_id")).toString()));
    return StatusApiRequest::url(channel, QStringLiteral("api_base"), kDefaultBase,
                                 QStringLiteral("/pages/") + page + rest);
}

HttpRequest withKey(HttpRequest request, const QByteArray& key)
{
    request.setHeader("Authorization", "OAuth " + key);
    return request;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString StatuspageAdapter::statusFor(const Incident& incident, bool resolves)
{
    if (resolves || isClosedStatus(incident.status))
        return incident.isMaintenance() ? QStringLiteral("completed") : QStringLiteral("resolved");
    // Vigie's status keys are Statuspage's own words, for incidents and maintenances alike.
    return incidentStatusKey(incident.status);
}

QJsonObject StatuspageAdapter::componentStatuses(const Incident& incident, const QVariantMap& components,
                                                 bool resolves)
{
    QJsonObject statuses;
    for (const AffectedService& service : incident.affected) {
        const QString componentId = components.value(service.serviceName).toString();
        if (componentId.isEmpty())
            continue;
        statuses.insert(componentId, resolves ? QStringLiteral("operational") : impactKey(service.impact));
    }
    return statuses;
}

DeliveryOutcome StatuspageAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                           const Secrets& secrets, HttpClient& client)
{
    if (!secrets.has(kSecret) || secrets.value(kSecret).isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Statuspage API key (secret “%2”).").arg(channel.name, kSecret));
    if (channel.settings.value(QStringLiteral("page_id")).toString().isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Statuspage page id (setting “page_id”).").arg(channel.name));
    if (message.draft.body.size() > kMaxBodyChars)
        return DeliveryOutcome::failed(tr("The message is %1 characters long; Statuspage accepts %2.")
                                           .arg(message.draft.body.size())
                                           .arg(kMaxBodyChars));
    const QByteArray key = secrets.value(kSecret);
    const QString incidentId = message.thread.value(QLatin1String("incident_id")).toString();
    if (!incidentId.isEmpty())
        return update(message, channel, incidentId, key, client);
    if (auto adopted = adoptEarlierAttempt(message, channel, key, client))
        return *adopted;
    return create(message, channel, key, client);
}

DeliveryOutcome StatuspageAdapter::test(const ChannelConfig& channel, const Secrets& secrets,
                                        HttpClient& client)
{
    const QByteArray key = secrets.value(kSecret);
    if (key.isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Statuspage API key (secret “%2”).").arg(channel.name, kSecret));
    const HttpResponse response =
        client.send(withKey(StatusApiRequest::get(pageUrl(channel, {}), channel), key));
    if (auto error = StatusApiErrors::check(response, kService, tr("reading the page"), {key}))
        return *error;
    const QJsonObject page = StatusApiRequest::object(response);
    return DeliveryOutcome::sent(page.value(QLatin1String("id"))
                                     .toString(channel.settings.value(QStringLiteral("page_id")).toString()));
}

DeliveryOutcome StatuspageAdapter::create(const OutboundMessage& message, const ChannelConfig& channel,
                                          const QByteArray& key, HttpClient& client)
{
    const Incident& incident = message.incident;
    const QJsonObject components = componentStatuses(
        incident, channel.settings.value(QStringLiteral("components")).toMap(), message.resolves);
    QJsonObject fields{
        {QStringLiteral("name"), GraphemeCounter::left(incident.title, kMaxNameChars)},
        {QStringLiteral("status"), statusFor(incident, message.resolves)},
        {QStringLiteral("body"), message.draft.body},
        {QStringLiteral("components"), components},
        {QStringLiteral("component_ids"), QJsonArray::fromStringList(components.keys())},
        {QStringLiteral("metadata"), metadata(message, true)},
    };
    if (incident.isMaintenance() && incident.windowStartMs > 0 && incident.windowEndMs > 0) {
        fields.insert(QStringLiteral("scheduled_for"), isoUtc(incident.windowStartMs));
        fields.insert(QStringLiteral("scheduled_until"), isoUtc(incident.windowEndMs));
    }
    const HttpRequest request =
        withKey(StatusApiRequest::json("POST", pageUrl(channel, QStringLiteral("/incidents")),
                                       QJsonObject{{QStringLiteral("incident"), fields}}, channel),
                key);
    const HttpResponse response = client.send(request);
    if (auto error = StatusApiErrors::check(response, kService, tr("creating the incident"), {key}))
        return *error;
    const QJsonObject created = StatusApiRequest::object(response);
    if (created.value(QLatin1String("id")).toString().isEmpty())
        return DeliveryOutcome::retry(tr(
            "Statuspage answered the new incident without its id; checking the page before trying again."));
    return sentFor(created, message.thread);
}

DeliveryOutcome StatuspageAdapter::update(const OutboundMessage& message, const ChannelConfig& channel,
                                          const QString& incidentId, const QByteArray& key,
                                          HttpClient& client)
{
    const QJsonObject components = componentStatuses(
        message.incident, channel.settings.value(QStringLiteral("components")).toMap(), message.resolves);
    if (message.mayHaveBeenSent) {
        if (auto found = findEarlierUpdate(message, channel, incidentId, key, client))
            return *found;
    }
    QJsonObject fields{
        {QStringLiteral("status"), statusFor(message.incident, message.resolves)},
        {QStringLiteral("body"), message.draft.body},
        {QStringLiteral("metadata"), metadata(message, false)},
    };
    if (!components.isEmpty()) {
        fields.insert(QStringLiteral("components"), components);
        fields.insert(QStringLiteral("component_ids"), QJsonArray::fromStringList(components.keys()));
    }
    const QString path =
        QStringLiteral("/incidents/") + QString::fromLatin1(QUrl::toPercentEncoding(incidentId));
    const HttpRequest request =
        withKey(StatusApiRequest::json("PATCH", pageUrl(channel, path),
                                       QJsonObject{{QStringLiteral("incident"), fields}}, channel),
                key);
    const HttpResponse response = client.send(request);
    if (auto error =
            StatusApiErrors::check(response, kService, tr("updating incident %1").arg(incidentId), {key}))
        return *error;
    QJsonObject updated = StatusApiRequest::object(response);
    if (updated.value(QLatin1String("id")).toString().isEmpty())
        updated.insert(QStringLiteral("id"), incidentId);
    return sentFor(updated, message.thread);
}

std::optional<DeliveryOutcome> StatuspageAdapter::adoptEarlierAttempt(const OutboundMessage& message,
                                                                      const ChannelConfig& channel,
                                                                      const QByteArray& key,
                                                                      HttpClient& client)
{
    if (message.idempotencyKey.isEmpty())
        return std::nullopt;
    // A maintenance waiting for its window is not "unresolved" yet: look where it would be listed.
    const QStringList lists = message.incident.isMaintenance()
                                  ? QStringList{QStringLiteral("/incidents/upcoming"),
                                                QStringLiteral("/incidents/active_maintenance"),
                                                QStringLiteral("/incidents/unresolved")}
                                  : QStringList{QStringLiteral("/incidents/unresolved")};
    for (const QString& list : lists) {
        const HttpResponse response =
            client.send(withKey(StatusApiRequest::get(pageUrl(channel, list), channel), key));
        if (auto error = StatusApiErrors::check(
                response, kService, tr("checking for an incident an earlier attempt created"), {key}))
            return error; // never create blind: a duplicate incident is worse than a late one
        const QJsonArray incidents = QJsonDocument::fromJson(response.body).array();
        for (const QJsonValue& value : incidents) {
            const QJsonObject incident = value.toObject();
            const QString delivery = incident.value(QLatin1String("metadata"))
                                         .toObject()
                                         .value(QLatin1String("vigie"))
                                         .toObject()
                                         .value(QLatin1String("delivery"))
                                         .toString();
            if (delivery == message.idempotencyKey &&
                !incident.value(QLatin1String("id")).toString().isEmpty())
                return sentFor(incident, message.thread);
        }
    }
    return std::nullopt;
}

QJsonObject StatuspageAdapter::metadata(const OutboundMessage& message, bool creates)
{
    // Statuspage wants every top-level metadata value to be an object.
    QJsonObject vigie{{QStringLiteral("reference"), message.incident.reference},
                      {QStringLiteral("last_delivery"), message.idempotencyKey}};
    if (creates)
        vigie.insert(QStringLiteral("delivery"), message.idempotencyKey);
    return QJsonObject{{QStringLiteral("vigie"), vigie}};
}

std::optional<DeliveryOutcome> StatuspageAdapter::findEarlierUpdate(const OutboundMessage& message,
                                                                    const ChannelConfig& channel,
                                                                    const QString& incidentId,
                                                                    const QByteArray& key, HttpClient& client)
{
    const QString path =
        QStringLiteral("/incidents/") + QString::fromLatin1(QUrl::toPercentEncoding(incidentId));
    const HttpResponse response =
        client.send(withKey(StatusApiRequest::get(pageUrl(channel, path), channel), key));
    if (auto error = StatusApiErrors::check(
            response, kService, tr("checking whether an earlier attempt updated incident %1").arg(incidentId),
            {key}))
        return error; // never update blind: a repeated update is what this check is for
    const QJsonObject incident = StatusApiRequest::object(response);
    const QString last = incident.value(QLatin1String("metadata"))
                             .toObject()
                             .value(QLatin1String("vigie"))
                             .toObject()
                             .value(QLatin1String("last_delivery"))
                             .toString();
    // Updates of an incident go out one after another, so an update that got through is the newest (listed
    // first); the metadata says so directly where the page keeps it.
    const QJsonObject newest = incident.value(QLatin1String("incident_updates")).toArray().at(0).toObject();
    const bool sameUpdate =
        newest.value(QLatin1String("body")).toString().trimmed() == message.draft.body.trimmed() &&
        newest.value(QLatin1String("status")).toString() == statusFor(message.incident, message.resolves);
    if (last != message.idempotencyKey && !sameUpdate)
        return std::nullopt;
    QJsonObject found = incident;
    if (found.value(QLatin1String("id")).toString().isEmpty())
        found.insert(QStringLiteral("id"), incidentId);
    return sentFor(found, message.thread);
}

DeliveryOutcome StatuspageAdapter::sentFor(const QJsonObject& incident, const QJsonObject& thread)
{
    QJsonObject next = thread;
    const QString id = incident.value(QLatin1String("id")).toString();
    next.insert(QStringLiteral("incident_id"), id);
    const QString shortlink = incident.value(QLatin1String("shortlink")).toString();
    if (!shortlink.isEmpty())
        next.insert(QStringLiteral("shortlink"), shortlink);
    return DeliveryOutcome::sent(id, next);
}
