#pragma once

#include <QString>

#include <memory>

class SecretResolver;

// Where a running Vigie looks for channel secrets, in order: an owner-only file named on the command line,
// then VIGIE_SECRET_<CHANNEL>_<NAME> environment variables. (The system keychain comes first once it is
// wired in.)
class StandardSecrets
{
public:
    static std::shared_ptr<SecretResolver> make(const QString& secretsFile);
};
