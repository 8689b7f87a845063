#pragma once

#include "config/YamlMapReader.h"
#include "publish/ChannelConfig.h"

#include <QList>
#include <QVariant>

// Reads the workspace's `channels:` list (docs/workspace-format.md): each channel's name (unique), type,
// kind, audience, sandbox flag and secret names; every other key is an adapter setting, kept as a plain
// value. A setting named like a secret (token, password, api_key, webhook_url, secret) is refused: secrets
// are named under `secrets:` and never written in the file.
class ChannelsReader
{
public:
    static void read(const YamlMapReader& root, YamlReadContext* context, QList<ChannelConfig>* out);
    // True for keys such as "token", "bot_token", "api-key", "smtp_password", "client_secret".
    static bool looksLikeSecret(const QString& key);
    // A YAML value as a QVariant: booleans, whole numbers and numbers for plain scalars that read as such,
    // text for the rest (and for every quoted scalar), lists and maps recursively, null as an invalid one.
    static QVariant plainValue(const YAML::Node& node);
};
