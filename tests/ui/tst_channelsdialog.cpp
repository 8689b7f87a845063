#include "LoopbackHttpServer.h"

#include "config/ChannelValidator.h"
#include "publish/ChannelEditDialog.h"
#include "publish/ChannelListModel.h"
#include "publish/ChannelsDialog.h"
#include "publish/ChannelSettingsEditor.h"
#include "publish/EnvironmentSecretSource.h"
#include "publish/SecretEntryDialog.h"
#include "publish/SecretResolver.h"
#include "publish/StandardAdapters.h"
#include "session/IncidentSession.h"
#include "session/MonitoringSession.h"
#include "session/PublishingSession.h"
#include "time/Clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The channels window: the editor's checks, changes reaching the session and its store at once, "Test this
// channel" against a real loopback webhook without blocking the window, and secrets handed on, never kept.
class TestChannelsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void editorValidates_data();
    void editorValidates();
    void typeFillsKindSecretsAndKeys();
    void editorKeepsSettingsAsTheyWere();
    void addedChannelReachesTheStore();
    void editsAndRemovesFromTheKeyboard();
    void testShowsReadiness_data();
    void testShowsReadiness();
    void setSecretHandsTheValueOn();
    void withoutKeychainSecretsCannotBeSet();

private:
    struct Sessions
    {
        std::unique_ptr<MonitoringSession> monitoring;
        std::unique_ptr<IncidentSession> incidents;
        std::unique_ptr<PublishingSession> publishing;
    };
    Sessions open(const QString& path);
    static ChannelConfig slack(const QString& name);
    // Types a setting's value in its row (a new row for a key not listed yet).
    static void setSetting(ChannelSettingsEditor* settings, const QString& key, const QString& value);
    // Fills the open editor with a Slack channel and presses OK.
    static void fillSlackAndAccept(ChannelEditDialog* editor, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<LoopbackHttpServer> m_server;
};

void TestChannelsDialog::init()
{
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->listen());
    // Slack refuses an empty message with 400 no_text when the webhook exists; a slow answer leaves time to
    // see the window go on while it waits.
    m_server->setReply("/hook", LoopbackHttpServer::Reply{400, "no_text", {}, 400, 0, 0});
    m_server->setReply("/revoked", LoopbackHttpServer::Reply{403, "invalid_token", {}, 400, 0, 0});
    qputenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL", m_server->url(QStringLiteral("/hook")).toUtf8());
    qputenv("VIGIE_SECRET_OLD_CHAT_WEBHOOK_URL", m_server->url(QStringLiteral("/revoked")).toUtf8());
}

void TestChannelsDialog::cleanup()
{
    m_server.reset();
    qunsetenv("VIGIE_SECRET_OPS_CHAT_WEBHOOK_URL");
    qunsetenv("VIGIE_SECRET_OLD_CHAT_WEBHOOK_URL");
}

TestChannelsDialog::Sessions TestChannelsDialog::open(const QString& path)
{
    Sessions s;
    s.monitoring = std::make_unique<MonitoringSession>(SystemClock::instance());
    if (const auto error = s.monitoring->open(path)) {
        qWarning("%s", qPrintable(*error));
        return {};
    }
    s.incidents = std::make_unique<IncidentSession>(*s.monitoring, SystemClock::instance());
    if (const auto error = s.incidents->open(path)) {
        qWarning("%s", qPrintable(*error));
        return {};
    }
    auto secrets = std::make_shared<SecretResolver>();
    secrets->addSource(std::make_shared<EnvironmentSecretSource>());
    s.publishing =
        std::make_unique<PublishingSession>(*s.monitoring, *s.incidents, SystemClock::instance(),
                                            StandardAdapters::make(SystemClock::instance()), secrets);
    if (const auto error = s.publishing->open(path)) {
        qWarning("%s", qPrintable(*error));
        return {};
    }
    return s;
}

ChannelConfig TestChannelsDialog::slack(const QString& name)
{
    ChannelConfig channel;
    channel.name = name;
    channel.type = QStringLiteral("slack");
    channel.messageKind = ChannelKind::Chat;
    channel.audience = QStringLiteral("internal");
    channel.secrets = {QStringLiteral("webhook_url")};
    return channel;
}

void TestChannelsDialog::setSetting(ChannelSettingsEditor* settings, const QString& key, const QString& value)
{
    QTableWidget* table = settings->table();
    int row = 0;
    while (row < table->rowCount() && table->item(row, ChannelSettingsEditor::KeyColumn)->text() != key)
        ++row;
    if (row == table->rowCount()) {
        row = settings->appendRow(QString(), QString());
        table->item(row, ChannelSettingsEditor::KeyColumn)->setText(key); // as typed: the dialog hears of it
    }
    table->item(row, ChannelSettingsEditor::ValueColumn)->setText(value);
}

void TestChannelsDialog::fillSlackAndAccept(ChannelEditDialog* editor, const QString& name)
{
    editor->nameEdit()->clear();
    QTest::keyClicks(editor->nameEdit(), name);
    editor->typeCombo()->setCurrentIndex(editor->typeCombo()->findText(QStringLiteral("Slack")));
    editor->audienceCombo()->setCurrentIndex(editor->audienceCombo()->findData(QStringLiteral("internal")));
    QPushButton* ok = editor->buttonBox()->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(editor->validationMessage()));
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestChannelsDialog::editorValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeLabel"); // empty: leave "Choose a type…"
    QTest::addColumn<bool>("clearKind");
    QTest::addColumn<QString>("settingKey");
    QTest::addColumn<QString>("settingValue");
    QTest::addColumn<QString>("secrets");
    QTest::addColumn<QString>("field"); // empty: acceptable
    QTest::addColumn<QString>("says");

    QTest::newRow("a good channel") << "Customers page"
                                    << "Atlassian Statuspage" << false << "page_id"
                                    << "kctbh9vrtdwd"
                                    << "api_key" << QString() << QString();
    QTest::newRow("empty name") << "   "
                                << "Slack" << false << QString() << QString() << "webhook_url"
                                << "Name:"
                                << "a channel needs a name";
    QTest::newRow("duplicate name, other case") << "ops CHAT"
                                                << "Slack" << false << QString() << QString() << "webhook_url"
                                                << "Name:"
                                                << "already the name of another channel";
    QTest::newRow("no type") << "New" << QString() << false << QString() << QString() << QString() << "Type:"
                             << "choose the service";
    QTest::newRow("no kind") << "New"
                             << "Slack" << true << QString() << QString() << "webhook_url"
                             << "Message kind:"
                             << "choose which messages";
    QTest::newRow("secret-looking setting") << "New"
                                            << "Telegram" << false << "api_token"
                                            << "123:abc"
                                            << "bot_token"
                                            << "Settings:"
                                            << "“api_token” looks like a secret";
    QTest::newRow("secret-looking key inside a map")
        << "New"
        << "Generic webhook" << false << "headers"
        << R"({"Accept": "application/json", "client_secret": "s"})" << QString() << "Settings:"
        << "“headers.client_secret” looks like a secret";
    QTest::newRow("secret-looking key without a value")
        << "New"
        << "Slack" << false << "bot-token" << QString() << "webhook_url"
        << "Settings:"
        << "looks like a secret";
    QTest::newRow("reserved key") << "New"
                                  << "Slack" << false << "audience"
                                  << "internal"
                                  << "webhook_url"
                                  << "Settings:"
                                  << "“audience”";
    QTest::newRow("broken JSON") << "New"
                                 << "Slack" << false << "components"
                                 << "{api: 1"
                                 << "webhook_url"
                                 << "Settings:"
                                 << "not valid JSON";
    QTest::newRow("bad secret name") << "New"
                                     << "Slack" << false << QString() << QString() << "webhook url!"
                                     << "Secrets:"
                                     << "is not a secret name";
    QTest::newRow("secret listed twice")
        << "New"
        << "Slack" << false << QString() << QString() << "webhook_url, webhook_url"
        << "Secrets:"
        << "listed twice";
}

void TestChannelsDialog::editorValidates()
{
    QFETCH(QString, name);
    QFETCH(QString, typeLabel);
    QFETCH(bool, clearKind);
    QFETCH(QString, settingKey);
    QFETCH(QString, settingValue);
    QFETCH(QString, secrets);
    QFETCH(QString, field);
    QFETCH(QString, says);

    ChannelEditDialog editor;
    ChannelConfig blank;
    blank.type.clear();
    editor.setChannel(blank, true);
    editor.setTakenNames({QStringLiteral("Ops chat"), QStringLiteral("Customers status page")});
    QTest::keyClicks(editor.nameEdit(), name);
    if (!typeLabel.isEmpty()) {
        const int index = editor.typeCombo()->findText(typeLabel);
        QVERIFY(index > 0);
        editor.typeCombo()->setCurrentIndex(index);
    }
    if (clearKind)
        editor.kindCombo()->setCurrentIndex(0);
    if (!settingKey.isEmpty())
        setSetting(editor.settingsEditor(), settingKey, settingValue);
    editor.secretsEdit()->setText(secrets);

    QPushButton* ok = editor.buttonBox()->button(QDialogButtonBox::Ok);
    if (field.isEmpty()) {
        QVERIFY2(editor.isAcceptable(), qPrintable(editor.validationMessage()));
        QVERIFY(ok->isEnabled());
        QVERIFY(editor.messageLabel()->isHidden());
        const ChannelConfig channel = editor.channel();
        QCOMPARE(channel.name, name);
        QCOMPARE(channel.type, QStringLiteral("statuspage"));
        QCOMPARE(channel.messageKind, ChannelKind::StatusPage);
        QCOMPARE(channel.settings.value(settingKey).toString(), settingValue);
        QCOMPARE(channel.secrets, QStringList{secrets});
        return;
    }
    const QString message = editor.validationMessage();
    QVERIFY2(message.startsWith(field), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(editor.messageLabel()->text(), message);
    if (field == u"Settings:" && says.contains(u"looks like a secret")) {
        // The same words as the workspace file's refusal.
        const QString path = says.contains(u"headers") ? QStringLiteral("headers.client_secret") : settingKey;
        QVERIFY2(message.contains(ChannelValidator::secretKeyMessage(path, path.section(u'.', -1))),
                 qPrintable(message));
    }
}

void TestChannelsDialog::typeFillsKindSecretsAndKeys()
{
    ChannelEditDialog editor;
    QVERIFY(!editor.isAcceptable());
    const auto keys = [&] {
        QStringList list;
        QTableWidget* table = editor.settingsEditor()->table();
        for (int row = 0; row < table->rowCount(); ++row)
            list.append(table->item(row, ChannelSettingsEditor::KeyColumn)->text());
        return list;
    };
    const auto hintOf = [&](const QString& key) {
        QTableWidget* table = editor.settingsEditor()->table();
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, ChannelSettingsEditor::KeyColumn)->text() == key)
                return table->item(row, ChannelSettingsEditor::HintColumn)->text();
        }
        return QString();
    };

    editor.typeCombo()->setCurrentIndex(editor.typeCombo()->findText(QStringLiteral("Email (SMTP)")));
    QCOMPARE(editor.kindCombo()->currentData().toInt(), int(ChannelKind::Email));
    QCOMPARE(editor.secretsEdit()->text(), QStringLiteral("password"));
    QVERIFY2(keys().contains(QStringLiteral("server")) && keys().contains(QStringLiteral("from")),
             qPrintable(keys().join(u',')));
    QVERIFY(hintOf(QStringLiteral("server")).startsWith(QStringLiteral("required")));
    // Someone fills one setting in, then changes the type: the other SMTP keys go, the filled one stays.
    QTableWidget* table = editor.settingsEditor()->table();
    table->item(keys().indexOf(QStringLiteral("server")), ChannelSettingsEditor::ValueColumn)
        ->setText(QStringLiteral("mail.example.org"));

    editor.typeCombo()->setCurrentIndex(editor.typeCombo()->findText(QStringLiteral("Telegram")));
    QCOMPARE(editor.kindCombo()->currentData().toInt(), int(ChannelKind::Chat));
    QCOMPARE(editor.secretsEdit()->text(), QStringLiteral("bot_token"));
    QVERIFY(keys().contains(QStringLiteral("chat_id")));
    QVERIFY(!keys().contains(QStringLiteral("from")));
    QVERIFY(keys().contains(QStringLiteral("server")));

    editor.typeCombo()->setCurrentIndex(editor.typeCombo()->findText(QStringLiteral("Mastodon")));
    QCOMPARE(editor.kindCombo()->currentData().toInt(), int(ChannelKind::Social));
    QCOMPARE(editor.secretsEdit()->text(), QStringLiteral("access_token"));
    // Secret names someone wrote are theirs: a change of type keeps them.
    editor.secretsEdit()->setText(QStringLiteral("my_token"));
    editor.typeCombo()->setCurrentIndex(editor.typeCombo()->findText(QStringLiteral("Cachet 3.x")));
    QCOMPARE(editor.kindCombo()->currentData().toInt(), int(ChannelKind::StatusPage));
    QCOMPARE(editor.secretsEdit()->text(), QStringLiteral("my_token"));
    QVERIFY(keys().contains(QStringLiteral("api_base")));

    const QStringList labels = {QStringLiteral("Atlassian Statuspage"),
                                QStringLiteral("Cachet 2.x"),
                                QStringLiteral("Cachet 3.x"),
                                QStringLiteral("Email (SMTP)"),
                                QStringLiteral("Mastodon"),
                                QStringLiteral("Bluesky"),
                                QStringLiteral("Slack"),
                                QStringLiteral("Discord"),
                                QStringLiteral("Microsoft Teams"),
                                QStringLiteral("Mattermost"),
                                QStringLiteral("Telegram"),
                                QStringLiteral("Generic webhook"),
                                QStringLiteral("Fallback status page")};
    for (const QString& label : labels)
        QVERIFY2(editor.typeCombo()->findText(label) > 0, qPrintable(label));
}

void TestChannelsDialog::editorKeepsSettingsAsTheyWere()
{
    ChannelConfig channel = slack(QStringLiteral("Ops chat"));
    channel.type = QStringLiteral("cachet"); // not in the editor's list: kept as it is
    channel.messageKind = ChannelKind::StatusPage;
    channel.settings = {
        {QStringLiteral("components"), QVariantMap{{QStringLiteral("api"), 12}, {QStringLiteral("web"), 13}}},
        {QStringLiteral("zip"), QStringLiteral("75001")},
        {QStringLiteral("max_length"), 3000},
        {QStringLiteral("visible"), false},
        {QStringLiteral("ratio"), 0.5},
        {QStringLiteral("mentions"), QVariantList{QStringLiteral("oncall"), QStringLiteral("42")}},
        {QStringLiteral("api_base"), QStringLiteral("https://status.example.org")}};
    channel.sandbox = true;
    ChannelEditDialog editor;
    editor.setChannel(channel, false);
    QCOMPARE(editor.windowTitle(), QStringLiteral("Edit channel"));
    QVERIFY2(editor.isAcceptable(), qPrintable(editor.validationMessage()));
    const ChannelConfig back = editor.channel();
    QCOMPARE(back.settings, channel.settings);
    QCOMPARE(back, channel);
    QCOMPARE(editor.typeCombo()->currentText(), QStringLiteral("cachet"));

    // Text typed in the table reads like the file's plain values.
    QTableWidget* table = editor.settingsEditor()->table();
    setSetting(editor.settingsEditor(), QStringLiteral("port"), QStringLiteral("587"));
    setSetting(editor.settingsEditor(), QStringLiteral("chat_id"), QStringLiteral("\"-100123\""));
    QVERIFY(table->rowCount() >= 2);
    QCOMPARE(editor.channel().settings.value(QStringLiteral("port")), QVariant(qlonglong(587)));
    QCOMPARE(editor.channel().settings.value(QStringLiteral("chat_id")), QVariant(QStringLiteral("-100123")));
}

void TestChannelsDialog::addedChannelReachesTheStore()
{
    const QString path = m_dir.filePath(QStringLiteral("add.sqlite"));
    {
        Sessions s = open(path);
        QVERIFY(s.publishing);
        ChannelsDialog dialog(*s.monitoring, *s.publishing);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(s.publishing.get(), &PublishingSession::channelsChanged);
        dialog.addChannelAction()->trigger();
        QPointer<ChannelEditDialog> editor = dialog.channelEditor();
        QVERIFY(editor);
        QCOMPARE(editor->windowTitle(), QStringLiteral("Add channel"));
        fillSlackAndAccept(editor, QStringLiteral("Ops chat"));
        QCOMPARE(s.monitoring->channels().size(), 1);
        QCOMPARE(s.monitoring->channels().first(), slack(QStringLiteral("Ops chat")));
        QCOMPARE(s.publishing->channels().size(), 1); // the outbox has it at once
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.currentChannelName(), QStringLiteral("Ops chat"));

        // Duplicate offers a copy under a free name; its OK adds it beside the first.
        dialog.duplicateAction()->trigger();
        editor = dialog.channelEditor();
        QVERIFY(editor);
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Ops chat (copy)"));
        QCOMPARE(editor->typeCombo()->currentData().toString(), QStringLiteral("slack"));
        QTest::mouseClick(editor->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(s.monitoring->channels().size(), 2);
        QCOMPARE(dialog.currentChannelName(), QStringLiteral("Ops chat (copy)"));

        if (const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.setKeychainStatus(false, QStringLiteral("no Secret Service on the session bus"));
            dialog.model()->setTestOutcome(
                QStringLiteral("Ops chat"),
                DeliveryOutcome::failed(QStringLiteral("Ops chat: HTTP 403 invalid_token")));
            dialog.grab().save(dir + QStringLiteral("/vigie-channels.png"));
            dialog.addChannelAction()->trigger();
            editor = dialog.channelEditor();
            QVERIFY(editor);
            editor->typeCombo()->setCurrentIndex(
                editor->typeCombo()->findText(QStringLiteral("Email (SMTP)")));
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            editor->grab().save(dir + QStringLiteral("/vigie-channel-editor.png"));
            editor->reject();
        }
        s.publishing->close();
    }
    MonitoringSession reopened(SystemClock::instance());
    QCOMPARE(reopened.open(path), std::nullopt);
    QCOMPARE(reopened.channels().size(), 2);
    QCOMPARE(reopened.channels().first(), slack(QStringLiteral("Ops chat")));
    ChannelConfig copy = slack(QStringLiteral("Ops chat (copy)"));
    QCOMPARE(reopened.channels().at(1), copy);
}

void TestChannelsDialog::editsAndRemovesFromTheKeyboard()
{
    Sessions s = open(m_dir.filePath(QStringLiteral("keys.sqlite")));
    QVERIFY(s.publishing);
    s.monitoring->setChannels({slack(QStringLiteral("Ops chat")), slack(QStringLiteral("Old chat"))});
    ChannelsDialog dialog(*s.monitoring, *s.publishing);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.view()->setFocus();
    dialog.selectChannel(QStringLiteral("Old chat"));

    // Enter edits the current channel.
    QTest::keyClick(dialog.view(), Qt::Key_Return);
    QPointer<ChannelEditDialog> editor = dialog.channelEditor();
    QVERIFY(editor);
    QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Old chat"));
    editor->sandboxCheck()->setChecked(true);
    QTest::mouseClick(editor->buttonBox()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(s.monitoring->channels().at(1).sandbox);
    QCOMPARE(s.monitoring->channels().size(), 2);

    // Delete asks first; No keeps the channel, Yes removes it.
    QTRY_VERIFY(!editor);
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.view()->setFocus();
    dialog.selectChannel(QStringLiteral("Old chat"));
    QTest::keyClick(dialog.view(), Qt::Key_Delete);
    QPointer<QMessageBox> confirmation = dialog.removeConfirmation();
    QVERIFY(confirmation);
    QVERIFY(confirmation->text().contains(QStringLiteral("Old chat")));
    QTest::mouseClick(confirmation->button(QMessageBox::No), Qt::LeftButton);
    QCOMPARE(s.monitoring->channels().size(), 2);
    dialog.removeAction()->trigger();
    confirmation = dialog.removeConfirmation();
    QVERIFY(confirmation);
    QTest::mouseClick(confirmation->button(QMessageBox::Yes), Qt::LeftButton);
    QCOMPARE(s.monitoring->channels().size(), 1);
    QCOMPARE(s.monitoring->channels().first().name, QStringLiteral("Ops chat"));
    QCOMPARE(s.publishing->channels().size(), 1);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.testAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
}

void TestChannelsDialog::testShowsReadiness_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("says");

    QTest::newRow("webhook exists (400 no_text)")
        << "Ops chat" << int(ChannelListModel::TestState::Ready) << "Ready";
    QTest::newRow("webhook revoked (403)")
        << "Old chat" << int(ChannelListModel::TestState::NotReady) << "403";
}

void TestChannelsDialog::testShowsReadiness()
{
    QFETCH(QString, channel);
    QFETCH(int, state);
    QFETCH(QString, says);

    Sessions s = open(m_dir.filePath(QStringLiteral("test.sqlite")));
    QVERIFY(s.publishing);
    s.monitoring->setChannels({slack(QStringLiteral("Ops chat")), slack(QStringLiteral("Old chat"))});
    ChannelsDialog dialog(*s.monitoring, *s.publishing);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.selectChannel(channel);
    const int row = dialog.model()->rowOf(channel);
    const auto readiness = [&] {
        return dialog.model()->index(row, ChannelListModel::Readiness).data().toString();
    };
    QCOMPARE(readiness(), QStringLiteral("Never tested"));

    // The window keeps turning while the service takes its time to answer.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(10);
    QTest::keySequence(&dialog, QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(dialog.model()->testState(channel), ChannelListModel::TestState::Testing);
    QCOMPARE(readiness(), QStringLiteral("Testing…"));
    QVERIFY(!dialog.testAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(int(dialog.model()->testState(channel)) == state, 20'000);
    QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));
    QVERIFY2(readiness().contains(says), qPrintable(readiness()));
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().method, QByteArray("POST"));
    QVERIFY(dialog.testAction()->isEnabled());
    const QString tip =
        dialog.model()->index(row, ChannelListModel::Readiness).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(channel), qPrintable(tip));
    QVERIFY2(!tip.contains(m_server->url(QStringLiteral("/"))), qPrintable(tip)); // the address is a secret
    s.publishing->close();
}

void TestChannelsDialog::setSecretHandsTheValueOn()
{
    Sessions s = open(m_dir.filePath(QStringLiteral("secret.sqlite")));
    QVERIFY(s.publishing);
    ChannelConfig bot = slack(QStringLiteral("Ops chat"));
    bot.secrets = {QStringLiteral("webhook_url"), QStringLiteral("signing_key")};
    s.monitoring->setChannels({bot});
    ChannelsDialog dialog(*s.monitoring, *s.publishing);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &ChannelsDialog::storeSecretRequested);
    QVERIFY(dialog.setSecretAction()->isEnabled());
    dialog.setSecretAction()->trigger();
    QPointer<SecretEntryDialog> entry = dialog.secretEntry();
    QVERIFY(entry);
    QCOMPARE(entry->nameCombo()->count(), 2);
    QCOMPARE(entry->nameCombo()->itemText(1), QStringLiteral("signing_key"));
    QLineEdit* value = entry->valueEdit();
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    QVERIFY(value->text().isEmpty());
    QPushButton* ok = entry->buttonBox()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    entry->nameCombo()->setCurrentIndex(1);
    QTest::keyClicks(value, QStringLiteral("s3cr3t-value"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("Ops chat"));
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("signing_key"));
    QCOMPARE(requested.first().at(2).toString(), QStringLiteral("s3cr3t-value"));
    QVERIFY(entry); // deleted later, not yet
    QVERIFY(value->text().isEmpty());
    QTRY_VERIFY(!entry);
    QVERIFY(!dialog.statusLabel()->text().contains(QStringLiteral("s3cr3t")));

    dialog.secretStored(QStringLiteral("Ops chat"), QStringLiteral("signing_key"), true, QString());
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("saved in the keychain")),
             qPrintable(dialog.statusLabel()->text()));
    dialog.secretStored(QStringLiteral("Ops chat"), QStringLiteral("signing_key"), false,
                        QStringLiteral("the keychain is locked"));
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("not saved: the keychain is locked")),
             qPrintable(dialog.statusLabel()->text()));

    // A cancelled entry hands nothing on and forgets what was typed.
    dialog.setSecretAction()->trigger();
    entry = dialog.secretEntry();
    QVERIFY(entry);
    QTest::keyClicks(entry->valueEdit(), QStringLiteral("typo"));
    value = entry->valueEdit();
    entry->reject();
    QVERIFY(value->text().isEmpty());
    QCOMPARE(requested.size(), 1);
    s.publishing->close();
}

void TestChannelsDialog::withoutKeychainSecretsCannotBeSet()
{
    Sessions s = open(m_dir.filePath(QStringLiteral("nokeychain.sqlite")));
    QVERIFY(s.publishing);
    ChannelConfig noSecret = slack(QStringLiteral("Open hook"));
    noSecret.secrets.clear();
    s.monitoring->setChannels({slack(QStringLiteral("Ops chat")), noSecret});
    ChannelsDialog dialog(*s.monitoring, *s.publishing);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectChannel(QStringLiteral("Ops chat"));
    QVERIFY(dialog.setSecretAction()->isEnabled());
    QVERIFY(!dialog.keychainWarning()->isVisible());

    dialog.setKeychainStatus(false, QStringLiteral("no Secret Service on the session bus"));
    QVERIFY(!dialog.setSecretAction()->isEnabled());
    QVERIFY(dialog.keychainWarning()->isVisible());
    const QString warning = dialog.keychainWarning()->text();
    QVERIFY2(warning.contains(QStringLiteral("secrets cannot be saved here; headless runs read them from the "
                                             "environment or a secrets file")),
             qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("no Secret Service on the session bus")), qPrintable(warning));
    dialog.setSecret(); // even called directly, nothing opens
    QVERIFY(!dialog.secretEntry());

    dialog.setKeychainStatus(true, QString());
    QVERIFY(!dialog.keychainWarning()->isVisible());
    QVERIFY(dialog.setSecretAction()->isEnabled());
    // A channel that names no secret has nothing to set.
    dialog.selectChannel(QStringLiteral("Open hook"));
    QVERIFY(!dialog.setSecretAction()->isEnabled());
    s.publishing->close();
}

QTEST_MAIN(TestChannelsDialog)
#include "tst_channelsdialog.moc"
