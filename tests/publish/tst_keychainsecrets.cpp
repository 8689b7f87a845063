#include "publish/EnvironmentSecretSource.h"
#include "publish/KeychainSecretSource.h"
#include "publish/KeychainSecretStore.h"
#include "publish/SecretResolver.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Channel secrets in the system keychain. Runs inside tests/support/with-keychain.sh (a private D-Bus
// session with an unlocked GNOME Keyring); the cases without a keychain run keychain_child in an
// environment with no usable session bus.
class TestKeychainSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyNames_data();
    void keyNames();
    void probeFindsTheKeychain();
    void writtenSecretsReadBack_data();
    void writtenSecretsReadBack();
    void missingEntryFallsThroughToTheEnvironment();
    void keychainIsAskedBeforeTheEnvironment();
    void removeDeletesTheEntry();
    void withoutAKeychain_data();
    void withoutAKeychain();

private:
    static bool write(KeychainSecretStore& store, const QString& channel, const QString& secret,
                      const QString& value);
    static ChannelConfig channel(const QString& name);
};

bool TestKeychainSecrets::write(KeychainSecretStore& store, const QString& channel, const QString& secret,
                                const QString& value)
{
    QSignalSpy written(&store, &KeychainSecretStore::written);
    QSignalSpy failed(&store, &KeychainSecretStore::failed);
    store.write(channel, secret, value);
    if (!QTest::qWaitFor([&] { return written.size() + failed.size() > 0; }, 20'000))
        return false;
    if (!failed.isEmpty())
        qWarning("%s", qPrintable(failed.first().at(2).toString()));
    return written.size() == 1 && written.first().at(0).toString() == channel &&
           written.first().at(1).toString() == secret;
}

ChannelConfig TestKeychainSecrets::channel(const QString& name)
{
    ChannelConfig config;
    config.name = name;
    config.secrets = {QStringLiteral("token")};
    return config;
}

void TestKeychainSecrets::keyNames_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Ops chat"
                           << "token"
                           << "channel/Ops chat/token";
    QTest::newRow("accents kept") << "Équipe"
                                  << "api_key"
                                  << "channel/Équipe/api_key";
    QTest::newRow("slash in the channel") << "a/b"
                                          << "c"
                                          << "channel/a%2Fb/c";
    QTest::newRow("slash in the secret") << "a"
                                         << "b/c"
                                         << "channel/a/b%2Fc";
    QTest::newRow("percent escaped first") << "50%2F"
                                           << "x"
                                           << "channel/50%252F/x";
}

void TestKeychainSecrets::keyNames()
{
    QFETCH(QString, channel);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    QCOMPARE(KeychainSecretSource::keyName(channel, secret), expected);
}

void TestKeychainSecrets::probeFindsTheKeychain()
{
    KeychainSecretStore store;
    QSignalSpy probed(&store, &KeychainSecretStore::probed);
    store.probe();
    QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 1, 20'000);
    QVERIFY2(probed.first().at(0).toBool(), qPrintable(probed.first().at(1).toString()));
    QVERIFY(probed.first().at(1).toString().isEmpty());
}

void TestKeychainSecrets::writtenSecretsReadBack_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("value");
    QTest::newRow("token") << "Ops chat"
                           << "token"
                           << "xoxb-keychain-1234";
    QTest::newRow("webhook address") << "Status page"
                                     << "webhook_url"
                                     << "https://hooks.example/services/T0/B0/abc?x=1&y=2";
    QTest::newRow("non-ASCII value and channel") << "Équipe ops"
                                                 << "password"
                                                 << "mot-de-passe-été-✓";
}

void TestKeychainSecrets::writtenSecretsReadBack()
{
    QFETCH(QString, channel);
    QFETCH(QString, secret);
    QFETCH(QString, value);
    KeychainSecretStore store;
    QVERIFY(write(store, channel, secret, value));
    const KeychainSecretSource source;
    const SecretSource::Lookup lookup = source.lookup(channel, secret);
    QCOMPARE(lookup.kind, SecretSource::Lookup::Kind::Found);
    QCOMPARE(lookup.value, value.toUtf8());
    QCOMPARE(source.lookup(channel, QStringLiteral("other")).kind, SecretSource::Lookup::Kind::Missing);
}

void TestKeychainSecrets::missingEntryFallsThroughToTheEnvironment()
{
    const KeychainSecretSource keychain;
    QCOMPARE(keychain.lookup(QStringLiteral("Env only"), QStringLiteral("token")).kind,
             SecretSource::Lookup::Kind::Missing);
    qputenv("VIGIE_SECRET_ENV_ONLY_TOKEN", "from-the-environment");
    SecretResolver resolver;
    resolver.addSource(std::make_shared<KeychainSecretSource>());
    resolver.addSource(std::make_shared<EnvironmentSecretSource>());
    const SecretResolver::Resolution resolution = resolver.resolve(channel(QStringLiteral("Env only")));
    qunsetenv("VIGIE_SECRET_ENV_ONLY_TOKEN");
    QVERIFY2(resolution.ok(), qPrintable(resolution.error));
    QCOMPARE(resolution.secrets.value(QStringLiteral("token")), QByteArray("from-the-environment"));
    QVERIFY2(resolution.unavailable.isEmpty(), qPrintable(resolution.unavailable.join(u'\n')));

    // Nowhere: the message names the keychain among the places looked in, and no unavailability.
    const SecretResolver::Resolution none = resolver.resolve(channel(QStringLiteral("Env only")));
    QVERIFY(!none.ok());
    QVERIFY2(none.error.contains(QStringLiteral("keychain")), qPrintable(none.error));
    QVERIFY2(!none.error.contains(QStringLiteral("not available")), qPrintable(none.error));
}

void TestKeychainSecrets::keychainIsAskedBeforeTheEnvironment()
{
    KeychainSecretStore store;
    QVERIFY(write(store, QStringLiteral("Both places"), QStringLiteral("token"),
                  QStringLiteral("from-keychain")));
    qputenv("VIGIE_SECRET_BOTH_PLACES_TOKEN", "from-the-environment");
    SecretResolver resolver;
    resolver.addSource(std::make_shared<KeychainSecretSource>());
    resolver.addSource(std::make_shared<EnvironmentSecretSource>());
    const SecretResolver::Resolution resolution = resolver.resolve(channel(QStringLiteral("Both places")));
    qunsetenv("VIGIE_SECRET_BOTH_PLACES_TOKEN");
    QVERIFY2(resolution.ok(), qPrintable(resolution.error));
    QCOMPARE(resolution.secrets.value(QStringLiteral("token")), QByteArray("from-keychain"));
}

void TestKeychainSecrets::removeDeletesTheEntry()
{
    KeychainSecretStore store;
    const QString name = QStringLiteral("Removed chat");
    QVERIFY(write(store, name, QStringLiteral("token"), QStringLiteral("soon-gone")));
    QVERIFY(write(store, name, QStringLiteral("kept"), QStringLiteral("still-here")));
    QSignalSpy removed(&store, &KeychainSecretStore::removed);
    QSignalSpy failed(&store, &KeychainSecretStore::failed);
    store.remove(name, QStringLiteral("token"));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20'000);
    QCOMPARE(removed.first().at(0).toString(), name);
    QCOMPARE(removed.first().at(1).toString(), QStringLiteral("token"));
    const KeychainSecretSource source;
    QCOMPARE(source.lookup(name, QStringLiteral("token")).kind, SecretSource::Lookup::Kind::Missing);
    QCOMPARE(source.lookup(name, QStringLiteral("kept")).value, QByteArray("still-here"));

    // Removing what is not there is not an error: the secret is gone either way.
    store.remove(name, QStringLiteral("token"));
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 20'000);
    QCOMPARE(failed.size(), 0);
}

void TestKeychainSecrets::withoutAKeychain_data()
{
    QTest::addColumn<bool>("deadAddress");
    QTest::newRow("no session bus at all") << false;
    QTest::newRow("session bus address that answers nothing") << true;
}

void TestKeychainSecrets::withoutAKeychain()
{
    QFETCH(bool, deadAddress);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("home")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("config")));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL"})
        env.remove(QString::fromLatin1(name));
    if (deadAddress)
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    // Where QtKeychain's plain-text fallback would write, were it ever used.
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("VIGIE_SECRET_ENV_CHAT_TOKEN"), QStringLiteral("env-only-value"));
    const QString planted = QStringLiteral("never-stored-in-plain-text-51c8");

    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/keychain_child"), {planted});
    QVERIFY2(child.waitForFinished(60'000), qPrintable(child.errorString()));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);

    QVERIFY2(lines.at(0).startsWith(QStringLiteral("probed 0 The system keychain is not available: ")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).size() > QStringLiteral("probed 0 The system keychain is not available: ").size(),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("write failed ")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("“token”")) &&
                 lines.at(1).contains(QStringLiteral("“Ops chat”")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("The system keychain is not available")),
             qPrintable(lines.at(1)));
    QVERIFY(!lines.at(1).contains(planted));
    QCOMPARE(lines.at(2), QStringLiteral("resolve-env ok env-only-value"));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("resolve-none error ")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("Nowhere chat")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("VIGIE_SECRET_")), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).contains(QStringLiteral("The system keychain is not available")),
             qPrintable(lines.at(3)));

    // The failed write left nothing anywhere the child could write to.
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(planted.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestKeychainSecrets)
#include "tst_keychainsecrets.moc"
