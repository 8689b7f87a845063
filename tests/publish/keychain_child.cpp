// Helper for tst_keychainsecrets: uses the system keychain the way Vigie does, in the environment its
// parent gave it (one without a D-Bus session), and prints one line per step:
//   probed <1|0> <why>
//   write <written|failed> <message>
//   resolve-env <ok|error> <value or error>   (the environment has the secret)
//   resolve-none <ok|error> <error>           (no source has it)
// Stops after two minutes at most, so that a keychain that never answers cannot keep it running.
#include "publish/EnvironmentSecretSource.h"
#include "publish/KeychainSecretSource.h"
#include "publish/KeychainSecretStore.h"
#include "publish/SecretResolver.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace {

void say(const QString& line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QString resolved(const SecretResolver& resolver, const QString& channelName)
{
    ChannelConfig channel;
    channel.name = channelName;
    channel.secrets = {QStringLiteral("token")};
    const SecretResolver::Resolution resolution = resolver.resolve(channel);
    return resolution.ok()
               ? QStringLiteral("ok ") + QString::fromUtf8(resolution.secrets.value(channel.secrets.first()))
               : QStringLiteral("error ") + resolution.error;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: keychain_child <value to write>\n");
        return 2;
    }
    const QString value = QString::fromLocal8Bit(argv[1]);
    QTimer::singleShot(120'000, &app, [] { QCoreApplication::exit(3); });

    KeychainSecretStore store;
    QObject::connect(&store, &KeychainSecretStore::probed, &app, [&](bool available, const QString& why) {
        say(QStringLiteral("probed %1 %2").arg(available ? 1 : 0).arg(why));
        store.write(QStringLiteral("Ops chat"), QStringLiteral("token"), value);
    });
    const auto afterWrite = [&app](const QString& line) {
        say(line);
        SecretResolver resolver;
        resolver.addSource(std::make_shared<KeychainSecretSource>());
        resolver.addSource(std::make_shared<EnvironmentSecretSource>());
        say(QStringLiteral("resolve-env ") + resolved(resolver, QStringLiteral("Env chat")));
        say(QStringLiteral("resolve-none ") + resolved(resolver, QStringLiteral("Nowhere chat")));
        app.quit();
    };
    QObject::connect(&store, &KeychainSecretStore::written, &app,
                     [afterWrite] { afterWrite(QStringLiteral("write written")); });
    QObject::connect(&store, &KeychainSecretStore::failed, &app,
                     [afterWrite](const QString&, const QString&, const QString& message) {
                         afterWrite(QStringLiteral("write failed ") + message);
                     });
    store.probe();
    return app.exec();
}
