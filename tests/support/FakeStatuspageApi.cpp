#include "FakeStatuspageApi.h"

#include "StatusChannelFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using F = StatusChannelFixtures;

namespace {

const QSet<QString> kIncidentStatuses{QStringLiteral("investigating"), QStringLiteral("identified"),
                                      QStringLiteral("monitoring"),    QStringLiteral("resolved"),
                                      QStringLiteral("scheduled"),     QStringLiteral("in_progress"),
                                      QStringLiteral("verifying"),     QStringLiteral("completed")};
const QSet<QString> kComponentStatuses{QStringLiteral("operational"), QStringLiteral("degraded_performance"),
                                       QStringLiteral("partial_outage"), QStringLiteral("major_outage"),
                                       QStringLiteral("under_maintenance")};

LoopbackHttpServer::Reply json(int status, const QJsonValue& value)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return F::reply(status, body, {{"Content-Type", "application/json; charset=utf-8"}});
}

LoopbackHttpServer::Reply error(int status, const QString& message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

QString pathOf(const QByteArray& target)
{
    const qsizetype query = target.indexOf('?');
    return QString::fromUtf8(query < 0 ? target : target.left(query));
}

bool unresolved(const QString& status)
{
    return status == QLatin1String("investigating") || status == QLatin1String("identified") ||
           status == QLatin1String("monitoring");
}

bool upcoming(const QString& status)
{
    return status == QLatin1String("scheduled");
}

bool activeMaintenance(const QString& status)
{
    return status == QLatin1String("in_progress") || status == QLatin1String("verifying");
}

} // namespace

void FakeStatuspageApi::serve(LoopbackHttpServer& server)
{
    server.setFallbackHandler([this](const LoopbackHttpServer::Request& request) { return handle(request); });
}

QStringList FakeStatuspageApi::texts() const
{
    QStringList out;
    for (const QJsonObject& incident : incidents) {
        for (const QJsonValue& update : incident.value(QLatin1String("incident_updates")).toArray())
            out.append(update.toObject().value(QLatin1String("body")).toString());
    }
    return out;
}

int FakeStatuspageApi::find(const QString& id) const
{
    for (int i = 0; i < incidents.size(); ++i) {
        if (incidents.at(i).value(QLatin1String("id")).toString() == id)
            return i;
    }
    return -1;
}

LoopbackHttpServer::Reply FakeStatuspageApi::list(bool (*keep)(const QString& status)) const
{
    QJsonArray out;
    for (auto it = incidents.crbegin(); it != incidents.crend(); ++it) { // newest first
        if (keep(it->value(QLatin1String("status")).toString()))
            out.append(*it);
    }
    return json(200, out);
}

LoopbackHttpServer::Reply FakeStatuspageApi::handle(const LoopbackHttpServer::Request& request)
{
    const QString page = QStringLiteral("/v1/pages/") + kPage;
    const QString path = pathOf(request.path);
    if (!path.startsWith(page)) {
        problems
            << QStringLiteral("%1 %2: not under %3").arg(QString::fromLatin1(request.method), path, page);
        return error(404, QStringLiteral("Not found"));
    }
    if (request.header("Authorization") != "OAuth " + kKey) {
        problems << QStringLiteral("%1 %2: Authorization is not “OAuth <key>”")
                        .arg(QString::fromLatin1(request.method), path);
        return error(401, QStringLiteral("Could not authenticate"));
    }
    const QString rest = path.mid(page.size());
    if (request.method == "GET") {
        if (rest.isEmpty())
            return json(200, QJsonObject{{QStringLiteral("id"), kPage}, {QStringLiteral("name"), kPage}});
        if (rest == QLatin1String("/incidents/unresolved"))
            return list(&unresolved);
        if (rest == QLatin1String("/incidents/upcoming"))
            return list(&upcoming);
        if (rest == QLatin1String("/incidents/active_maintenance"))
            return list(&activeMaintenance);
        if (rest.startsWith(QLatin1String("/incidents/")) && rest.count(QLatin1Char('/')) == 2) {
            const int at = find(rest.mid(11));
            return at < 0 ? error(404, QStringLiteral("Record not found")) : json(200, incidents.at(at));
        }
    } else if (request.method == "POST" && rest == QLatin1String("/incidents")) {
        return write(request, QString());
    } else if (request.method == "PATCH" && rest.startsWith(QLatin1String("/incidents/")) &&
               rest.count(QLatin1Char('/')) == 2) {
        return write(request, rest.mid(11));
    }
    problems << QStringLiteral("%1 %2: no such operation").arg(QString::fromLatin1(request.method), path);
    return error(404, QStringLiteral("Not found"));
}

QString FakeStatuspageApi::check(const QJsonObject& fields, bool creates) const
{
    const QJsonValue name = fields.value(QLatin1String("name"));
    if (creates && (!name.isString() || name.toString().trimmed().isEmpty()))
        return QStringLiteral("name is required");
    if (!name.isUndefined() && (!name.isString() || name.toString().size() > 255))
        return QStringLiteral("name must be a string of at most 255 characters");
    const QJsonValue status = fields.value(QLatin1String("status"));
    if (!status.isUndefined() && !kIncidentStatuses.contains(status.toString()))
        return QStringLiteral("status “%1” is not an incident status").arg(status.toString());
    const QJsonValue body = fields.value(QLatin1String("body"));
    if (!body.isUndefined() && (!body.isString() || body.toString().size() > 25'000))
        return QStringLiteral("body must be a string of at most 25,000 characters");
    const QJsonValue components = fields.value(QLatin1String("components"));
    if (!components.isUndefined()) {
        if (!components.isObject())
            return QStringLiteral("components must be an object");
        for (const QJsonValue& value : components.toObject()) {
            if (!kComponentStatuses.contains(value.toString()))
                return QStringLiteral("“%1” is not a component status").arg(value.toString());
        }
    }
    const QJsonValue ids = fields.value(QLatin1String("component_ids"));
    if (!ids.isUndefined()) {
        if (!ids.isArray())
            return QStringLiteral("component_ids must be a list");
        for (const QJsonValue& id : ids.toArray()) {
            if (!id.isString())
                return QStringLiteral("component_ids must hold strings");
        }
    }
    const QJsonValue metadata = fields.value(QLatin1String("metadata"));
    if (!metadata.isUndefined()) {
        if (!metadata.isObject())
            return QStringLiteral("metadata must be an object");
        for (const QJsonValue& value : metadata.toObject()) {
            if (!value.isObject())
                return QStringLiteral("every top-level metadata value must be an object");
        }
    }
    return QString();
}

LoopbackHttpServer::Reply FakeStatuspageApi::write(const LoopbackHttpServer::Request& request,
                                                   const QString& incidentId)
{
    const bool creates = incidentId.isEmpty();
    const QString what =
        QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path));
    if (!request.header("Content-Type").startsWith("application/json")) {
        problems << what + QStringLiteral(": the body is not JSON");
        return error(415, QStringLiteral("Unsupported media type"));
    }
    const QJsonObject fields = F::body(request).value(QLatin1String("incident")).toObject();
    if (const QString wrong = check(fields, creates); !wrong.isEmpty()) {
        problems << what + QStringLiteral(": ") + wrong;
        return error(422, wrong);
    }
    const int at = creates ? -1 : find(incidentId);
    if (!creates && at < 0)
        return error(404, QStringLiteral("Record not found"));
    QJsonObject incident = creates ? QJsonObject() : incidents.at(at);
    const QString stamp = QStringLiteral("2026-01-01T00:%1:00Z").arg(m_nextId % 60, 2, 10, QLatin1Char('0'));
    if (creates) {
        const QString id = QStringLiteral("inc%1").arg(m_nextId++, 9, 10, QLatin1Char('0'));
        incident =
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("page_id"), kPage},
                        {QStringLiteral("shortlink"), QString(QStringLiteral("https://stspg.io/") + id)},
                        {QStringLiteral("created_at"), stamp},
                        {QStringLiteral("impact"), QStringLiteral("major")},
                        {QStringLiteral("incident_updates"), QJsonArray()},
                        {QStringLiteral("metadata"), QJsonObject()}};
    }
    for (const char* key : {"name", "status", "impact_override"}) {
        if (fields.contains(QLatin1String(key)))
            incident.insert(QLatin1String(key), fields.value(QLatin1String(key)));
    }
    QJsonObject metadata = incident.value(QLatin1String("metadata")).toObject();
    const QJsonObject newMetadata = fields.value(QLatin1String("metadata")).toObject();
    for (auto it = newMetadata.constBegin(); it != newMetadata.constEnd(); ++it)
        metadata.insert(it.key(), it.value());
    incident.insert(QStringLiteral("metadata"), metadata);
    if (fields.contains(QLatin1String("body")) || fields.contains(QLatin1String("status"))) {
        QJsonArray updates = incident.value(QLatin1String("incident_updates")).toArray();
        updates.prepend(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("upd%1").arg(m_nextId++, 9, 10, QLatin1Char('0'))},
            {QStringLiteral("incident_id"), incident.value(QLatin1String("id"))},
            {QStringLiteral("status"), incident.value(QLatin1String("status"))},
            {QStringLiteral("body"), fields.value(QLatin1String("body")).toString()},
            {QStringLiteral("display_at"), stamp}});
        incident.insert(QStringLiteral("incident_updates"), updates);
    }
    if (creates)
        incidents.append(incident);
    else
        incidents[at] = incident;
    return json(creates ? 201 : 200, incident);
}
