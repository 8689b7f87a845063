#include "publish/CachetAdapter.h"

#include "comms/GraphemeCounter.h"
#include "publish/AttemptJournal.h"
#include "publish/HttpClient.h"
#include "publish/StatusApiErrors.h"
#include "publish/StatusApiRequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

const QString kService = QStringLiteral("Cachet");
const QString kSecret = QStringLiteral("api_token");
constexpr int kMaxNameChars = 255;

QString prefix(int version)
{
    return version == 3 ? QStringLiteral("/api") : QStringLiteral("/api/v1");
}

QUrl apiUrl(const ChannelConfig& channel, int version, const QString& path)
{
    return StatusApiRequest::url(channel, QStringLiteral("api_base"), QString(), prefix(version) + path);
}

HttpRequest withToken(HttpRequest request, int version, const QByteArray& token)
{
    if (version == 3)
        request.setHeader("Authorization", "Bearer " + token);
    else
        request.setHeader("X-Cachet-Token", token);
    return request;
}

QString idText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

// 2.x keeps `data.id`; 3.x is JSON:API, whose `data.id` is a string and `data.attributes.id` the number.
QString incidentIdFrom(const QJsonObject& answer, int version)
{
    const QJsonObject data = answer.value(QLatin1String("data")).toObject();
    if (version == 3) {
        const QString id =
            idText(data.value(QLatin1String("attributes")).toObject().value(QLatin1String("id")));
        if (!id.isEmpty())
            return id;
    }
    return idText(data.value(QLatin1String("id")));
}

} // namespace

QString CachetAdapter::type() const
{
    return m_version == 0 ? QStringLiteral("cachet") : QStringLiteral("cachet%1").arg(m_version);
}

int CachetAdapter::versionFor(const ChannelConfig& channel) const
{
    if (m_version != 0)
        return m_version;
    return channel.settings.value(QStringLiteral("version"), 2).toInt();
}

int CachetAdapter::incidentStatusCode(const Incident& incident, bool resolves, bool forUpdate)
{
    if (resolves || isClosedStatus(incident.status))
        return 4;
    switch (incident.status) {
    case IncidentStatus::Investigating:
        return 1;
    case IncidentStatus::Identified:
    case IncidentStatus::InProgress: // the work is under way, as when a cause is known
        return 2;
    case IncidentStatus::Monitoring:
    case IncidentStatus::Verifying:
        return 3;
    case IncidentStatus::Scheduled:
        return forUpdate ? 1 : 0;
    case IncidentStatus::Resolved:
    case IncidentStatus::Completed:
        return 4;
    }
    return 1;
}

int CachetAdapter::componentStatusCode(int version, Impact impact, bool resolves)
{
    if (resolves)
        return 1;
    switch (impact) {
    case Impact::DegradedPerformance:
        return 2;
    case Impact::PartialOutage:
        return 3;
    case Impact::MajorOutage:
        return 4;
    case Impact::UnderMaintenance:
        return version == 3 ? 6 : 2;
    }
    return 4;
}

QList<QPair<int, int>> CachetAdapter::componentStatuses(int version, const Incident& incident,
                                                        const QVariantMap& components, bool resolves)
{
    QList<QPair<int, int>> statuses;
    for (const AffectedService& service : incident.affected) {
        bool ok = false;
        const int id = components.value(service.serviceName).toInt(&ok);
        if (ok && id > 0)
            statuses.append({id, componentStatusCode(version, service.impact, resolves)});
    }
    return statuses;
}

struct CachetAdapter::Api
{
    const ChannelConfig& channel;
    int version;
    QByteArray token;
    HttpClient& client;

    HttpResponse send(const QByteArray& method, const QString& path, const QJsonObject& body = {}) const
    {
        const QUrl url = apiUrl(channel, version, path);
        return client.send(withToken(method == "GET" ? StatusApiRequest::get(url, channel)
                                                     : StatusApiRequest::json(method, url, body, channel),
                                     version, token));
    }
};

std::optional<DeliveryOutcome> CachetAdapter::findEarlierIncident(const Api& api, const QString& name,
                                                                  const QString& text, QString* found)
{
    // Newest first: 2.x sorts with sort + order, 3.x with a JSON:API sort.
    const QString path = api.version == 3 ? QStringLiteral("/incidents?sort=-id&per_page=25")
                                          : QStringLiteral("/incidents?sort=id&order=desc&per_page=25");
    const HttpResponse response = api.send("GET", path);
    if (auto error = StatusApiErrors::check(
            response, kService, tr("checking for an incident an earlier attempt created"), {api.token}))
        return error; // never create blind: a duplicate incident is worse than a late one
    for (const QJsonValue& value :
         StatusApiRequest::object(response).value(QLatin1String("data")).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject fields =
            api.version == 3 ? item.value(QLatin1String("attributes")).toObject() : item;
        if (fields.value(QLatin1String("name")).toString() == name &&
            fields.value(QLatin1String("message")).toString().trimmed() == text.trimmed()) {
            *found = incidentIdFrom(QJsonObject{{QStringLiteral("data"), item}}, api.version);
            if (!found->isEmpty())
                return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<DeliveryOutcome> CachetAdapter::findEarlierUpdate(const Api& api, const QString& incidentId,
                                                                const QString& text, bool* found)
{
    // Messages of an incident go out one after another, so an update that got through is its newest.
    const QString path =
        QStringLiteral("/incidents/%1/updates").arg(incidentId) +
        (api.version == 3 ? QStringLiteral("?sort=-created_at&per_page=20") : QStringLiteral("?per_page=20"));
    const HttpResponse response = api.send("GET", path);
    if (auto error = StatusApiErrors::check(
            response, kService, tr("checking for an update an earlier attempt posted"), {api.token}))
        return error;
    qint64 newestId = -1;
    QString newestText;
    for (const QJsonValue& value :
         StatusApiRequest::object(response).value(QLatin1String("data")).toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject fields =
            api.version == 3 ? item.value(QLatin1String("attributes")).toObject() : item;
        const qint64 id = idText(fields.value(QLatin1String("id"))).toLongLong();
        if (id > newestId) {
            newestId = id;
            newestText = fields.value(QLatin1String("message")).toString();
        }
    }
    *found = newestId >= 0 && newestText.trimmed() == text.trimmed();
    return std::nullopt;
}

DeliveryOutcome CachetAdapter::deliver(const OutboundMessage& message, const ChannelConfig& channel,
                                       const Secrets& secrets, HttpClient& client)
{
    const int version = versionFor(channel);
    if (version != 2 && version != 3)
        return DeliveryOutcome::failed(
            tr("The channel “%1” names Cachet version %2; Vigie speaks to versions 2 and 3.")
                .arg(channel.name)
                .arg(version));
    const QByteArray token = secrets.value(kSecret);
    if (token.isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Cachet API token (secret “%2”).").arg(channel.name, kSecret));
    if (channel.settings.value(QStringLiteral("api_base")).toString().isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Cachet address (setting “api_base”).").arg(channel.name));

    const Api api{channel, version, token, client};
    const QList<QPair<int, int>> components =
        componentStatuses(version, message.incident,
                          channel.settings.value(QStringLiteral("components")).toMap(), message.resolves);
    const QString name = GraphemeCounter::left(message.incident.title, kMaxNameChars);
    QString incidentId = message.thread.value(QLatin1String("incident_id")).toString();
    const bool creates = incidentId.isEmpty();
    // The attempt a crash interrupted noted that Cachet took the message (and the incident's id): only the
    // component statuses may be missing.
    const bool posted =
        message.progress.value(QLatin1String("posted")).toString() == message.idempotencyKey &&
        (!creates || !message.progress.value(QLatin1String("incident_id")).toString().isEmpty());
    qsizetype firstComponentToPut = 0;
    if (posted) {
        if (creates)
            incidentId = message.progress.value(QLatin1String("incident_id")).toString();
    } else if (creates) {
        if (message.mayHaveBeenSent) {
            if (auto error = findEarlierIncident(api, name, message.draft.body, &incidentId))
                return *error;
        }
        if (incidentId.isEmpty()) {
            QJsonObject body{
                {QStringLiteral("name"), name},
                {QStringLiteral("status"), incidentStatusCode(message.incident, message.resolves, false)},
                {QStringLiteral("message"), message.draft.body},
                {QStringLiteral("visible"), channel.settings.value(QStringLiteral("visible"), true).toBool()},
            };
            if (!components.isEmpty()) {
                body.insert(QStringLiteral("component_id"), components.first().first);
                body.insert(QStringLiteral("component_status"), components.first().second);
                firstComponentToPut = 1; // set by the create itself
            }
            const HttpResponse response = api.send("POST", QStringLiteral("/incidents"), body);
            if (auto error = StatusApiErrors::check(response, kService, tr("creating the incident"), {token}))
                return *error;
            incidentId = incidentIdFrom(StatusApiRequest::object(response), version);
            if (incidentId.isEmpty())
                return DeliveryOutcome::failed(tr(
                    "Cachet created the incident but did not say its id; later updates cannot follow it."));
        }
    } else {
        bool found = false;
        if (message.mayHaveBeenSent) {
            if (auto error = findEarlierUpdate(api, incidentId, message.draft.body, &found))
                return *error;
        }
        if (!found) {
            const QJsonObject body{
                {QStringLiteral("status"), incidentStatusCode(message.incident, message.resolves, true)},
                {QStringLiteral("message"), message.draft.body},
            };
            const HttpResponse response =
                api.send("POST", QStringLiteral("/incidents/%1/updates").arg(incidentId), body);
            if (auto error = StatusApiErrors::check(response, kService,
                                                    tr("updating incident %1").arg(incidentId), {token}))
                return *error;
        }
    }
    if (!posted && message.journal)
        message.journal->note(QJsonObject{{QStringLiteral("posted"), message.idempotencyKey},
                                          {QStringLiteral("incident_id"), incidentId}});

    QJsonObject thread = message.thread;
    thread.insert(QStringLiteral("incident_id"), incidentId);
    DeliveryOutcome outcome = DeliveryOutcome::sent(incidentId, thread);
    // The message is out: a component that could not be set must not make the outbox post it twice.
    QStringList missed;
    for (qsizetype i = firstComponentToPut; i < components.size(); ++i) {
        const auto [componentId, code] = components.at(i);
        const HttpResponse response = api.send("PUT", QStringLiteral("/components/%1").arg(componentId),
                                               QJsonObject{{QStringLiteral("status"), code}});
        if (auto error = StatusApiErrors::check(response, kService,
                                                tr("setting component %1").arg(componentId), {token}))
            missed << error->message;
    }
    if (!missed.isEmpty())
        outcome.message = tr("Published, but some component statuses were not set: %1")
                              .arg(missed.join(QLatin1String(" ")));
    return outcome;
}

DeliveryOutcome CachetAdapter::test(const ChannelConfig& channel, const Secrets& secrets, HttpClient& client)
{
    const int version = versionFor(channel);
    const QByteArray token = secrets.value(kSecret);
    if (token.isEmpty())
        return DeliveryOutcome::failed(
            tr("The channel “%1” has no Cachet API token (secret “%2”).").arg(channel.name, kSecret));
    // Cachet has no read that requires the token (2.x GETs are public; 3.x only when the API is protected):
    // this proves the address and the version; the token is proven by the first write.
    const QString path = version == 3 ? QStringLiteral("/components?per_page=1") : QStringLiteral("/ping");
    const HttpResponse response = client.send(
        withToken(StatusApiRequest::get(apiUrl(channel, version, path), channel), version, token));
    if (auto error = StatusApiErrors::check(response, kService, tr("checking the API"), {token}))
        return *error;
    return DeliveryOutcome::sent(channel.settings.value(QStringLiteral("api_base")).toString());
}
