#include "publish/StatusApiRequest.h"

#include <QJsonDocument>

namespace {

constexpr int kDefaultTimeoutMs = 15'000;
constexpr int kLongestTimeoutMs = 120'000;

} // namespace

QUrl StatusApiRequest::url(const ChannelConfig& channel, const QString& key, const QString& fallback,
                           const QString& path)
{
    QString base = channel.settings.value(key).toString().trimmed();
    if (base.isEmpty())
        base = fallback;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

HttpRequest StatusApiRequest::get(const QUrl& url, const ChannelConfig& channel)
{
    HttpRequest request;
    request.method = "GET";
    request.url = url;
    request.timeoutMs = timeoutMs(channel);
    request.setHeader("Accept", "application/json");
    return request;
}

HttpRequest StatusApiRequest::json(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                                   const ChannelConfig& channel)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.timeoutMs = timeoutMs(channel);
    request.setHeader("Accept", "application/json");
    request.setHeader("Content-Type", "application/json; charset=utf-8");
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

int StatusApiRequest::timeoutMs(const ChannelConfig& channel)
{
    bool ok = false;
    const int configured = channel.settings.value(QStringLiteral("timeout_ms")).toInt(&ok);
    return ok && configured > 0 ? std::min(configured, kLongestTimeoutMs) : kDefaultTimeoutMs;
}

QJsonObject StatusApiRequest::object(const HttpResponse& response)
{
    return QJsonDocument::fromJson(response.body).object();
}
