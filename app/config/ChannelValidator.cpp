#include "config/ChannelValidator.h"

#include "comms/ChannelKind.h"
#include "config/SpellingSuggestion.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVariantList>
#include <QVariantMap>

const QStringList& ChannelValidator::reservedKeys()
{
    static const QStringList keys = {QStringLiteral("name"),    QStringLiteral("type"),
                                     QStringLiteral("kind"),    QStringLiteral("audience"),
                                     QStringLiteral("sandbox"), QStringLiteral("secrets")};
    return keys;
}

bool ChannelValidator::looksLikeSecret(const QString& key)
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

QString ChannelValidator::secretKeyMessage(const QString& path, const QString& key)
{
    return QCoreApplication::translate(
               "Workspace", "“%1” looks like a secret; secrets never go in the workspace file. List its "
                            "name under secrets: (e.g. secrets: [%2]) and provide the value through "
                            "the keychain, an environment variable or the secrets file")
        .arg(path, key);
}

QString ChannelValidator::secretKeyPath(const QVariant& value, const QString& path)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString here = path + QLatin1Char('.') + it.key();
            if (looksLikeSecret(it.key()))
                return here;
            if (const QString inner = secretKeyPath(it.value(), here); !inner.isEmpty())
                return inner;
        }
    } else if (value.typeId() == QMetaType::QVariantList) {
        const QVariantList list = value.toList();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (const QString inner = secretKeyPath(list.at(i), path + QStringLiteral("[%1]").arg(i));
                !inner.isEmpty())
                return inner;
        }
    }
    return QString();
}

QString ChannelValidator::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Workspace", "a channel needs a name");
    return QString();
}

QString ChannelValidator::typeProblem(const QString& type)
{
    static const QRegularExpression word(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    if (word.match(type.trimmed()).hasMatch())
        return QString();
    return QCoreApplication::translate(
               "Workspace", "expected an adapter type such as statuspage, mastodon or slack, got \"%1\"")
        .arg(type);
}

QString ChannelValidator::audienceProblem(const QString& audience)
{
    const QString value = audience.trimmed();
    if (value == u"customers" || value == u"internal")
        return QString();
    return QCoreApplication::translate("Workspace", "expected customers or internal, got \"%1\"")
        .arg(audience);
}

QString ChannelValidator::unknownKindProblem(const QString& kind)
{
    QStringList known;
    for (ChannelKind k : allChannelKinds())
        known.append(channelKindKey(k));
    const QString suggestion = SpellingSuggestion::closest(kind, known);
    QString message = QCoreApplication::translate("Workspace", "unknown kind \"%1\"; expected one of %2")
                          .arg(kind, known.join(QStringLiteral(", ")));
    if (!suggestion.isEmpty())
        message += QStringLiteral(" ") +
                   QCoreApplication::translate("Workspace", "(did you mean \"%1\"?)").arg(suggestion);
    return message;
}

QString ChannelValidator::secretNamesProblem(const QStringList& names)
{
    static const QRegularExpression secretName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    QStringList seen;
    for (const QString& secret : names) {
        if (!secretName.match(secret).hasMatch())
            return QCoreApplication::translate("Workspace",
                                               "\"%1\" is not a secret name: use letters, digits and _ "
                                               "(the value itself never goes in this file)")
                .arg(secret);
        if (seen.contains(secret))
            return QCoreApplication::translate("Workspace", "the secret \"%1\" is listed twice").arg(secret);
        seen.append(secret);
    }
    return QString();
}
