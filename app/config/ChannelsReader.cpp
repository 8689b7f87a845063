#include "config/ChannelsReader.h"

#include "config/ChannelValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

namespace {

// Reports the first setting, at any depth, whose key looks like a secret.
bool refuseSecretKeys(const YAML::Node& node, const QString& path, YamlReadContext* context)
{
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = YamlMapReader::scalarText(it->first);
            const QString here = path + QLatin1Char('.') + key;
            if (ChannelValidator::looksLikeSecret(key)) {
                context->fail(it->first.Mark(),
                              here + QStringLiteral(": ") + ChannelValidator::secretKeyMessage(here, key));
                return true;
            }
            if (refuseSecretKeys(it->second, here, context))
                return true;
        }
    } else if (node.IsSequence()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            if (refuseSecretKeys(node[i], path + QStringLiteral("[%1]").arg(i), context))
                return true;
        }
    }
    return false;
}

void readKind(YamlMapReader& map, ChannelConfig* channel)
{
    const auto kind = map.text(QStringLiteral("kind"));
    if (!kind || channelKindFromKey(kind->trimmed(), &channel->messageKind))
        return;
    map.fail(QStringLiteral("kind"), ChannelValidator::unknownKindProblem(*kind));
}

ChannelConfig readChannel(const YAML::Node& node, const QString& path, YamlReadContext* context)
{
    ChannelConfig channel;
    YamlMapReader map(node, path, context, node.Mark());
    if (!map.expectMap())
        return channel;
    map.require({QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("kind")});
    if (context->failed())
        return channel;
    if (const auto name = map.text(QStringLiteral("name"))) {
        channel.name = name->trimmed();
        if (const QString problem = ChannelValidator::nameProblem(channel.name); !problem.isEmpty())
            map.fail(QStringLiteral("name"), problem);
    }
    if (const auto type = map.text(QStringLiteral("type"))) {
        channel.type = type->trimmed();
        if (const QString problem = ChannelValidator::typeProblem(*type); !problem.isEmpty())
            map.fail(QStringLiteral("type"), problem);
    }
    readKind(map, &channel);
    if (const auto audience = map.text(QStringLiteral("audience"))) {
        channel.audience = audience->trimmed();
        if (const QString problem = ChannelValidator::audienceProblem(*audience); !problem.isEmpty())
            map.fail(QStringLiteral("audience"), problem);
    }
    if (const auto sandbox = map.boolean(QStringLiteral("sandbox")))
        channel.sandbox = *sandbox;
    if (const auto secrets = map.textList(QStringLiteral("secrets"))) {
        if (const QString problem = ChannelValidator::secretNamesProblem(*secrets); !problem.isEmpty()) {
            map.fail(QStringLiteral("secrets"), problem);
            return channel;
        }
        channel.secrets = *secrets;
    }
    if (context->failed() || !node.IsMap())
        return channel;
    QStringList seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = YamlMapReader::scalarText(it->first);
        if (seen.contains(key)) {
            context->fail(it->first.Mark(),
                          path + QStringLiteral(": ") +
                              QCoreApplication::translate("Workspace", "key \"%1\" appears twice").arg(key));
            return channel;
        }
        seen.append(key);
        if (ChannelValidator::reservedKeys().contains(key))
            continue;
        const QString here = map.fieldPath(key);
        if (ChannelValidator::looksLikeSecret(key)) {
            context->fail(it->first.Mark(),
                          here + QStringLiteral(": ") + ChannelValidator::secretKeyMessage(here, key));
            return channel;
        }
        if (refuseSecretKeys(it->second, here, context))
            return channel;
        channel.settings.insert(key, ChannelsReader::plainValue(it->second));
    }
    return channel;
}

} // namespace

bool ChannelsReader::looksLikeSecret(const QString& key)
{
    return ChannelValidator::looksLikeSecret(key);
}

QVariant ChannelsReader::plainValue(const YAML::Node& node)
{
    if (!node.IsDefined() || node.IsNull())
        return QVariant();
    if (node.IsSequence()) {
        QVariantList list;
        for (std::size_t i = 0; i < node.size(); ++i)
            list.append(plainValue(node[i]));
        return list;
    }
    if (node.IsMap()) {
        QVariantMap map;
        for (auto it = node.begin(); it != node.end(); ++it)
            map.insert(YamlMapReader::scalarText(it->first), plainValue(it->second));
        return map;
    }
    const QString text = YamlMapReader::scalarText(node);
    if (node.Tag() == "!") // quoted: text, even when it reads as a number or a boolean
        return text;
    if (text == u"true" || text == u"false")
        return text == u"true";
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    const double number = QLocale::c().toDouble(text, &ok);
    if (ok)
        return number;
    return text;
}

void ChannelsReader::read(const YamlMapReader& root, YamlReadContext* context, QList<ChannelConfig>* out)
{
    const YAML::Node list = root.value(QStringLiteral("channels"));
    if (!list.IsDefined() || list.IsNull())
        return;
    if (!list.IsSequence()) {
        context->fail(root.markOf(QStringLiteral("channels")),
                      QStringLiteral("channels: ") +
                          QCoreApplication::translate(
                              "Workspace", "expected a list of channels (lines starting with \"- \"), got %1")
                              .arg(YamlMapReader::describe(list)));
        return;
    }
    QHash<QString, int> indexByName;
    int index = 0;
    for (auto it = list.begin(); it != list.end() && !context->failed(); ++it, ++index) {
        const QString path = QStringLiteral("channels[%1]").arg(index);
        ChannelConfig channel = readChannel(*it, path, context);
        if (context->failed())
            return;
        const QString key = channel.name.toCaseFolded();
        if (indexByName.contains(key)) {
            YamlMapReader map(*it, path, context, it->Mark());
            map.fail(
                QStringLiteral("name"),
                QCoreApplication::translate(
                    "Workspace", "\"%1\" is already the name of channels[%2]; channel names must be unique")
                    .arg(channel.name)
                    .arg(indexByName.value(key)));
            return;
        }
        indexByName.insert(key, index);
        out->append(channel);
    }
}
