#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// The rules a channel obeys wherever it is written, the workspace file (ChannelsReader) or the window's
// channel editor, so that both refuse the same things in the same words. Each check returns an empty string
// when the value is fine, else the problem as a sentence without its field (the caller names the field).
class ChannelValidator
{
public:
    // Keys of a channel entry that are not adapter settings: name, type, kind, audience, sandbox, secrets.
    static const QStringList& reservedKeys();
    // True for keys such as "token", "bot_token", "api-key", "smtp_password", "client_secret".
    static bool looksLikeSecret(const QString& key);
    // Why the setting `key` (at `path`, e.g. "channels[0].token") may not be written down.
    static QString secretKeyMessage(const QString& path, const QString& key);
    // The path of the first key, at any depth of `value` (maps and lists), that looks like a secret, starting
    // from `path`; empty when there is none.
    static QString secretKeyPath(const QVariant& value, const QString& path);

    static QString nameProblem(const QString& name);
    static QString typeProblem(const QString& type);
    static QString audienceProblem(const QString& audience);
    static QString unknownKindProblem(const QString& kind);
    // Each name is letters, digits and _, and none is listed twice.
    static QString secretNamesProblem(const QStringList& names);
};
