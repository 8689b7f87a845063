#include "config/WorkspaceReader.h"

#include "config/ChannelsReader.h"
#include "config/ServiceTarget.h"
#include "config/SpellingSuggestion.h"
#include "config/YamlMapReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace {

constexpr qint64 secondMs = 1000;
constexpr qint64 hourMs = 3600 * secondMs;
constexpr qint64 dayMs = 24 * hourMs;

void readJson(const YAML::Node& node, const QString& path, YamlReadContext* context, const YAML::Mark& at,
              JsonCondition* json)
{
    YamlMapReader map(node, path, context, at);
    if (!map.expectMap())
        return;
    map.allowOnly({QStringLiteral("pointer"), QStringLiteral("op"), QStringLiteral("value")});
    map.require({QStringLiteral("pointer")});
    if (const auto pointer = map.text(QStringLiteral("pointer"))) {
        if (!pointer->startsWith(QLatin1Char('/')))
            map.fail(QStringLiteral("pointer"),
                     QCoreApplication::translate(
                         "Workspace",
                         "expected a JSON Pointer starting with / such as /status or /items/0/id, got \"%1\"")
                         .arg(*pointer));
        json->pointer = *pointer;
    }
    if (const auto op = map.text(QStringLiteral("op"))) {
        if (!JsonCondition::opFromString(*op, &json->op))
            map.fail(
                QStringLiteral("op"),
                QCoreApplication::translate(
                    "Workspace", "unknown operator \"%1\"; expected one of ==, !=, <, <=, >, >=, contains")
                    .arg(*op));
    }
    if (const auto value = map.text(QStringLiteral("value")))
        json->expected = *value;
}

void readHeaders(const YAML::Node& node, const QString& path, YamlReadContext* context, const YAML::Mark& at,
                 HttpSettings* http)
{
    YamlMapReader map(node, path, context, at);
    if (!map.expectMap() || !node.IsMap())
        return;
    // Repeated names are allowed on purpose: HTTP permits a header to appear more than once.
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = YamlMapReader::scalarText(it->first);
        static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        if (!token.match(name).hasMatch()) {
            context->fail(
                it->first.Mark(),
                path + QStringLiteral(": ") +
                    QCoreApplication::translate("Workspace", "\"%1\" is not a valid header name").arg(name));
            return;
        }
        if (!it->second.IsScalar() && !it->second.IsNull()) {
            context->fail(it->second.Mark(),
                          path + QLatin1Char('.') + name + QStringLiteral(": ") +
                              QCoreApplication::translate("Workspace", "expected a single value, got %1")
                                  .arg(YamlMapReader::describe(it->second)));
            return;
        }
        http->headers.append({name, it->second.IsNull() ? QString() : YamlMapReader::scalarText(it->second)});
    }
}

void readHttp(const YAML::Node& node, const QString& path, YamlReadContext* context, const YAML::Mark& at,
              HttpSettings* http)
{
    YamlMapReader map(node, path, context, at);
    if (!map.expectMap())
        return;
    map.allowOnly({QStringLiteral("method"), QStringLiteral("headers"), QStringLiteral("body"),
                   QStringLiteral("accepted_status"), QStringLiteral("keyword"),
                   QStringLiteral("keyword_absent"), QStringLiteral("json"), QStringLiteral("degraded_above"),
                   QStringLiteral("follow_redirects"), QStringLiteral("max_redirects"),
                   QStringLiteral("verify_tls")});
    if (const auto method = map.text(QStringLiteral("method"))) {
        static const QRegularExpression word(QStringLiteral("^[A-Za-z]+$"));
        if (!word.match(*method).hasMatch())
            map.fail(QStringLiteral("method"),
                     QCoreApplication::translate(
                         "Workspace", "expected an HTTP method such as GET, HEAD or POST, got \"%1\"")
                         .arg(*method));
        http->method = method->toUpper();
    }
    if (map.has(QStringLiteral("headers")))
        readHeaders(map.value(QStringLiteral("headers")), map.fieldPath(QStringLiteral("headers")), context,
                    map.markOf(QStringLiteral("headers")), http);
    if (const auto body = map.text(QStringLiteral("body")))
        http->body = body->toUtf8();
    if (const auto status = map.text(QStringLiteral("accepted_status"))) {
        QString problem;
        if (const auto parsed = StatusCodeSet::parse(*status, &problem))
            http->acceptedStatus = *parsed;
        else
            map.fail(QStringLiteral("accepted_status"), problem);
    }
    if (const auto keyword = map.text(QStringLiteral("keyword")))
        http->keyword = *keyword;
    if (const auto absent = map.boolean(QStringLiteral("keyword_absent")))
        http->keywordMustBeAbsent = *absent;
    if (map.has(QStringLiteral("json")))
        readJson(map.value(QStringLiteral("json")), map.fieldPath(QStringLiteral("json")), context,
                 map.markOf(QStringLiteral("json")), &http->json);
    if (const auto degraded = map.durationMs(QStringLiteral("degraded_above"), 0, hourMs, false))
        http->degradedAboveMs = int(*degraded);
    if (const auto follow = map.boolean(QStringLiteral("follow_redirects")))
        http->followRedirects = *follow;
    if (const auto maxRedirects = map.integer(QStringLiteral("max_redirects"), 0, 100))
        http->maxRedirects = *maxRedirects;
    if (const auto verify = map.boolean(QStringLiteral("verify_tls")))
        http->verifyTls = *verify;
}

void readKind(YamlMapReader& map, ServiceDefinition* service)
{
    const auto kind = map.text(QStringLiteral("kind"));
    if (!kind)
        return;
    if (checkKindFromString(*kind, &service->kind))
        return;
    QStringList known;
    for (CheckKind k : {CheckKind::Http, CheckKind::Tcp, CheckKind::Dns, CheckKind::TlsCertificate})
        known.append(checkKindToString(k));
    const QString suggestion = SpellingSuggestion::closest(*kind, known);
    QString message = QCoreApplication::translate("Workspace", "unknown kind \"%1\"; expected one of %2")
                          .arg(*kind, known.join(QStringLiteral(", ")));
    if (!suggestion.isEmpty())
        message += QStringLiteral(" ") +
                   QCoreApplication::translate("Workspace", "(did you mean \"%1\"?)").arg(suggestion);
    map.fail(QStringLiteral("kind"), message);
}

ServiceDefinition readService(const YAML::Node& node, const QString& path, YamlReadContext* context)
{
    ServiceDefinition service;
    YamlMapReader map(node, path, context, node.Mark());
    if (!map.expectMap())
        return service;
    map.allowOnly({QStringLiteral("name"), QStringLiteral("group"), QStringLiteral("kind"),
                   QStringLiteral("target"), QStringLiteral("interval"), QStringLiteral("timeout"),
                   QStringLiteral("failures_before_down"), QStringLiteral("successes_before_up"),
                   QStringLiteral("sla"), QStringLiteral("paused"), QStringLiteral("inverted"),
                   QStringLiteral("cert_expiry_warning_days"), QStringLiteral("http")});
    map.require({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("target")});
    if (const auto name = map.text(QStringLiteral("name"))) {
        service.name = name->trimmed();
        if (service.name.isEmpty())
            map.fail(QStringLiteral("name"),
                     QCoreApplication::translate("Workspace", "a service needs a name"));
    }
    if (const auto group = map.text(QStringLiteral("group")))
        service.group = group->trimmed();
    readKind(map, &service);
    if (const auto target = map.text(QStringLiteral("target"))) {
        service.target = target->trimmed();
        const QString problem = ServiceTarget::problem(service.kind, service.target);
        if (!problem.isEmpty())
            map.fail(QStringLiteral("target"), problem);
    }
    if (const auto interval = map.durationMs(QStringLiteral("interval"), secondMs, dayMs, true))
        service.intervalSec = int(*interval / secondMs);
    if (const auto timeout = map.durationMs(QStringLiteral("timeout"), 1, hourMs, false))
        service.timeoutMs = int(*timeout);
    if (const auto failures = map.integer(QStringLiteral("failures_before_down"), 1, 100))
        service.failuresBeforeDown = *failures;
    if (const auto successes = map.integer(QStringLiteral("successes_before_up"), 1, 100))
        service.successesBeforeUp = *successes;
    if (const auto sla = map.number(QStringLiteral("sla"), 0.0, 100.0))
        service.slaTargetPercent = *sla;
    if (const auto paused = map.boolean(QStringLiteral("paused")))
        service.paused = *paused;
    if (const auto inverted = map.boolean(QStringLiteral("inverted")))
        service.inverted = *inverted;
    if (const auto days = map.integer(QStringLiteral("cert_expiry_warning_days"), 0, 3650))
        service.certExpiryWarnDays = *days;
    if (map.has(QStringLiteral("http"))) {
        if (service.kind != CheckKind::Http)
            map.fail(QStringLiteral("http"),
                     QCoreApplication::translate("Workspace",
                                                 "http settings only apply to services of kind http, not %1")
                         .arg(checkKindToString(service.kind)));
        else
            readHttp(map.value(QStringLiteral("http")), map.fieldPath(QStringLiteral("http")), context,
                     map.markOf(QStringLiteral("http")), &service.http);
    }
    return service;
}

void readServices(const YamlMapReader& root, YamlReadContext* context, Workspace* workspace)
{
    const YAML::Node list = root.value(QStringLiteral("services"));
    if (!list.IsDefined() || list.IsNull())
        return;
    if (!list.IsSequence()) {
        context->fail(root.markOf(QStringLiteral("services")),
                      QStringLiteral("services: ") +
                          QCoreApplication::translate(
                              "Workspace", "expected a list of services (lines starting with \"- \"), got %1")
                              .arg(YamlMapReader::describe(list)));
        return;
    }
    QHash<QString, int> indexByName; // case-folded: "Shop API" and "shop api" would be confusing twins
    int index = 0;
    for (auto it = list.begin(); it != list.end() && !context->failed(); ++it, ++index) {
        const QString path = QStringLiteral("services[%1]").arg(index);
        ServiceDefinition service = readService(*it, path, context);
        if (context->failed())
            return;
        const QString key = service.name.toCaseFolded();
        if (indexByName.contains(key)) {
            YamlMapReader map(*it, path, context, it->Mark());
            map.fail(
                QStringLiteral("name"),
                QCoreApplication::translate(
                    "Workspace", "\"%1\" is already the name of services[%2]; service names must be unique")
                    .arg(service.name)
                    .arg(indexByName.value(key)));
            return;
        }
        indexByName.insert(key, index);
        workspace->services.append(service);
    }
}

void readIncidentSettings(YamlMapReader& root, const QString& fileName, YamlReadContext* context,
                          IncidentSettings* out)
{
    if (!root.has(QStringLiteral("incidents")))
        return;
    YamlMapReader map(root.value(QStringLiteral("incidents")), QStringLiteral("incidents"), context,
                      root.markOf(QStringLiteral("incidents")));
    if (!map.expectMap())
        return;
    map.allowOnly({QStringLiteral("playbook"), QStringLiteral("templates"), QStringLiteral("status_page_url"),
                   QStringLiteral("time_zone"), QStringLiteral("languages"),
                   QStringLiteral("auto_declare_groups"), QStringLiteral("jargon")});
    // Relative files are read from the workspace file's folder, wherever Vigie was started.
    const QDir base = fileName.isEmpty() ? QDir::current() : QFileInfo(fileName).absoluteDir();
    if (const auto playbook = map.text(QStringLiteral("playbook")); playbook && !playbook->isEmpty())
        out->playbookFile = QDir::cleanPath(base.absoluteFilePath(*playbook));
    if (const auto templates = map.text(QStringLiteral("templates")); templates && !templates->isEmpty())
        out->templatesFile = QDir::cleanPath(base.absoluteFilePath(*templates));
    if (const auto url = map.text(QStringLiteral("status_page_url"))) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http") ||
            parsed.host().isEmpty())
            map.fail(
                QStringLiteral("status_page_url"),
                QCoreApplication::translate("Workspace", "expected an http(s) address, got “%1”").arg(*url));
        else
            out->statusPageUrl = *url;
    }
    if (const auto zone = map.text(QStringLiteral("time_zone")); zone && !zone->isEmpty()) {
        if (!QTimeZone(zone->toUtf8()).isValid())
            map.fail(QStringLiteral("time_zone"),
                     QCoreApplication::translate("Workspace",
                                                 "unknown time zone “%1”; use an IANA name such as "
                                                 "Europe/Paris")
                         .arg(*zone));
        else
            out->timeZoneId = *zone;
    }
    if (const auto languages = map.textList(QStringLiteral("languages"))) {
        for (const QString& language : *languages) {
            const QString code = language.trimmed().toLower();
            if (code != u"en" && code != u"fr") {
                map.fail(QStringLiteral("languages"),
                         QCoreApplication::translate("Workspace", "messages can be in en or fr, not “%1”")
                             .arg(language));
                return;
            }
            if (!out->languages.contains(code))
                out->languages.append(code);
        }
    }
    if (const auto groups = map.textList(QStringLiteral("auto_declare_groups")))
        out->autoDeclareGroups = *groups;
    if (const auto jargon = map.textList(QStringLiteral("jargon"))) {
        out->jargon = *jargon;
        out->jargonSet = true;
    }
}

} // namespace

std::optional<Workspace> WorkspaceReader::read(const QByteArray& yaml, const QString& fileName,
                                               WorkspaceError* error)
{
    YamlReadContext context(fileName);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException& e) {
        context.fail(e.mark, QCoreApplication::translate("Workspace", "this is not valid YAML: %1")
                                 .arg(QString::fromStdString(e.msg)));
    } catch (const YAML::Exception& e) {
        context.fail(e.mark, QCoreApplication::translate("Workspace", "this is not valid YAML: %1")
                                 .arg(QString::fromStdString(e.msg)));
    }
    Workspace workspace;
    if (!context.failed() && (root.IsNull() || !root.IsDefined()))
        context.fail(YAML::Mark::null_mark(),
                     QCoreApplication::translate(
                         "Workspace",
                         "the file is empty; a workspace starts with \"version: 1\" and a services: list"));
    if (!context.failed()) {
        YamlMapReader map(root, QString(), &context, YAML::Mark::null_mark());
        if (map.expectMap()) {
            map.allowOnly({QStringLiteral("version"), QStringLiteral("settings"), QStringLiteral("incidents"),
                           QStringLiteral("channels"), QStringLiteral("services")});
            if (const auto version = map.integer(QStringLiteral("version"), 1, 1000)) {
                if (*version != Workspace::currentVersion)
                    map.fail(
                        QStringLiteral("version"),
                        QCoreApplication::translate(
                            "Workspace", "this Vigie reads workspace version %1, the file has version %2")
                            .arg(Workspace::currentVersion)
                            .arg(*version));
            }
            YamlMapReader settings(map.value(QStringLiteral("settings")), QStringLiteral("settings"),
                                   &context, map.markOf(QStringLiteral("settings")));
            if (settings.expectMap()) {
                settings.allowOnly({QStringLiteral("raw_retention_days")});
                if (const auto days = settings.integer(QStringLiteral("raw_retention_days"), 1, 3650))
                    workspace.settings.rawRetentionDays = *days;
            }
            if (!context.failed())
                readIncidentSettings(map, fileName, &context, &workspace.incidents);
            if (!context.failed())
                ChannelsReader::read(map, &context, &workspace.channels);
            if (!context.failed())
                readServices(map, &context, &workspace);
        }
    }
    if (context.failed()) {
        if (error)
            *error = context.error();
        return std::nullopt;
    }
    return workspace;
}

std::optional<Workspace> WorkspaceReader::readFile(const QString& path, WorkspaceError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                WorkspaceError{path, 0, 0,
                               QCoreApplication::translate("Workspace", "cannot open the workspace file: %1")
                                   .arg(file.errorString())};
        return std::nullopt;
    }
    return read(file.readAll(), path, error);
}
