#include "config/GatusEndpointMapper.h"

#include "config/Duration.h"
#include "config/GatusConditionMapper.h"
#include "config/ServiceTarget.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace {

QString text(const YAML::Node& node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool isFalse(const YAML::Node& node)
{
    const QString value = text(node).toLower();
    return value == u"false" || value == u"no" || value == u"off";
}

bool isTrue(const YAML::Node& node)
{
    const QString value = text(node).toLower();
    return value == u"true" || value == u"yes" || value == u"on";
}

using Severity = GatusImportNote::Severity;

} // namespace

GatusEndpointMapper::GatusEndpointMapper(const YAML::Node& endpoint, QList<GatusImportNote>* notes)
    : m_endpoint(endpoint), m_notes(notes)
{
    // Gatus waits 10 seconds by default, Vigie 5: keep what Gatus did.
    m_service.timeoutMs = 10'000;
}

YAML::Node GatusEndpointMapper::child(const char* key) const
{
    for (auto it = m_endpoint.begin(); it != m_endpoint.end(); ++it) {
        if (it->first.Scalar() == key)
            return it->second;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

int GatusEndpointMapper::lineOf(const YAML::Node& node) const
{
    const YAML::Mark mark = node.IsDefined() && !node.IsNull() ? node.Mark() : m_endpoint.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

void GatusEndpointMapper::addNote(Severity severity, const YAML::Node& at, const QString& message)
{
    m_notes->append(GatusImportNote{severity, m_service.name, lineOf(at), message});
}

std::optional<ServiceDefinition> GatusEndpointMapper::map()
{
    if (!m_endpoint.IsMap()) {
        m_notes->append(
            GatusImportNote{Severity::EndpointSkipped, QString(), lineOf(m_endpoint),
                            QCoreApplication::translate(
                                "GatusImporter", "an endpoint must be a map with name, url and conditions")});
        return std::nullopt;
    }
    m_service.name = text(child("name")).trimmed();
    if (m_service.name.isEmpty()) {
        addNote(Severity::EndpointSkipped, m_endpoint,
                QCoreApplication::translate("GatusImporter", "the endpoint has no name"));
        return std::nullopt;
    }
    m_service.group = text(child("group")).trimmed();
    if (!mapTarget())
        return std::nullopt;
    mapHttp();
    mapInterval();
    mapClient();
    if (isFalse(child("enabled")) || isTrue(child("disabled")))
        m_service.paused = true;
    mapConditions();
    mapAlerts();
    reportOtherKeys();
    return m_service;
}

bool GatusEndpointMapper::mapTarget()
{
    const YAML::Node urlNode = child("url");
    const QString url = text(urlNode).trimmed();
    const YAML::Node dns = child("dns");
    if (dns.IsMap()) {
        m_service.kind = CheckKind::Dns;
        m_service.target = text(dns["query-name"]).trimmed();
        if (m_service.target.endsWith(QLatin1Char('.')))
            m_service.target.chop(1);
        const QString type = text(dns["query-type"]).toUpper();
        if (!type.isEmpty() && type != u"A" && type != u"AAAA")
            addNote(
                Severity::Approximated, dns["query-type"],
                QCoreApplication::translate(
                    "GatusImporter", "query-type %1 is not checked: Vigie resolves the name to an address")
                    .arg(type));
        if (!url.isEmpty())
            addNote(
                Severity::Approximated, urlNode,
                QCoreApplication::translate(
                    "GatusImporter", "the DNS server %1 is not used: Vigie resolves with the system resolver")
                    .arg(url));
    } else {
        const qsizetype schemeEnd = url.indexOf(QStringLiteral("://"));
        const QString scheme = schemeEnd > 0 ? url.left(schemeEnd).toLower() : QString();
        QString rest = schemeEnd > 0 ? url.mid(schemeEnd + 3) : QString();
        while (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
        if (scheme == u"http" || scheme == u"https") {
            m_service.kind = CheckKind::Http;
            m_service.target = url;
        } else if (scheme == u"tcp") {
            m_service.kind = CheckKind::Tcp;
            m_service.target = rest;
        } else if (scheme == u"tls") {
            m_service.kind = CheckKind::TlsCertificate;
            m_service.target = QStringLiteral("https://") + rest;
        } else if (scheme == u"icmp") {
            addNote(Severity::EndpointSkipped, urlNode,
                    QCoreApplication::translate("GatusImporter",
                                                "icmp:// (ping) checks are not supported by Vigie"));
            return false;
        } else if (!scheme.isEmpty()) {
            addNote(Severity::EndpointSkipped, urlNode,
                    QCoreApplication::translate(
                        "GatusImporter",
                        "%1:// endpoints are not supported; Vigie checks http(s)://, tcp://, tls:// and DNS")
                        .arg(scheme));
            return false;
        } else {
            addNote(Severity::EndpointSkipped, urlNode.IsDefined() ? urlNode : m_endpoint,
                    QCoreApplication::translate("GatusImporter",
                                                "the url \"%1\" has no scheme such as https:// or tcp://")
                        .arg(url));
            return false;
        }
    }
    const QString problem = ServiceTarget::problem(m_service.kind, m_service.target);
    if (!problem.isEmpty()) {
        addNote(Severity::EndpointSkipped, urlNode, problem);
        return false;
    }
    reportVariables(urlNode, QStringLiteral("url"));
    return true;
}

void GatusEndpointMapper::mapHttp()
{
    const YAML::Node method = child("method");
    const YAML::Node body = child("body");
    const YAML::Node headers = child("headers");
    if (m_service.kind != CheckKind::Http) {
        for (const YAML::Node& node : {method, body, headers}) {
            if (node.IsDefined())
                addNote(Severity::NotMapped, node,
                        QCoreApplication::translate("GatusImporter",
                                                    "method, body and headers only apply to http checks"));
        }
        return;
    }
    if (method.IsScalar())
        m_service.http.method = text(method).toUpper();
    if (body.IsScalar())
        m_service.http.body = text(body).toUtf8();
    reportVariables(body, QStringLiteral("body"));
    if (headers.IsMap()) {
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            m_service.http.headers.append({text(it->first), text(it->second)});
            reportVariables(it->second, QStringLiteral("header ") + text(it->first));
        }
    }
    if (isTrue(child("graphql")))
        addNote(Severity::NotMapped, child("graphql"),
                QCoreApplication::translate(
                    "GatusImporter", "graphql: the body is sent as written, not wrapped as a GraphQL query"));
}

void GatusEndpointMapper::reportVariables(const YAML::Node& node, const QString& what)
{
    static const QRegularExpression variable(QStringLiteral("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)"));
    const QRegularExpressionMatch match = variable.match(text(node));
    if (match.hasMatch())
        addNote(
            Severity::NotMapped, node,
            QCoreApplication::translate(
                "GatusImporter",
                "the %1 uses the environment variable %2, which Vigie does not expand; it was imported as "
                "written")
                .arg(what, match.captured(1)));
}

void GatusEndpointMapper::mapInterval()
{
    const YAML::Node node = child("interval");
    if (!node.IsDefined())
        return; // Gatus and Vigie both default to one minute
    const std::optional<qint64> ms = Duration::parseMs(text(node));
    if (!ms) {
        addNote(Severity::NotMapped, node,
                QCoreApplication::translate("GatusImporter", "interval \"%1\" is not a duration; kept 1m")
                    .arg(text(node)));
        return;
    }
    const qint64 seconds = std::max<qint64>(1, (*ms + 999) / 1000);
    if (seconds * 1000 != *ms)
        addNote(Severity::Approximated, node,
                QCoreApplication::translate(
                    "GatusImporter",
                    "interval %1 became %2: Vigie checks at most once a second, in whole seconds")
                    .arg(text(node), Duration::format(seconds * 1000)));
    m_service.intervalSec = int(std::min<qint64>(seconds, 86'400));
}

void GatusEndpointMapper::mapClient()
{
    const YAML::Node client = child("client");
    if (!client.IsMap())
        return;
    for (auto it = client.begin(); it != client.end(); ++it) {
        const QString key = text(it->first);
        if (key == u"timeout") {
            const std::optional<qint64> ms = Duration::parseMs(text(it->second));
            if (ms && *ms > 0 && *ms <= 3'600'000)
                m_service.timeoutMs = int(*ms);
            else
                addNote(Severity::NotMapped, it->second,
                        QCoreApplication::translate("GatusImporter",
                                                    "client.timeout \"%1\" is not a duration; kept 10s")
                            .arg(text(it->second)));
        } else if (key == u"insecure") {
            m_service.http.verifyTls = !isTrue(it->second);
        } else if (key == u"ignore-redirect") {
            m_service.http.followRedirects = !isTrue(it->second);
        } else {
            addNote(
                Severity::NotMapped, it->first,
                QCoreApplication::translate("GatusImporter", "client.%1 has no Vigie equivalent").arg(key));
        }
    }
}

void GatusEndpointMapper::mapConditions()
{
    GatusConditionMapper mapper(&m_service);
    const YAML::Node conditions = child("conditions");
    if (conditions.IsSequence()) {
        for (auto it = conditions.begin(); it != conditions.end(); ++it) {
            if (std::optional<GatusImportNote> note = mapper.map(text(*it)))
                addNote(note->severity, *it, note->message);
        }
    }
    if (std::optional<GatusImportNote> note = mapper.finish())
        addNote(note->severity, conditions, note->message);
}

void GatusEndpointMapper::mapAlerts()
{
    const YAML::Node alerts = child("alerts");
    if (!alerts.IsSequence())
        return;
    bool thresholdsTaken = false;
    for (auto it = alerts.begin(); it != alerts.end(); ++it) {
        const QString type = text((*it)["type"]);
        QString message =
            QCoreApplication::translate(
                "GatusImporter",
                "the %1 alert is not imported: Vigie shows incidents in its cockpit and does not "
                "send notifications")
                .arg(type.isEmpty() ? QCoreApplication::translate("GatusImporter", "unnamed") : type);
        if (!thresholdsTaken) {
            // Gatus' alert thresholds are the closest thing it has to confirmation counts.
            bool ok = false;
            const int failures = text((*it)["failure-threshold"]).toInt(&ok);
            m_service.failuresBeforeDown = ok && failures >= 1 && failures <= 100 ? failures : 3;
            const int successes = text((*it)["success-threshold"]).toInt(&ok);
            m_service.successesBeforeUp = ok && successes >= 1 && successes <= 100 ? successes : 2;
            message += QStringLiteral("; ") +
                       QCoreApplication::translate("GatusImporter",
                                                   "its thresholds became failures_before_down: %1 and "
                                                   "successes_before_up: %2")
                           .arg(m_service.failuresBeforeDown)
                           .arg(m_service.successesBeforeUp);
            thresholdsTaken = true;
        }
        addNote(Severity::Approximated, *it, message);
    }
}

void GatusEndpointMapper::reportOtherKeys()
{
    static const QStringList handled = {
        QStringLiteral("name"),       QStringLiteral("group"),   QStringLiteral("url"),
        QStringLiteral("dns"),        QStringLiteral("method"),  QStringLiteral("body"),
        QStringLiteral("headers"),    QStringLiteral("graphql"), QStringLiteral("interval"),
        QStringLiteral("client"),     QStringLiteral("enabled"), QStringLiteral("disabled"),
        QStringLiteral("conditions"), QStringLiteral("alerts")};
    for (auto it = m_endpoint.begin(); it != m_endpoint.end(); ++it) {
        const QString key = text(it->first);
        if (!handled.contains(key))
            addNote(Severity::NotMapped, it->first,
                    QCoreApplication::translate(
                        "GatusImporter", "%1: this setting has no Vigie equivalent and was not imported")
                        .arg(key));
    }
}
