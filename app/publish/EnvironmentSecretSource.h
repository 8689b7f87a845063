#pragma once

#include "publish/SecretSource.h"

#include <QCoreApplication>

// Secrets from environment variables named VIGIE_SECRET_<CHANNEL>_<NAME>: the channel and secret names
// upper-cased, every character that is not an ASCII letter or digit written as "_" (channel "Status page",
// secret "api_key" -> VIGIE_SECRET_STATUS_PAGE_API_KEY).
class EnvironmentSecretSource final : public SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentSecretSource)

public:
    static QString variableName(const QString& channelName, const QString& secretName);

    Lookup lookup(const QString& channelName, const QString& secretName) const override;
    QString describe() const override;
};
