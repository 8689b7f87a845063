#include "FakeCachetApi.h"

#include "StatusChannelFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using F = StatusChannelFixtures;

namespace {

LoopbackHttpServer::Reply json(int status, const QJsonObject& value)
{
    return F::reply(status, QJsonDocument(value).toJson(QJsonDocument::Compact),
                    {{"Content-Type", "application/json"}});
}

QJsonObject status(int code)
{
    static const char* const names[] = {"Unknown", "Investigating", "Identified", "Watching", "Fixed"};
    return QJsonObject{{QStringLiteral("human"), QLatin1String(names[std::clamp(code, 0, 4)])},
                       {QStringLiteral("value"), code}};
}

bool isInt(const QJsonValue& value, int low, int high)
{
    return value.isDouble() && value.toDouble() == double(value.toInt()) && value.toInt() >= low &&
           value.toInt() <= high;
}

QJsonObject updateResource(const QJsonObject& attributes)
{
    return QJsonObject{{QStringLiteral("id"), QString::number(attributes.value(QLatin1String("id")).toInt())},
                       {QStringLiteral("type"), QStringLiteral("updates")},
                       {QStringLiteral("attributes"), attributes}};
}

} // namespace

void FakeCachetApi::serve(LoopbackHttpServer& server)
{
    server.setFallbackHandler([this](const LoopbackHttpServer::Request& request) { return handle(request); });
}

QStringList FakeCachetApi::texts() const
{
    QStringList out;
    for (const Incident& incident : incidents) {
        out.append(incident.message);
        for (const QJsonObject& update : incident.updates)
            out.append(update.value(QLatin1String("message")).toString());
    }
    return out;
}

int FakeCachetApi::find(int id) const
{
    for (int i = 0; i < incidents.size(); ++i) {
        if (incidents.at(i).id == id)
            return i;
    }
    return -1;
}

QJsonObject FakeCachetApi::resource(const Incident& incident)
{
    return QJsonObject{{QStringLiteral("id"), QString::number(incident.id)},
                       {QStringLiteral("type"), QStringLiteral("incidents")},
                       {QStringLiteral("attributes"),
                        QJsonObject{{QStringLiteral("id"), incident.id},
                                    {QStringLiteral("guid"), QStringLiteral("9b1d0c6e-0000-4000-8000-%1")
                                                                 .arg(incident.id, 12, 10, QLatin1Char('0'))},
                                    {QStringLiteral("name"), incident.name},
                                    {QStringLiteral("message"), incident.message},
                                    {QStringLiteral("status"), status(incident.status)}}}};
}

LoopbackHttpServer::Reply FakeCachetApi::invalid(const QString& what, const QString& field,
                                                 const QString& message)
{
    problems << QStringLiteral("%1: %2").arg(what, message);
    return json(422, QJsonObject{{QStringLiteral("message"), message},
                                 {QStringLiteral("errors"), QJsonObject{{field, QJsonArray{message}}}}});
}

LoopbackHttpServer::Reply FakeCachetApi::handle(const LoopbackHttpServer::Request& request)
{
    const QUrl url(QString::fromUtf8(request.path));
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QUrlQuery query(url);
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), url.path());
    const auto notFound = [&] {
        problems << what + QStringLiteral(": no such route");
        return json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}});
    };
    if (parts.value(0) != QLatin1String("api"))
        return notFound();
    // Reads are public unless the API is protected; writes always need the token. Vigie sends it on both.
    if (request.header("Authorization") != "Bearer " + kToken) {
        problems << what + QStringLiteral(": Authorization is not “Bearer <token>”");
        return json(401, QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthenticated.")}});
    }
    if (request.method != "GET" && !request.header("Content-Type").startsWith("application/json")) {
        problems << what + QStringLiteral(": the body is not JSON");
        return json(415, QJsonObject{{QStringLiteral("message"), QStringLiteral("Unsupported Media Type")}});
    }
    const QJsonObject body = F::body(request);
    const int perPage = query.hasQueryItem(QStringLiteral("per_page"))
                            ? query.queryItemValue(QStringLiteral("per_page")).toInt()
                            : 15;
    const QString sort = query.queryItemValue(QStringLiteral("sort"));

    if (parts.value(1) == QLatin1String("incidents") && parts.size() == 2) {
        if (request.method == "POST")
            return createIncident(body, what);
        if (request.method != "GET")
            return notFound();
        QList<Incident> sorted = incidents;
        // Without a sort the newest comes first (created_at); sort=-id is the same here, sort=id the reverse.
        if (sort == QLatin1String("id"))
            std::reverse(sorted.begin(), sorted.end());
        else
            std::sort(sorted.begin(), sorted.end(),
                      [](const Incident& a, const Incident& b) { return a.id > b.id; });
        QJsonArray data;
        for (const Incident& incident : sorted.mid(0, std::max(1, perPage)))
            data.append(resource(incident));
        return json(200, QJsonObject{{QStringLiteral("data"), data}});
    }
    if (parts.value(1) == QLatin1String("incidents") && parts.size() >= 3) {
        const int at = find(parts.value(2).toInt());
        if (at < 0)
            return json(404, QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}});
        if (parts.size() == 3 && request.method == "GET")
            return json(200, QJsonObject{{QStringLiteral("data"), resource(incidents.at(at))}});
        if (parts.size() == 4 && parts.value(3) == QLatin1String("updates")) {
            if (request.method == "POST")
                return createUpdate(at, body, what);
            if (request.method != "GET")
                return notFound();
            QList<QJsonObject> updates = incidents.at(at).updates; // oldest first
            if (sort == QLatin1String("-created_at"))
                std::reverse(updates.begin(), updates.end());
            QJsonArray data;
            for (const QJsonObject& update : updates.mid(0, std::max(1, perPage)))
                data.append(updateResource(update));
            return json(200, QJsonObject{{QStringLiteral("data"), data}});
        }
        return notFound();
    }
    if (parts.value(1) == QLatin1String("components") && parts.size() == 3 &&
        (request.method == "PUT" || request.method == "PATCH")) {
        const QJsonValue code = body.value(QLatin1String("status"));
        if (!code.isUndefined() && !isInt(code, 1, 6))
            return invalid(what, QStringLiteral("status"), QStringLiteral("The selected status is invalid."));
        const int id = parts.value(2).toInt();
        componentStatuses.insert(id, code.toInt());
        return json(200, QJsonObject{{QStringLiteral("data"),
                                      QJsonObject{{QStringLiteral("id"), QString::number(id)},
                                                  {QStringLiteral("type"), QStringLiteral("components")},
                                                  {QStringLiteral("attributes"),
                                                   QJsonObject{{QStringLiteral("id"), id},
                                                               {QStringLiteral("status"), code.toInt()}}}}}});
    }
    return notFound();
}

LoopbackHttpServer::Reply FakeCachetApi::createIncident(const QJsonObject& body, const QString& what)
{
    const QJsonValue name = body.value(QLatin1String("name"));
    if (!name.isString() || name.toString().isEmpty() || name.toString().size() > 255)
        return invalid(what, QStringLiteral("name"), QStringLiteral("The name field is required."));
    if (!isInt(body.value(QLatin1String("status")), 0, 4))
        return invalid(what, QStringLiteral("status"), QStringLiteral("The selected status is invalid."));
    const QJsonValue message = body.value(QLatin1String("message"));
    if (!message.isString() || message.toString().isEmpty())
        return invalid(what, QStringLiteral("message"),
                       QStringLiteral("The message field is required when template is not present."));
    const QJsonValue visible = body.value(QLatin1String("visible"));
    if (!visible.isUndefined() && !visible.isBool())
        return invalid(what, QStringLiteral("visible"),
                       QStringLiteral("The visible field must be true or false."));
    const bool hasComponent = body.contains(QLatin1String("component_id"));
    if (hasComponent != body.contains(QLatin1String("component_status")))
        return invalid(what, QStringLiteral("component_status"),
                       QStringLiteral("component_id and component_status go together."));
    if (hasComponent && !isInt(body.value(QLatin1String("component_status")), 1, 6))
        return invalid(what, QStringLiteral("component_status"),
                       QStringLiteral("The selected component status is invalid."));
    Incident incident;
    incident.id = incidents.isEmpty() ? 1 : incidents.last().id + 1;
    incident.name = name.toString();
    incident.message = message.toString();
    incident.status = body.value(QLatin1String("status")).toInt();
    if (hasComponent)
        componentStatuses.insert(body.value(QLatin1String("component_id")).toInt(),
                                 body.value(QLatin1String("component_status")).toInt());
    incidents.append(incident);
    return json(201, QJsonObject{{QStringLiteral("data"), resource(incident)}});
}

LoopbackHttpServer::Reply FakeCachetApi::createUpdate(int at, const QJsonObject& body, const QString& what)
{
    if (!isInt(body.value(QLatin1String("status")), 0, 4))
        return invalid(what, QStringLiteral("status"), QStringLiteral("The selected status is invalid."));
    const QJsonValue message = body.value(QLatin1String("message"));
    if (!message.isString() || message.toString().isEmpty())
        return invalid(what, QStringLiteral("message"), QStringLiteral("The message field is required."));
    const QJsonObject update{{QStringLiteral("id"), m_nextUpdateId++},
                             {QStringLiteral("updateable_id"), incidents.at(at).id},
                             {QStringLiteral("updateable_type"), QStringLiteral("incident")},
                             {QStringLiteral("message"), message.toString()},
                             {QStringLiteral("status"), status(body.value(QLatin1String("status")).toInt())}};
    incidents[at].updates.append(update);
    incidents[at].status = body.value(QLatin1String("status")).toInt();
    return json(201, QJsonObject{{QStringLiteral("data"), updateResource(update)}});
}
