#include "LoopbackHttpServer.h"

#include "publish/ChannelEditDialog.h"
#include "publish/ChannelListModel.h"
#include "publish/ChannelsDialog.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The channels window: changes reaching the session and its store at once, "Test this
// channel" against a real loopback webhook without blocking the window, and secrets handed on, never kept.
class TestChannelsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
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
