#include "config/ChannelsReader.h"

#include "config/SpellingSuggestion.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

#include <yaml-cpp/yaml.h>

namespace {

const QStringList reservedKeys = {QStringLiteral("name"),    QStringLiteral("type"),
                                  QStringLiteral("kind"),    QStringLiteral("audience"),
                                  QStringLiteral("sandbox"), QStringLiteral("secrets")};

QString secretHint(const QString& path, const QString& key)
{
    return QCoreApplication::translate(
               "Workspace", "“%1” looks like a secret; secrets never go in the workspace file. List its "
                            "name under secrets: (e.g. secrets: [%2]) and provide the value through "
                            "the keychain, an environment variable or the secrets file")
        .arg(path, key);
}

// Reports the first setting, at any depth, whose key looks like a secret.
bool refuseSecretKeys(const YAML::Node& node, const QString& path, YamlReadContext* context)
{
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = YamlMapReader::scalarText(it->first);
            const QString here = path + QLatin1Char('.') + key;
            if (ChannelsReader::looksLikeSecret(key)) {
                context->fail(it->first.Mark(), here + QStringLiteral(": ") + secretHint(here, key));
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
    QStringList known;
    for (ChannelKind k : allChannelKinds())
        known.append(channelKindKey(k));
    const QString suggestion = SpellingSuggestion::closest(*kind, known);
    QString message = QCoreApplication::translate("Workspace", "unknown kind \"%1\"; expected one of %2")
                          .arg(*kind, known.join(QStringLiteral(", ")));
    if (!suggestion.isEmpty())
        message += QStringLiteral(" ") +
                   QCoreApplication::translate("Workspace", "(did you mean \"%1\"?)").arg(suggestion);
    map.fail(QStringLiteral("kind"), message);
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
        if (channel.name.isEmpty())
            map.fail(QStringLiteral("name"),
                     QCoreApplication::translate("Workspace", "a channel needs a name"));
    }
    if (const auto type = map.text(QStringLiteral("type"))) {
        static const QRegularExpression word(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
        channel.type = type->trimmed();
        if (!word.match(channel.type).hasMatch())
            map.fail(
                QStringLiteral("type"),
                QCoreApplication::translate(
                    "Workspace", "expected an adapter type such as statuspage, mastodon or slack, got \"%1\"")
                    .arg(*type));
    }
    readKind(map, &channel);
    if (const auto audience = map.text(QStringLiteral("audience"))) {
        const QString value = audience->trimmed();
        if (value != u"customers" && value != u"internal")
            map.fail(QStringLiteral("audience"),
                     QCoreApplication::translate("Workspace", "expected customers or internal, got \"%1\"")
                         .arg(*audience));
        channel.audience = value;
    }
    if (const auto sandbox = map.boolean(QStringLiteral("sandbox")))
        channel.sandbox = *sandbox;
    if (const auto secrets = map.textList(QStringLiteral("secrets"))) {
        static const QRegularExpression secretName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
        for (const QString& secret : *secrets) {
            if (!secretName.match(secret).hasMatch()) {
                map.fail(QStringLiteral("secrets"),
                         QCoreApplication::translate("Workspace",
                                                     "\"%1\" is not a secret name: use letters, digits and _ "
                                                     "(the value itself never goes in this file)")
                             .arg(secret));
                return channel;
            }
            if (channel.secrets.contains(secret)) {
                map.fail(QStringLiteral("secrets"),
                         QCoreApplication::translate("Workspace", "the secret \"%1\" is listed twice")
                             .arg(secret));
                return channel;
            }
            channel.secrets.append(secret);
        }
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
        if (reservedKeys.contains(key))
            continue;
        const QString here = map.fieldPath(key);
        if (ChannelsReader::looksLikeSecret(key)) {
            context->fail(it->first.Mark(), here + QStringLiteral(": ") + secretHint(here, key));
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
    static const QStringList words = {QStringLiteral("token"), QStringLiteral("password"),
                                      QStringLiteral("api_key"), QStringLiteral("webhook_url"),
                                      QStringLiteral("secret")};
    QString folded = key.trimmed().toLower();
    folded.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString& word : words) {
        if (folded == word || folded.endsWith(QLatin1Char('_') + word))
            return true;
    }
    return false;
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
