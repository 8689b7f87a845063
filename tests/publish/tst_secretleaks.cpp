#include "IncidentFixtures.h"
#include "LoopbackHttpServer.h"
#include "OutputCapture.h"

#include "config/Workspace.h"
#include "config/WorkspaceWriter.h"
#include "publish/AdapterRegistry.h"
#include "publish/adapters/GenericWebhookAdapter.h"
#include "publish/adapters/SlackWebhookAdapter.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/KeychainSecretSource.h"
#include "publish/KeychainSecretStore.h"
#include "publish/Outbox.h"
#include "publish/SecretResolver.h"
#include "time/Clock.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// Planted secrets must reach the services they are for and nothing else: not the database (nor its
// journal files), not the exported workspace, not stdout, stderr or Qt's messages, not the messages shown
// to people, whether a delivery succeeds, is refused (401) or keeps failing (500). One secret lives in the
// system keychain (inside tests/support/with-keychain.sh), the other in the environment.
class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerFindsEveryForm_data();
    void scannerFindsEveryForm();
    void deliveriesLeaveNoSecretBehind();

private:
    // The forms a secret could leak in: as is, base64 (an Authorization: Basic header), base64url and
    // percent-encoded (in a URL).
    static QList<QByteArray> forms(const QByteArray& secret);
    // "<where>: <form>" for every form of every secret found in `bytes`.
    static QStringList leaks(const QString& where, const QByteArray& bytes, const QList<QByteArray>& secrets);
};

namespace {

// "+", "/" and "=" make the base64 and percent-encoded forms differ from the secret itself.
const QByteArray keychainSecret = "vigie-planted-3f9c+kc/Z=0a71";
const QByteArray environmentSecret = "vigie-planted-env-81d2e7b4";

} // namespace

QList<QByteArray> TestSecretLeaks::forms(const QByteArray& secret)
{
    return {secret, secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            QUrl::toPercentEncoding(QString::fromLatin1(secret))};
}

QStringList TestSecretLeaks::leaks(const QString& where, const QByteArray& bytes,
                                   const QList<QByteArray>& secrets)
{
    QStringList found;
    for (const QByteArray& secret : secrets) {
        for (const QByteArray& form : forms(secret)) {
            if (bytes.contains(form))
                found.append(where + QStringLiteral(": ") + QString::fromLatin1(form));
        }
    }
    return found;
}

void TestSecretLeaks::scannerFindsEveryForm_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("as is") << QByteArray("token=") + keychainSecret + "\n";
    // Each encoded row holds only the encoded form: the raw secret is not in it.
    QTest::newRow("base64") << QByteArray("Authorization: Basic ") + keychainSecret.toBase64();
    QTest::newRow("base64url") << keychainSecret.toBase64(QByteArray::Base64UrlEncoding);
    QTest::newRow("percent-encoded") << QByteArray("https://x/?t=") +
                                            QUrl::toPercentEncoding(QString::fromLatin1(keychainSecret));
}

void TestSecretLeaks::scannerFindsEveryForm()
{
    QFETCH(QByteArray, text);
    QVERIFY(!leaks(QStringLiteral("row"), text, {keychainSecret}).isEmpty());
    QVERIFY(leaks(QStringLiteral("row"), text, {environmentSecret}).isEmpty());
    QCOMPARE(text.contains(keychainSecret), QByteArray(QTest::currentDataTag()) == "as is");
}

void TestSecretLeaks::deliveriesLeaveNoSecretBehind()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.setReply("/ok", LoopbackHttpServer::Reply{200, R"({"id":"post-1"})", {}, 0, 0, 0});
    // Servers that quote the credential back in their error, as some do.
    server.setHandler("/denied", [](const LoopbackHttpServer::Request& request) {
        return LoopbackHttpServer::Reply{
            401, R"({"error":"invalid token: )" + request.header("Authorization") + R"("})", {}, 0, 0, 0};
    });
    const QByteArray slackPath = "/services/T000/B000/" + environmentSecret;
    server.setHandler(slackPath, [](const LoopbackHttpServer::Request& request) {
        return LoopbackHttpServer::Reply{500, "internal error handling " + request.path, {}, 0, 0, 0};
    });

    KeychainSecretStore store;
    QSignalSpy written(&store, &KeychainSecretStore::written);
    QSignalSpy failed(&store, &KeychainSecretStore::failed);
    store.write(QStringLiteral("Hook"), QStringLiteral("token"), QString::fromLatin1(keychainSecret));
    store.write(QStringLiteral("Denied hook"), QStringLiteral("token"), QString::fromLatin1(keychainSecret));
    QTRY_COMPARE_WITH_TIMEOUT(written.size() + failed.size(), 2, 20'000);
    QCOMPARE(written.size(), 2);
    qputenv("VIGIE_SECRET_SLACK_WEBHOOK_URL", server.url(QString::fromLatin1(slackPath)).toUtf8());

    QList<ChannelConfig> channels;
    for (const auto& [name, path] : {std::pair{QStringLiteral("Hook"), QStringLiteral("/ok")},
                                     std::pair{QStringLiteral("Denied hook"), QStringLiteral("/denied")}}) {
        ChannelConfig hook;
        hook.name = name;
        hook.type = QStringLiteral("webhook");
        hook.messageKind = ChannelKind::Chat;
        hook.settings.insert(QStringLiteral("url"), server.url(path));
        hook.settings.insert(QStringLiteral("test_url"), server.url(path));
        hook.settings.insert(
            QStringLiteral("headers"),
            QVariantMap{{QStringLiteral("Authorization"), QStringLiteral("Bearer {{secret:token}}")}});
        hook.secrets = {QStringLiteral("token")};
        channels.append(hook);
    }
    ChannelConfig slack;
    slack.name = QStringLiteral("Slack");
    slack.type = QStringLiteral("slack");
    slack.messageKind = ChannelKind::Chat;
    slack.secrets = {QStringLiteral("webhook_url")};
    channels.append(slack);

    auto adapters = std::make_shared<AdapterRegistry>();
    adapters->add(std::make_shared<GenericWebhookAdapter>());
    adapters->add(std::make_shared<SlackWebhookAdapter>());
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<KeychainSecretSource>());
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    OutboxOptions options;
    options.retry.baseMs = 20;
    options.retry.capMs = 100;
    options.retry.maxAttempts = 3;

    const QString database = dir.filePath(QStringLiteral("vigie.db"));
    QStringList shown; // what people would read: delivery errors and channel test outcomes
    {
        OutputCapture capture(dir.filePath(QStringLiteral("output.log")));
        QVERIFY(capture.started());
        qInfo("capturing: a message that the scan must see");
        Outbox outbox(SystemClock::instance(), adapters, secrets, options);
        outbox.setChannels(channels);
        const DbResult<bool> opened = outbox.open(database);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QHash<QString, Delivery> last;
        connect(&outbox, &Outbox::deliveryChanged, this, [&](const Delivery& delivery) {
            last.insert(delivery.channelName, delivery);
            shown.append(delivery.lastError);
        });
        QHash<QString, DeliveryOutcome> tested;
        connect(&outbox, &Outbox::channelTested, this,
                [&](const QString& name, const DeliveryOutcome& outcome) {
                    tested.insert(name, outcome);
                    shown.append(outcome.message);
                });
        connect(&outbox, &Outbox::errorOccurred, this,
                [&](const QString& message) { shown.append(message); });

        Incident incident = IncidentFixtures::fullIncident(Incident::Kind::Incident, false);
        MessageDraft draft = IncidentFixtures::draft(incident.id, QStringLiteral("d-1"), ChannelKind::Chat,
                                                     QStringLiteral("Investigating."));
        draft.state = MessageDraft::State::Approved;
        draft.approvedBy = QStringLiteral("Camille");
        draft.approvedAtMs = IncidentFixtures::T0;
        const std::optional<QString> refused =
            outbox.enqueue(draft, incident,
                           {QStringLiteral("Hook"), QStringLiteral("Denied hook"), QStringLiteral("Slack")});
        QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
        QTRY_VERIFY_WITH_TIMEOUT(last.size() == 3 && last.value(QStringLiteral("Hook")).isFinished() &&
                                     last.value(QStringLiteral("Denied hook")).isFinished() &&
                                     last.value(QStringLiteral("Slack")).isFinished(),
                                 30'000);
        for (const ChannelConfig& channel : std::as_const(channels))
            outbox.testChannel(channel.name);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 3, 30'000);
        outbox.close();

        QCOMPARE(last.value(QStringLiteral("Hook")).state, Delivery::State::Sent);
        QCOMPARE(last.value(QStringLiteral("Denied hook")).state, Delivery::State::Failed);
        QVERIFY2(last.value(QStringLiteral("Denied hook")).lastError.contains(QStringLiteral("401")),
                 qPrintable(last.value(QStringLiteral("Denied hook")).lastError));
        QCOMPARE(last.value(QStringLiteral("Slack")).state, Delivery::State::Failed);
        QCOMPARE(last.value(QStringLiteral("Slack")).attempts, options.retry.maxAttempts);
        QVERIFY(!tested.value(QStringLiteral("Denied hook")).message.isEmpty());
        QVERIFY(!tested.value(QStringLiteral("Slack")).message.isEmpty());

        Workspace workspace;
        workspace.channels = channels;
        QFile exported(dir.filePath(QStringLiteral("workspace.yaml")));
        QVERIFY(exported.open(QIODevice::WriteOnly));
        exported.write(WorkspaceWriter::write(workspace));
        exported.close();

        const QByteArray output = capture.stop();
        QVERIFY2(output.contains("capturing: a message that the scan must see"), output.constData());
        QStringList found = leaks(QStringLiteral("stdout, stderr and Qt messages"), output,
                                  {keychainSecret, environmentSecret});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
    qunsetenv("VIGIE_SECRET_SLACK_WEBHOOK_URL");

    // The secrets were used: each service received its own.
    int withToken = 0;
    int onSlackPath = 0;
    for (const LoopbackHttpServer::Request& request : server.requests()) {
        withToken += request.header("Authorization") == "Bearer " + keychainSecret ? 1 : 0;
        onSlackPath += request.path.contains(environmentSecret) ? 1 : 0;
    }
    QVERIFY2(withToken >= 4, qPrintable(QString::number(withToken))); // two deliveries, two channel tests
    QVERIFY2(onSlackPath >= 3, qPrintable(QString::number(onSlackPath)));

    QStringList found = leaks(QStringLiteral("messages shown"), shown.join(u'\n').toUtf8(),
                              {keychainSecret, environmentSecret});
    QStringList scanned;
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        scanned.append(QFileInfo(file.fileName()).fileName());
        found += leaks(file.fileName(), file.readAll(), {keychainSecret, environmentSecret});
    }
    QVERIFY2(scanned.contains(QStringLiteral("vigie.db")) &&
                 scanned.contains(QStringLiteral("workspace.yaml")) &&
                 scanned.contains(QStringLiteral("output.log")),
             qPrintable(scanned.join(u' ')));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
