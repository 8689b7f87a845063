#pragma once

#include "publish/ChannelConfig.h"
#include "publish/HttpExchange.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

// Builds the JSON requests the status-page and social adapters send: one base address from the channel's
// settings, a bounded timeout (`timeout_ms`, default 15 s), JSON in and out.
class StatusApiRequest
{
public:
    // `base` (setting `key`, else `fallback`) without its trailing slash, then `path`.
    static QUrl url(const ChannelConfig& channel, const QString& key, const QString& fallback,
                    const QString& path);
    static HttpRequest get(const QUrl& url, const ChannelConfig& channel);
    static HttpRequest json(const QByteArray& method, const QUrl& url, const QJsonObject& body,
                            const ChannelConfig& channel);
    static int timeoutMs(const ChannelConfig& channel);
    // The answer's body as a JSON object (empty when it is not one).
    static QJsonObject object(const HttpResponse& response);
};
