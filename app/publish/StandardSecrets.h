#pragma once

#include <QString>

#include <memory>

class SecretResolver;

// Where a running Vigie looks for channel secrets, in order: the system keychain, an owner-only file named
// on the command line, then VIGIE_SECRET_<CHANNEL>_<NAME> environment variables.
class StandardSecrets
{
public:
    static std::shared_ptr<SecretResolver> make(const QString& secretsFile);
};
