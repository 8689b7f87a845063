#include "config/ChannelValidator.h"
#include "publish/ChannelEditDialog.h"
#include "publish/ChannelSettingsEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

// The channel editor: each field's check in the workspace file's words, what choosing a type fills in, and
// settings that come back exactly as they went in.
class TestChannelEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editorValidates_data();
    void editorValidates();
    void typeFillsKindSecretsAndKeys();
    void editorKeepsSettingsAsTheyWere();

private:
    static ChannelConfig slack(const QString& name);
    // Types a setting's value in its row (a new row for a key not listed yet).
    static void setSetting(ChannelSettingsEditor* settings, const QString& key, const QString& value);
};

ChannelConfig TestChannelEditDialog::slack(const QString& name)
{
    ChannelConfig channel;
    channel.name = name;
    channel.type = QStringLiteral("slack");
    channel.messageKind = ChannelKind::Chat;
    channel.audience = QStringLiteral("internal");
    channel.secrets = {QStringLiteral("webhook_url")};
    return channel;
}

void TestChannelEditDialog::setSetting(ChannelSettingsEditor* settings, const QString& key,
                                       const QString& value)
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

void TestChannelEditDialog::editorValidates_data()
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

void TestChannelEditDialog::editorValidates()
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

void TestChannelEditDialog::typeFillsKindSecretsAndKeys()
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

void TestChannelEditDialog::editorKeepsSettingsAsTheyWere()
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

QTEST_MAIN(TestChannelEditDialog)
#include "tst_channeleditdialog.moc"
