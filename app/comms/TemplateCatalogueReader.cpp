#include "comms/TemplateCatalogueReader.h"

#include "comms/MessageVocabulary.h"
#include "config/YamlMapReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>
#include <yaml-cpp/yaml.h>

namespace {

constexpr int currentVersion = 1;

QString translate(const char* text)
{
    return QCoreApplication::translate("TemplateCatalogue", text);
}

// Reads one template text and checks that kainjow compiles it; reports the template by id, channel and
// language so that the message is clear even without the path.
std::optional<QString> readTemplateText(YamlMapReader& map, const QString& key, const MessageTemplate& entry)
{
    const std::optional<QString> text = map.text(key);
    if (!text)
        return std::nullopt;
    const kainjow::mustache::mustache compiled(text->toStdString());
    if (!compiled.is_valid()) {
        map.fail(key, translate("template \"%1\" (%2, %3) is not valid Mustache: %4")
                          .arg(entry.templateId, channelKindKey(entry.channel), entry.language,
                               QString::fromStdString(compiled.error_message())));
        return std::nullopt;
    }
    return text;
}

void readChannel(YamlMapReader& map, MessageTemplate entry, TemplateCatalogue* catalogue)
{
    if (!map.expectMap())
        return;
    const bool email = entry.channel == ChannelKind::Email;
    map.allowOnly(email
                      ? QStringList{QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("html")}
                      : QStringList{QStringLiteral("body")});
    map.require(email ? QStringList{QStringLiteral("subject"), QStringLiteral("body")}
                      : QStringList{QStringLiteral("body")});
    const std::optional<QString> body = readTemplateText(map, QStringLiteral("body"), entry);
    if (body && body->trimmed().isEmpty())
        map.fail(QStringLiteral("body"), translate("the body is empty"));
    if (email) {
        if (const auto subject = readTemplateText(map, QStringLiteral("subject"), entry)) {
            entry.subject = subject->trimmed();
            if (entry.subject.contains(QLatin1Char('\n')))
                map.fail(QStringLiteral("subject"), translate("a subject is a single line"));
        }
        if (map.has(QStringLiteral("html")))
            entry.html = readTemplateText(map, QStringLiteral("html"), entry).value_or(QString());
    }
    if (map.context()->failed())
        return;
    entry.body = *body;
    catalogue->insert(entry);
}

void readLanguage(YamlMapReader& map, MessageTemplate entry, TemplateCatalogue* catalogue)
{
    if (!map.expectMap())
        return;
    QStringList channels;
    for (const ChannelKind kind : allChannelKinds())
        channels.append(channelKindKey(kind));
    map.allowOnly(channels);
    for (const ChannelKind kind : allChannelKinds()) {
        const QString key = channelKindKey(kind);
        if (!map.has(key))
            continue;
        YamlMapReader channel(map.value(key), map.fieldPath(key), map.context(), map.markOf(key));
        entry.channel = kind;
        readChannel(channel, entry, catalogue);
    }
}

} // namespace

std::optional<TemplateCatalogue> TemplateCatalogueReader::read(const QByteArray& yaml,
                                                               const QString& fileName, WorkspaceError* error)
{
    YamlReadContext context(fileName);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        context.fail(e.mark, translate("this is not valid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (!context.failed() && (root.IsNull() || !root.IsDefined()))
        context.fail(YAML::Mark::null_mark(),
                     translate("the file is empty; a template file starts with \"version: 1\" and a "
                               "templates: map"));
    TemplateCatalogue catalogue;
    if (!context.failed()) {
        YamlMapReader map(root, QString(), &context, YAML::Mark::null_mark());
        if (map.expectMap()) {
            map.allowOnly({QStringLiteral("version"), QStringLiteral("templates")});
            map.require({QStringLiteral("version"), QStringLiteral("templates")});
            if (const auto version = map.integer(QStringLiteral("version"), 1, 1000);
                version && *version != currentVersion)
                map.fail(QStringLiteral("version"),
                         translate("this Vigie reads template files of version %1, the file has version %2")
                             .arg(currentVersion)
                             .arg(*version));
            const YAML::Node templates = map.value(QStringLiteral("templates"));
            YamlMapReader templatesMap(templates, QStringLiteral("templates"), &context,
                                       map.markOf(QStringLiteral("templates")));
            static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
            if (!context.failed() && templatesMap.expectMap() && templates.IsMap()) {
                for (auto it = templates.begin(); it != templates.end() && !context.failed(); ++it) {
                    const QString id = YamlMapReader::scalarText(it->first);
                    if (!idPattern.match(id).hasMatch()) {
                        context.fail(it->first.Mark(),
                                     QStringLiteral("templates: ") +
                                         translate("\"%1\" is not a template id; use lower-case letters, "
                                                   "digits and dashes")
                                             .arg(id));
                        break;
                    }
                    YamlMapReader languages(it->second, templatesMap.fieldPath(id), &context,
                                            it->first.Mark());
                    if (!languages.expectMap())
                        break;
                    languages.allowOnly(MessageVocabulary::languages());
                    for (const QString& language : MessageVocabulary::languages()) {
                        if (!languages.has(language) || context.failed())
                            continue;
                        YamlMapReader channels(languages.value(language), languages.fieldPath(language),
                                               &context, languages.markOf(language));
                        MessageTemplate entry;
                        entry.templateId = id;
                        entry.language = language;
                        readLanguage(channels, entry, &catalogue);
                    }
                }
            }
        }
    }
    if (context.failed()) {
        if (error)
            *error = context.error();
        return std::nullopt;
    }
    return catalogue;
}
