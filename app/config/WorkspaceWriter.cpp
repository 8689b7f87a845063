#include "config/WorkspaceWriter.h"

#include "config/ChannelsWriter.h"
#include "config/Duration.h"

#include <QLocale>

#include <yaml-cpp/yaml.h>

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// yaml-cpp writes "true", "5" or "~" unquoted; quoting keeps such names text for any YAML reader.
void emitText(YAML::Emitter& out, const QString& text)
{
    static const QStringList special = {
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),  QStringLiteral("no"),
        QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("null"), QStringLiteral("~")};
    bool isNumber = false;
    QLocale::c().toDouble(text, &isNumber);
    if (isNumber || special.contains(text.toLower()))
        out << YAML::DoubleQuoted;
    out << utf8(text);
}

void emitField(YAML::Emitter& out, const char* key, const QString& text)
{
    out << YAML::Key << key << YAML::Value;
    emitText(out, text);
}

template <typename T> void emitValue(YAML::Emitter& out, const char* key, const T& value)
{
    out << YAML::Key << key << YAML::Value << value;
}

void emitJson(YAML::Emitter& out, const JsonCondition& json)
{
    out << YAML::Key << "json" << YAML::Value << YAML::BeginMap;
    emitField(out, "pointer", json.pointer);
    if (json.op != JsonCondition::Op::Equal)
        emitField(out, "op", JsonCondition::opToString(json.op));
    emitField(out, "value", json.expected);
    out << YAML::EndMap;
}

void emitHttp(YAML::Emitter& out, const HttpSettings& http)
{
    const HttpSettings defaults;
    if (http == defaults)
        return;
    out << YAML::Key << "http" << YAML::Value << YAML::BeginMap;
    if (http.method != defaults.method)
        emitField(out, "method", http.method);
    if (!http.headers.isEmpty()) {
        out << YAML::Key << "headers" << YAML::Value << YAML::BeginMap;
        for (const auto& [name, value] : http.headers)
            emitField(out, utf8(name).c_str(), value);
        out << YAML::EndMap;
    }
    if (!http.body.isEmpty()) {
        out << YAML::Key << "body" << YAML::Value;
        emitText(out, QString::fromUtf8(http.body));
    }
    if (http.acceptedStatus != defaults.acceptedStatus)
        emitField(out, "accepted_status", http.acceptedStatus.toString());
    if (!http.keyword.isEmpty())
        emitField(out, "keyword", http.keyword);
    if (http.keywordMustBeAbsent)
        emitValue(out, "keyword_absent", true);
    if (http.json.isSet())
        emitJson(out, http.json);
    if (http.degradedAboveMs != defaults.degradedAboveMs)
        emitValue(out, "degraded_above", utf8(Duration::format(http.degradedAboveMs)));
    if (http.followRedirects != defaults.followRedirects)
        emitValue(out, "follow_redirects", http.followRedirects);
    if (http.maxRedirects != defaults.maxRedirects)
        emitValue(out, "max_redirects", http.maxRedirects);
    if (http.verifyTls != defaults.verifyTls)
        emitValue(out, "verify_tls", http.verifyTls);
    out << YAML::EndMap;
}

void emitService(YAML::Emitter& out, const ServiceDefinition& service)
{
    const ServiceDefinition defaults;
    out << YAML::BeginMap;
    emitField(out, "name", service.name);
    if (!service.group.isEmpty())
        emitField(out, "group", service.group);
    emitField(out, "kind", checkKindToString(service.kind));
    emitField(out, "target", service.target);
    if (service.intervalSec != defaults.intervalSec)
        emitValue(out, "interval", utf8(Duration::format(qint64(service.intervalSec) * 1000)));
    if (service.timeoutMs != defaults.timeoutMs)
        emitValue(out, "timeout", utf8(Duration::format(service.timeoutMs)));
    if (service.failuresBeforeDown != defaults.failuresBeforeDown)
        emitValue(out, "failures_before_down", service.failuresBeforeDown);
    if (service.successesBeforeUp != defaults.successesBeforeUp)
        emitValue(out, "successes_before_up", service.successesBeforeUp);
    if (service.slaTargetPercent != defaults.slaTargetPercent)
        emitValue(out, "sla",
                  utf8(QString::number(service.slaTargetPercent, 'g', QLocale::FloatingPointShortest)));
    if (service.paused)
        emitValue(out, "paused", true);
    if (service.inverted)
        emitValue(out, "inverted", true);
    if (service.certExpiryWarnDays != defaults.certExpiryWarnDays)
        emitValue(out, "cert_expiry_warning_days", service.certExpiryWarnDays);
    if (service.kind == CheckKind::Http)
        emitHttp(out, service.http);
    out << YAML::EndMap;
}

void emitList(YAML::Emitter& out, const char* key, const QStringList& items)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString& item : items)
        out << item.toStdString();
    out << YAML::EndSeq;
}

void emitIncidentSettings(YAML::Emitter& out, const IncidentSettings& settings)
{
    out << YAML::Key << "incidents" << YAML::Value << YAML::BeginMap;
    if (!settings.playbookFile.isEmpty())
        out << YAML::Key << "playbook" << YAML::Value << settings.playbookFile.toStdString();
    if (!settings.templatesFile.isEmpty())
        out << YAML::Key << "templates" << YAML::Value << settings.templatesFile.toStdString();
    if (!settings.statusPageUrl.isEmpty())
        out << YAML::Key << "status_page_url" << YAML::Value << settings.statusPageUrl.toStdString();
    if (!settings.timeZoneId.isEmpty())
        out << YAML::Key << "time_zone" << YAML::Value << settings.timeZoneId.toStdString();
    if (!settings.languages.isEmpty())
        emitList(out, "languages", settings.languages);
    if (!settings.autoDeclareGroups.isEmpty())
        emitList(out, "auto_declare_groups", settings.autoDeclareGroups);
    if (settings.jargonSet)
        emitList(out, "jargon", settings.jargon);
    out << YAML::EndMap;
}

} // namespace

QByteArray WorkspaceWriter::write(const Workspace& workspace)
{
    YAML::Emitter out;
    out.SetBoolFormat(YAML::TrueFalseBool);
    out << YAML::BeginMap;
    emitValue(out, "version", Workspace::currentVersion);
    if (workspace.settings != WorkspaceSettings()) {
        out << YAML::Key << "settings" << YAML::Value << YAML::BeginMap;
        if (workspace.settings.rawRetentionDays)
            emitValue(out, "raw_retention_days", *workspace.settings.rawRetentionDays);
        out << YAML::EndMap;
    }
    if (workspace.incidents != IncidentSettings())
        emitIncidentSettings(out, workspace.incidents);
    if (!workspace.channels.isEmpty())
        ChannelsWriter::write(out, workspace.channels);
    out << YAML::Key << "services" << YAML::Value << YAML::BeginSeq;
    for (const ServiceDefinition& service : workspace.services)
        emitService(out, service);
    out << YAML::EndSeq << YAML::EndMap;
    QByteArray bytes(out.c_str(), qsizetype(out.size()));
    bytes.append('\n');
    return bytes;
}
