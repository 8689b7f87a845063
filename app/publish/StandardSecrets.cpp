#include "publish/StandardSecrets.h"

#include "publish/EnvironmentSecretSource.h"
#include "publish/FileSecretSource.h"
#include "publish/KeychainSecretSource.h"
#include "publish/SecretResolver.h"

std::shared_ptr<SecretResolver> StandardSecrets::make(const QString& secretsFile)
{
    auto resolver = std::make_shared<SecretResolver>();
    // Where there is no keychain (a server without a session bus) it says so and the others are asked.
    resolver->addSource(std::make_shared<KeychainSecretSource>());
    if (!secretsFile.isEmpty())
        resolver->addSource(std::make_shared<FileSecretSource>(secretsFile));
    resolver->addSource(std::make_shared<EnvironmentSecretSource>());
    return resolver;
}
