#pragma once

#include "publish/ChannelConfig.h"
#include "publish/HttpExchange.h"
#include "publish/Secrets.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// What the chat and webhook adapters share: reading a secret address without ever quoting it, building a
// JSON request, and carrying the thread forward.
class AdapterSupport
{
    Q_DECLARE_TR_FUNCTIONS(AdapterSupport)

public:
    // The channel as a person knows it: its name, else its type.
    static QString channelLabel(const ChannelConfig& channel);

    // The secret `name` as an absolute http(s) address with a host; on failure nullopt and `error` says which
    // secret is missing or malformed (never its value).
    static std::optional<QUrl> secretUrl(const Secrets& secrets, const ChannelConfig& channel,
                                         const QString& name, QString* error);
    // The same check for an address that is a plain setting.
    static std::optional<QUrl> checkedUrl(const QString& text, const ChannelConfig& channel,
                                          const QString& what, QString* error);

    static HttpRequest jsonRequest(const QByteArray& method, const QUrl& url, const QJsonObject& body);

    // `earlier` with the members of `added` set on top: later messages need both.
    static QJsonObject mergedThread(const QJsonObject& earlier, const QJsonObject& added);

    // The values of the named secrets, for ResponseClassifier to blank out of echoed text.
    static QList<QByteArray> sensitiveValues(const Secrets& secrets, const QStringList& names);

    // The length limit check: a message over `limit` characters (UTF-16 code units, the stricter count)
    // is refused rather than cut, with a sentence naming the limit; empty text is refused too.
    static std::optional<QString> lengthProblem(const QString& text, int limit, const ChannelConfig& channel);
};
