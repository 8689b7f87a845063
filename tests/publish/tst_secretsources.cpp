#include "publish/EnvironmentSecretSource.h"
#include "publish/FileSecretSource.h"
#include "publish/SecretResolver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Where channel secrets come from in headless runs, and that errors name secrets, never their values.
class TestSecretSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variableNames_data();
    void variableNames();
    void readsTheEnvironment();
    void refusesAFileOthersCanRead_data();
    void refusesAFileOthersCanRead();
    void readsAnOwnerOnlyFile_data();
    void readsAnOwnerOnlyFile();
    void namesTheMissingSecret();
    void asksSourcesInOrder();
    void passesOverAnUnavailableSource();

private:
    static QString writeFile(const QTemporaryDir& dir, const QByteArray& contents,
                             QFileDevice::Permissions mode);
};

QString TestSecretSources::writeFile(const QTemporaryDir& dir, const QByteArray& contents,
                                     QFileDevice::Permissions mode)
{
    const QString path = dir.filePath(QStringLiteral("secrets"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(contents);
    file.close();
    QFile::setPermissions(path, mode);
    return path;
}

void TestSecretSources::variableNames_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "slack"
                           << "webhook_url"
                           << "VIGIE_SECRET_SLACK_WEBHOOK_URL";
    QTest::newRow("spaces and case") << "Status page"
                                     << "api_key"
                                     << "VIGIE_SECRET_STATUS_PAGE_API_KEY";
    QTest::newRow("punctuation and accents") << "équipe-ops.chat"
                                             << "token"
                                             << "VIGIE_SECRET__QUIPE_OPS_CHAT_TOKEN";
    QTest::newRow("digits kept") << "mastodon2"
                                 << "token"
                                 << "VIGIE_SECRET_MASTODON2_TOKEN";
}

void TestSecretSources::variableNames()
{
    QFETCH(QString, channel);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    QCOMPARE(EnvironmentSecretSource::variableName(channel, secret), expected);
}

void TestSecretSources::readsTheEnvironment()
{
    qputenv("VIGIE_SECRET_OPS_CHAT_TOKEN", "xoxb-env-value");
    const EnvironmentSecretSource source;
    const SecretSource::Lookup found = source.lookup(QStringLiteral("Ops chat"), QStringLiteral("token"));
    QCOMPARE(found.kind, SecretSource::Lookup::Kind::Found);
    QCOMPARE(found.value, QByteArray("xoxb-env-value"));
    QCOMPARE(source.lookup(QStringLiteral("Ops chat"), QStringLiteral("password")).kind,
             SecretSource::Lookup::Kind::Missing);
    qunsetenv("VIGIE_SECRET_OPS_CHAT_TOKEN");
}

void TestSecretSources::refusesAFileOthersCanRead_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("shown");
    QTest::newRow("0644") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther)
                          << "0644";
    QTest::newRow("0640") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup)
                          << "0640";
    QTest::newRow("0604") << int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther)
                          << "0604";
}

void TestSecretSources::refusesAFileOthersCanRead()
{
    QFETCH(int, mode);
    QFETCH(QString, shown);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path =
        writeFile(dir, "VIGIE_SECRET_OPS_CHAT_TOKEN=planted-value-1234\n", QFileDevice::Permissions(mode));
    QVERIFY(!path.isEmpty());
    const FileSecretSource source(path);
    const SecretSource::Lookup lookup = source.lookup(QStringLiteral("Ops chat"), QStringLiteral("token"));
    QCOMPARE(lookup.kind, SecretSource::Lookup::Kind::Error);
    QVERIFY2(lookup.error.contains(path), qPrintable(lookup.error));
    QVERIFY2(lookup.error.contains(shown), qPrintable(lookup.error));
    QVERIFY(!lookup.error.contains(QStringLiteral("planted-value-1234")));
    QVERIFY(lookup.value.isEmpty());

    SecretResolver resolver;
    resolver.addSource(std::make_shared<FileSecretSource>(path));
    ChannelConfig channel;
    channel.name = QStringLiteral("Ops chat");
    channel.secrets = {QStringLiteral("token")};
    const SecretResolver::Resolution resolution = resolver.resolve(channel);
    QVERIFY(!resolution.ok());
    QVERIFY2(resolution.error.contains(path) && resolution.error.contains(QStringLiteral("token")),
             qPrintable(resolution.error));
    QVERIFY(!resolution.error.contains(QStringLiteral("planted-value-1234")));
}

void TestSecretSources::readsAnOwnerOnlyFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("KEY=value lines") << QByteArray("# ops\n\nVIGIE_SECRET_OPS_CHAT_TOKEN=\"s3cr3t-value\"\n"
                                                   "VIGIE_SECRET_STATUS_PAGE_API_KEY=other\n");
    QTest::newRow("YAML map") << QByteArray(
        "\"Ops chat\":\n  token: s3cr3t-value\nStatus page:\n  api_key: other\n");
}

void TestSecretSources::readsAnOwnerOnlyFile()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, contents, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!path.isEmpty());
    const FileSecretSource source(path);
    QVERIFY(source.checkPermissions().isEmpty());
    const SecretSource::Lookup token = source.lookup(QStringLiteral("Ops chat"), QStringLiteral("token"));
    QCOMPARE(token.kind, SecretSource::Lookup::Kind::Found);
    QCOMPARE(token.value, QByteArray("s3cr3t-value"));
    const SecretSource::Lookup key = source.lookup(QStringLiteral("Status page"), QStringLiteral("api_key"));
    QCOMPARE(key.value, QByteArray("other"));
    QCOMPARE(source.lookup(QStringLiteral("Ops chat"), QStringLiteral("password")).kind,
             SecretSource::Lookup::Kind::Missing);
}

void TestSecretSources::namesTheMissingSecret()
{
    qputenv("VIGIE_SECRET_STATUS_PAGE_API_KEY", "present-value-999");
    SecretResolver resolver;
    resolver.addSource(std::make_shared<EnvironmentSecretSource>());
    ChannelConfig channel;
    channel.name = QStringLiteral("Status page");
    channel.secrets = {QStringLiteral("api_key"), QStringLiteral("page_password")};
    const SecretResolver::Resolution resolution = resolver.resolve(channel);
    QVERIFY(!resolution.ok());
    QVERIFY2(resolution.error.contains(QStringLiteral("page_password")), qPrintable(resolution.error));
    QVERIFY(resolution.error.contains(QStringLiteral("Status page")));
    QVERIFY(!resolution.error.contains(QStringLiteral("present-value-999")));
    QVERIFY(!resolution.secrets.has(QStringLiteral("api_key")));

    channel.secrets = {QStringLiteral("api_key")};
    const SecretResolver::Resolution complete = resolver.resolve(channel);
    QVERIFY2(complete.ok(), qPrintable(complete.error));
    QCOMPARE(complete.secrets.value(QStringLiteral("api_key")), QByteArray("present-value-999"));
    qunsetenv("VIGIE_SECRET_STATUS_PAGE_API_KEY");
}

void TestSecretSources::asksSourcesInOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path =
        writeFile(dir, "VIGIE_SECRET_OPS_CHAT_TOKEN=from-file\nVIGIE_SECRET_OPS_CHAT_EXTRA=only-file\n",
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qputenv("VIGIE_SECRET_OPS_CHAT_TOKEN", "from-env");
    SecretResolver resolver;
    resolver.addSource(std::make_shared<EnvironmentSecretSource>());
    resolver.addSource(std::make_shared<FileSecretSource>(path));
    ChannelConfig channel;
    channel.name = QStringLiteral("Ops chat");
    channel.secrets = {QStringLiteral("token"), QStringLiteral("extra")};
    const SecretResolver::Resolution resolution = resolver.resolve(channel);
    QVERIFY2(resolution.ok(), qPrintable(resolution.error));
    QCOMPARE(resolution.secrets.value(QStringLiteral("token")), QByteArray("from-env"));
    QCOMPARE(resolution.secrets.value(QStringLiteral("extra")), QByteArray("only-file"));
    qunsetenv("VIGIE_SECRET_OPS_CHAT_TOKEN");
}

namespace {

// A source that is not there, as the keychain is on a machine without a D-Bus session (the real keychain
// is exercised in tst_keychainsecrets).
class AbsentSource final : public SecretSource
{
public:
    Lookup lookup(const QString&, const QString&) const override
    {
        return Lookup::unavailable(QStringLiteral("The system keychain is not available: no D-Bus session."));
    }
    QString describe() const override { return QStringLiteral("the absent keychain"); }
};

} // namespace

void TestSecretSources::passesOverAnUnavailableSource()
{
    SecretResolver resolver;
    resolver.addSource(std::make_shared<AbsentSource>());
    resolver.addSource(std::make_shared<EnvironmentSecretSource>());
    ChannelConfig channel;
    channel.name = QStringLiteral("Ops chat");
    channel.secrets = {QStringLiteral("token")};

    qputenv("VIGIE_SECRET_OPS_CHAT_TOKEN", "from-env");
    const SecretResolver::Resolution found = resolver.resolve(channel);
    qunsetenv("VIGIE_SECRET_OPS_CHAT_TOKEN");
    QVERIFY2(found.ok(), qPrintable(found.error));
    QCOMPARE(found.secrets.value(QStringLiteral("token")), QByteArray("from-env"));
    QCOMPARE(found.unavailable,
             QStringList{QStringLiteral("The system keychain is not available: no D-Bus session.")});

    const SecretResolver::Resolution missing = resolver.resolve(channel);
    QVERIFY(!missing.ok());
    QVERIFY2(
        missing.error.contains(QStringLiteral("“token”")) &&
            missing.error.contains(QStringLiteral("the absent keychain")) &&
            missing.error.contains(QStringLiteral("VIGIE_SECRET_")) &&
            missing.error.endsWith(QStringLiteral("The system keychain is not available: no D-Bus session.")),
        qPrintable(missing.error));
}

QTEST_GUILESS_MAIN(TestSecretSources)
#include "tst_secretsources.moc"
