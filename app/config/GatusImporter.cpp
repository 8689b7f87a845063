#include "config/GatusImporter.h"

#include "config/GatusEndpointMapper.h"
#include "config/YamlReadContext.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <yaml-cpp/yaml.h>

QString GatusImporter::uniqueName(const ServiceDefinition& service, const QSet<QString>& taken)
{
    if (!taken.contains(service.name.toCaseFolded()))
        return service.name;
    const QString base =
        service.group.isEmpty() ? service.name : QStringLiteral("%1 (%2)").arg(service.name, service.group);
    QString candidate = base;
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
        candidate = QStringLiteral("%1 %2").arg(base).arg(n);
    return candidate;
}

std::optional<GatusImport> GatusImporter::read(const QByteArray& yaml, const QString& fileName,
                                               WorkspaceError* error)
{
    YamlReadContext context(fileName);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        context.fail(e.mark, QCoreApplication::translate("GatusImporter", "this is not valid YAML: %1")
                                 .arg(QString::fromStdString(e.msg)));
    }
    YAML::Node endpoints(YAML::NodeType::Undefined);
    GatusImport result;
    if (!context.failed() && !root.IsMap())
        context.fail(root.Mark(),
                     QCoreApplication::translate(
                         "GatusImporter", "expected a Gatus configuration: a map with an endpoints: list"));
    if (!context.failed()) {
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            const int line = it->first.Mark().line + 1;
            if (key == u"endpoints") {
                endpoints = it->second;
            } else if (key == u"external-endpoints") {
                result.notes.append(
                    {GatusImportNote::Severity::NotMapped, QString(), line,
                     QCoreApplication::translate(
                         "GatusImporter",
                         "external-endpoints are fed by other systems and are not imported")});
            } else {
                result.notes.append(
                    {GatusImportNote::Severity::NotMapped, QString(), line,
                     QCoreApplication::translate("GatusImporter",
                                                 "the %1 section has no Vigie equivalent and is not imported")
                         .arg(key)});
            }
        }
        if (!endpoints.IsDefined())
            context.fail(root.Mark(),
                         QCoreApplication::translate(
                             "GatusImporter", "no endpoints: list found; is this a Gatus configuration?"));
        else if (!endpoints.IsSequence() && !endpoints.IsNull())
            context.fail(endpoints.Mark(),
                         QStringLiteral("endpoints: ") +
                             QCoreApplication::translate("GatusImporter", "expected a list of endpoints"));
    }
    if (context.failed()) {
        if (error)
            *error = context.error();
        return std::nullopt;
    }

    QSet<QString> taken;
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        const qsizetype firstNote = result.notes.size();
        std::optional<ServiceDefinition> service = GatusEndpointMapper(*it, &result.notes).map();
        if (!service)
            continue;
        const QString name = uniqueName(*service, taken);
        if (name != service->name) {
            result.notes.append(
                {GatusImportNote::Severity::Approximated, name, it->Mark().line + 1,
                 QCoreApplication::translate("GatusImporter",
                                             "imported as \"%1\": another service is already called \"%2\"")
                     .arg(name, service->name)});
            for (qsizetype i = firstNote; i < result.notes.size(); ++i)
                result.notes[i].endpoint = name;
            service->name = name;
        }
        taken.insert(name.toCaseFolded());
        result.services.append(*service);
    }
    std::stable_sort(result.notes.begin(), result.notes.end(),
                     [](const GatusImportNote& a, const GatusImportNote& b) { return a.line < b.line; });
    return result;
}

std::optional<GatusImport> GatusImporter::readFile(const QString& path, WorkspaceError* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = WorkspaceError{
                path, 0, 0,
                QCoreApplication::translate("GatusImporter", "cannot open the Gatus configuration: %1")
                    .arg(file.errorString())};
        return std::nullopt;
    }
    return read(file.readAll(), path, error);
}
