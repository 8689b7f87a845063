#include "publish/adapters/AdapterSupport.h"

#include <QJsonDocument>

QString AdapterSupport::channelLabel(const ChannelConfig& channel)
{
    return channel.name.isEmpty() ? channel.type : channel.name;
}

std::optional<QUrl> AdapterSupport::checkedUrl(const QString& text, const ChannelConfig& channel,
                                               const QString& what, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error = tr("%1: %2 is not a web address (http or https).").arg(channelLabel(channel), what);
        return std::nullopt;
    }
    return url;
}

std::optional<QUrl> AdapterSupport::secretUrl(const Secrets& secrets, const ChannelConfig& channel,
                                              const QString& name, QString* error)
{
    const QByteArray value = secrets.value(name).trimmed();
    if (value.isEmpty()) {
        *error = tr("%1: the secret “%2” is missing; set it in the channel settings.")
                     .arg(channelLabel(channel), name);
        return std::nullopt;
    }
    return checkedUrl(QString::fromUtf8(value), channel, tr("the secret “%1”").arg(name), error);
}

HttpRequest AdapterSupport::jsonRequest(const QByteArray& method, const QUrl& url, const QJsonObject& body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.setHeader("Content-Type", "application/json; charset=utf-8");
    request.setHeader("Accept", "application/json");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QJsonObject AdapterSupport::mergedThread(const QJsonObject& earlier, const QJsonObject& added)
{
    QJsonObject merged = earlier;
    for (auto it = added.begin(); it != added.end(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

QList<QByteArray> AdapterSupport::sensitiveValues(const Secrets& secrets, const QStringList& names)
{
    QList<QByteArray> values;
    for (const QString& name : names) {
        if (const QByteArray value = secrets.value(name).trimmed(); !value.isEmpty())
            values.append(value);
    }
    return values;
}

std::optional<QString> AdapterSupport::lengthProblem(const QString& text, int limit,
                                                     const ChannelConfig& channel)
{
    if (text.trimmed().isEmpty())
        return tr("%1: the message is empty.").arg(channelLabel(channel));
    if (text.size() > limit)
        return tr("%1: the message has %2 characters; this service takes at most %3. Shorten it.")
            .arg(channelLabel(channel), QString::number(text.size()), QString::number(limit));
    return std::nullopt;
}
