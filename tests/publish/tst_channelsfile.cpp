#include "config/ChannelsReader.h"
#include "config/WorkspaceReader.h"
#include "config/WorkspaceWriter.h"

#include <QTest>

// The workspace's `channels:` list: what each channel reads into, that it writes back the same, and that
// mistakes (and secrets written in the file) are refused with the file, line, column and field.
class TestChannelsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsChannels();
    void roundTrips();
    void refuses_data();
    void refuses();
    void secretLookingKeys_data();
    void secretLookingKeys();
};

namespace {

const QString fileName = QStringLiteral("shop.yaml");

const QByteArray channelsWorkspace = R"(version: 1
channels:
  - name: Customers status page
    type: statuspage
    kind: status-page
    secrets: [api_key]
    page_id: kctbh9vrtdwd
    base_url: https://api.statuspage.io/v1
    components: {api: 8kbf7d35c070, web: 2g4nqxlr9hzm}
  - name: Drill page
    type: statuspage
    kind: status-page
    sandbox: true
    secrets: api_key
    page_id: sandbox1
  - name: Ops chat
    type: slack
    kind: chat
    audience: internal
    secrets: [webhook_url]
    max_length: 3000
    unfurl: false
    ratio: 0.5
    zip: "75001"
    mentions: [oncall, "42"]
services:
  - name: Shop
    kind: http
    target: https://shop.example.test/
)";

} // namespace

void TestChannelsFile::readsChannels()
{
    WorkspaceError error;
    const std::optional<Workspace> workspace = WorkspaceReader::read(channelsWorkspace, fileName, &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    QCOMPARE(workspace->channels.size(), 3);
    QCOMPARE(workspace->services.size(), 1);

    const ChannelConfig& page = workspace->channels.at(0);
    QCOMPARE(page.name, QStringLiteral("Customers status page"));
    QCOMPARE(page.type, QStringLiteral("statuspage"));
    QCOMPARE(page.messageKind, ChannelKind::StatusPage);
    QCOMPARE(page.audience, QStringLiteral("customers"));
    QCOMPARE(page.sandbox, false);
    QCOMPARE(page.secrets, QStringList{QStringLiteral("api_key")});
    QCOMPARE(page.settings.value(QStringLiteral("page_id")), QVariant(QStringLiteral("kctbh9vrtdwd")));
    const QVariantMap components = page.settings.value(QStringLiteral("components")).toMap();
    QCOMPARE(components.value(QStringLiteral("web")).toString(), QStringLiteral("2g4nqxlr9hzm"));
    QVERIFY(!page.settings.contains(QStringLiteral("name")));
    QVERIFY(!page.settings.contains(QStringLiteral("secrets")));

    const ChannelConfig& drill = workspace->channels.at(1);
    QCOMPARE(drill.sandbox, true);
    QCOMPARE(drill.secrets, QStringList{QStringLiteral("api_key")});

    const ChannelConfig& chat = workspace->channels.at(2);
    QCOMPARE(chat.messageKind, ChannelKind::Chat);
    QCOMPARE(chat.audience, QStringLiteral("internal"));
    QCOMPARE(chat.settings.value(QStringLiteral("max_length")).typeId(), int(QMetaType::LongLong));
    QCOMPARE(chat.settings.value(QStringLiteral("max_length")).toLongLong(), 3000);
    QCOMPARE(chat.settings.value(QStringLiteral("unfurl")).typeId(), int(QMetaType::Bool));
    QCOMPARE(chat.settings.value(QStringLiteral("unfurl")).toBool(), false);
    QCOMPARE(chat.settings.value(QStringLiteral("ratio")).toDouble(), 0.5);
    // Quoted: text, though it reads as a number.
    QCOMPARE(chat.settings.value(QStringLiteral("zip")).typeId(), int(QMetaType::QString));
    const QVariantList mentions = chat.settings.value(QStringLiteral("mentions")).toList();
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(1).typeId(), int(QMetaType::QString));
}

void TestChannelsFile::roundTrips()
{
    WorkspaceError error;
    const std::optional<Workspace> workspace = WorkspaceReader::read(channelsWorkspace, fileName, &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    const QByteArray written = WorkspaceWriter::write(*workspace);
    const std::optional<Workspace> back = WorkspaceReader::read(written, fileName, &error);
    QVERIFY2(back, qPrintable(error.toString() + QLatin1Char('\n') + QString::fromUtf8(written)));
    QCOMPARE(back->channels.size(), workspace->channels.size());
    for (qsizetype i = 0; i < back->channels.size(); ++i)
        QCOMPARE(back->channels.at(i), workspace->channels.at(i));
    QVERIFY(*back == *workspace);
}

void TestChannelsFile::refuses_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("duplicate names, case aside")
        << QByteArray("version: 1\nchannels:\n"
                      "  - {name: Ops, type: slack, kind: chat}\n"
                      "  - name: ops\n    type: discord\n    kind: chat\n")
        << 4 << 11 << "channels[1].name: \"ops\" is already the name of channels[0]";
    QTest::newRow("unknown kind") << QByteArray("version: 1\nchannels:\n  - name: Ops\n    type: slack\n"
                                                "    kind: chatt\n")
                                  << 5 << 11 << "channels[0].kind: unknown kind \"chatt\"";
    QTest::newRow("missing type") << QByteArray("version: 1\nchannels:\n  - name: Ops\n    kind: chat\n") << 3
                                  << 5 << "channels[0]: missing required key \"type\"";
    QTest::newRow("bad audience") << QByteArray("version: 1\nchannels:\n  - name: Ops\n    type: slack\n"
                                                "    kind: chat\n    audience: everyone\n")
                                  << 6 << 15 << "channels[0].audience: expected customers or internal";
    QTest::newRow("sandbox not a boolean")
        << QByteArray("version: 1\nchannels:\n  - name: Ops\n    type: slack\n"
                      "    kind: chat\n    sandbox: maybe\n")
        << 6 << 14 << "channels[0].sandbox: expected true or false";
    QTest::newRow("a value under secrets")
        << QByteArray("version: 1\nchannels:\n  - name: Ops\n    type: slack\n"
                      "    kind: chat\n    secrets: [\"https://hooks.x/T/B\"]\n")
        << 6 << 14 << "channels[0].secrets: \"https://hooks.x/T/B\" is not a secret name";
    QTest::newRow("channels not a list")
        << QByteArray("version: 1\nchannels: slack\n") << 2 << 11 << "channels: expected a list of channels";
    QTest::newRow("empty name")
        << QByteArray("version: 1\nchannels:\n  - name: \"\"\n    type: slack\n    kind: chat\n") << 3 << 11
        << "channels[0].name: a channel needs a name";
}

void TestChannelsFile::refuses()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    WorkspaceError error;
    const std::optional<Workspace> workspace = WorkspaceReader::read(yaml, fileName, &error);
    QVERIFY(!workspace);
    QCOMPARE(error.file, fileName);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestChannelsFile::secretLookingKeys_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    const QByteArray head = "version: 1\nchannels:\n  - name: Ops\n    type: slack\n    kind: chat\n";
    QTest::newRow("token") << head + "    token: xoxb-1234\n" << 6 << "channels[0].token";
    QTest::newRow("webhook_url") << head + "    webhook_url: https://hooks.slack.com/services/T/B/X\n"
                                 << 6 << "channels[0].webhook_url";
    QTest::newRow("password") << head + "    password: hunter2\n" << 6 << "channels[0].password";
    QTest::newRow("api-key spelled with a dash") << head + "    api-key: k\n" << 6 << "channels[0].api-key";
    QTest::newRow("bot_token") << head + "    bot_token: 123:abc\n" << 6 << "channels[0].bot_token";
    QTest::newRow("client_secret nested in a map") << head + "    oauth:\n      client_secret: s\n"
                                                   << 7 << "channels[0].oauth.client_secret";
    QTest::newRow("secret in a list of maps") << head + "    smtp:\n      - host: mail\n        secret: s\n"
                                              << 8 << "channels[0].smtp[0].secret";
}

void TestChannelsFile::secretLookingKeys()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, field);
    WorkspaceError error;
    QVERIFY(!WorkspaceReader::read(yaml, fileName, &error));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.startsWith(field + QStringLiteral(": ")), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(QStringLiteral("secrets:")), qPrintable(error.toString()));
    // The value itself is not repeated in the message.
    for (const char* value : {"xoxb-1234", "hunter2", "123:abc", "hooks.slack.com"})
        QVERIFY2(!error.toString().contains(QLatin1String(value)), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestChannelsFile)
#include "tst_channelsfile.moc"
