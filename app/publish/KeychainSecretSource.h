#pragma once

#include "publish/SecretSource.h"

#include <QCoreApplication>

// Secrets from the system keychain (the Secret Service of GNOME Keyring or KWallet on Linux, the macOS
// Keychain, the Windows Credential Manager), through QtKeychain. Each secret is one entry of the service
// "vigie" whose key is "channel/<channel name>/<secret name>", with "%" and "/" inside either name written
// "%25" and "%2F" so that two channels never share a key (channel "Ops chat", secret "token" ->
// "channel/Ops chat/token"). The keys are stable: changing them would lose every stored secret.
//
// Asked first by the resolver. Without a reachable keychain (no D-Bus session on a headless machine, no
// Secret Service, a locked keyring) a lookup is Unavailable, so that the environment and the secrets file
// are asked next and the message says the keychain is missing if they do not have the secret either.
class KeychainSecretSource final : public SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretSource)

public:
    static constexpr int DefaultTimeoutMs = 10000;

    // `timeoutMs` bounds each lookup: a keyring waiting for its password must not hold a delivery forever.
    explicit KeychainSecretSource(int timeoutMs = DefaultTimeoutMs);

    static QString keyName(const QString& channelName, const QString& secretName);

    // Blocks the calling thread (the outbox's sending thread, never the interface thread) until the
    // keychain answers or the timeout passes.
    Lookup lookup(const QString& channelName, const QString& secretName) const override;
    QString describe() const override;

private:
    int m_timeoutMs;
};
