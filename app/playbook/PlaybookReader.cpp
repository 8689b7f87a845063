#include "playbook/PlaybookReader.h"

#include "config/YamlMapReader.h"
#include "playbook/PlaybookMerge.h"
#include "playbook/PlaybookStepReader.h"
#include "playbook/PlaybookValidator.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

namespace {

YAML::Node parse(const QByteArray& yaml, YamlReadContext* context)
{
    try {
        return YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        context->fail(e.mark, QCoreApplication::translate("Playbook", "this is not valid YAML: %1")
                                  .arg(QString::fromStdString(e.msg)));
    }
    return YAML::Node();
}

QList<PlaybookStepPatch> readSteps(const YamlMapReader& root, YamlReadContext* context, bool extending)
{
    QList<PlaybookStepPatch> patches;
    const YAML::Node list = root.value(QStringLiteral("steps"));
    if (!list.IsDefined() || list.IsNull())
        return patches;
    if (!list.IsSequence()) {
        context->fail(root.markOf(QStringLiteral("steps")),
                      QStringLiteral("steps: ") +
                          QCoreApplication::translate(
                              "Playbook", "expected a list of steps (lines starting with \"- \"), got %1")
                              .arg(YamlMapReader::describe(list)));
        return patches;
    }
    int index = 0;
    for (auto it = list.begin(); it != list.end() && !context->failed(); ++it, ++index)
        patches.append(
            PlaybookStepReader::read(*it, QStringLiteral("steps[%1]").arg(index), context, extending));
    return patches;
}

} // namespace

PlaybookResult PlaybookReader::readFromBytes(const QByteArray& yaml, const QString& fileName)
{
    return readFromBytes(yaml, fileName, defaultPlaybook());
}

PlaybookResult PlaybookReader::readFromBytes(const QByteArray& yaml, const QString& fileName,
                                             const Playbook& base)
{
    YamlReadContext context(fileName);
    const YAML::Node root = parse(yaml, &context);
    if (!context.failed() && (root.IsNull() || !root.IsDefined()))
        context.fail(
            YAML::Mark::null_mark(),
            QCoreApplication::translate("Playbook", "the file is empty; a playbook has a steps: list"));
    if (context.failed())
        return PlaybookResult::failure(context.error());

    YamlMapReader map(root, QString(), &context, YAML::Mark::null_mark());
    if (!map.expectMap())
        return PlaybookResult::failure(context.error());
    map.allowOnly(
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("extends"), QStringLiteral("steps")});
    bool extending = false;
    if (const auto extends = map.text(QStringLiteral("extends"))) {
        extending = true;
        if (extends->trimmed() != u"default")
            map.fail(
                QStringLiteral("extends"),
                QCoreApplication::translate(
                    "Playbook", "a playbook can only extend \"default\", the one Vigie ships; got \"%1\"")
                    .arg(*extends));
    }
    if (!extending)
        map.require({QStringLiteral("steps")});
    Playbook head = extending ? base : Playbook();
    if (!extending)
        head.id = QStringLiteral("custom");
    if (const auto id = map.text(QStringLiteral("id"))) {
        head.id = id->trimmed();
        if (!PlaybookStepReader::isValidId(head.id))
            map.fail(QStringLiteral("id"),
                     QCoreApplication::translate("Playbook", "expected an id of lower-case letters, digits "
                                                             "and dashes such as \"shop\", got \"%1\"")
                         .arg(*id));
    }
    if (const auto name = PlaybookStepReader::readText(map, QStringLiteral("name")))
        head.name = *name;
    if (head.name.isEmpty())
        head.name = LocalizedText(head.id);
    const QList<PlaybookStepPatch> patches =
        context.failed() ? QList<PlaybookStepPatch>() : readSteps(map, &context, extending);
    if (context.failed())
        return PlaybookResult::failure(context.error());

    PlaybookResult result = extending ? PlaybookMerge::apply(head, patches, fileName)
                                      : PlaybookMerge::build(head, patches, fileName);
    if (!result.ok())
        return result;
    if (auto problem = PlaybookValidator::check(*result.playbook, fileName, patches))
        return PlaybookResult::failure(*problem);
    return result;
}

PlaybookResult PlaybookReader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PlaybookResult::failure(
            WorkspaceError{path, 0, 0,
                           QCoreApplication::translate("Playbook", "cannot open the playbook file: %1")
                               .arg(file.errorString())});
    return readFromBytes(file.readAll(), path);
}

Playbook PlaybookReader::defaultPlaybook()
{
    static const Playbook shipped = [] {
        QFile file(defaultPlaybookPath());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The default playbook is missing from the resources");
        const PlaybookResult result =
            readFromBytes(file.readAll(), QStringLiteral("default.yaml"), Playbook());
        if (!result.ok())
            qFatal("The default playbook is invalid: %s", qPrintable(result.error.toString()));
        return *result.playbook;
    }();
    return shipped;
}
