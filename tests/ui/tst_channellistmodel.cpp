#include "publish/ChannelListModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

// The channel list: one row per channel with its type, kind, audience and sandbox flag, and what the last
// readiness test said, kept per channel and dropped when the channel changes.
class TestChannelListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsEachChannel();
    void showsTheTestState_data();
    void showsTheTestState();
    void keepsAResultWhileTheChannelIsUnchanged();
    void dropsAnAnswerAboutAnEarlierConfiguration();
    void ignoresUnknownChannels();

private:
    static QList<ChannelConfig> twoChannels();
    QString readiness(const QString& name, int role = Qt::DisplayRole) const;

    std::unique_ptr<ChannelListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QList<ChannelConfig> TestChannelListModel::twoChannels()
{
    ChannelConfig page;
    page.name = QStringLiteral("Customers status page");
    page.type = QStringLiteral("statuspage");
    page.messageKind = ChannelKind::StatusPage;
    page.settings = {{QStringLiteral("page_id"), QStringLiteral("kctbh9vrtdwd")}};
    page.secrets = {QStringLiteral("api_key")};
    ChannelConfig chat;
    chat.name = QStringLiteral("Ops chat");
    chat.type = QStringLiteral("slack");
    chat.messageKind = ChannelKind::Chat;
    chat.audience = QStringLiteral("internal");
    chat.sandbox = true;
    chat.secrets = {QStringLiteral("webhook_url")};
    return {page, chat};
}

void TestChannelListModel::init()
{
    m_model = std::make_unique<ChannelListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setChannels(twoChannels());
}

void TestChannelListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QString TestChannelListModel::readiness(const QString& name, int role) const
{
    return m_model->index(m_model->rowOf(name), ChannelListModel::Readiness).data(role).toString();
}

void TestChannelListModel::showsEachChannel()
{
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ChannelListModel::ColumnCount));
    const auto cell = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, ChannelListModel::Name), QStringLiteral("Customers status page"));
    QCOMPARE(cell(0, ChannelListModel::Type), QStringLiteral("Atlassian Statuspage"));
    QCOMPARE(cell(0, ChannelListModel::Kind), channelKindLabel(ChannelKind::StatusPage));
    QCOMPARE(cell(0, ChannelListModel::Audience), QStringLiteral("Customers"));
    QCOMPARE(cell(0, ChannelListModel::Sandbox), QString());
    QCOMPARE(cell(1, ChannelListModel::Type), QStringLiteral("Slack"));
    QCOMPARE(cell(1, ChannelListModel::Kind), channelKindLabel(ChannelKind::Chat));
    QCOMPARE(cell(1, ChannelListModel::Audience), QStringLiteral("Internal"));
    QCOMPARE(cell(1, ChannelListModel::Sandbox), QStringLiteral("Sandbox"));
    QCOMPARE(cell(0, ChannelListModel::Readiness), QStringLiteral("Never tested"));
    QCOMPARE(m_model->index(1, 0).data(ChannelListModel::ChannelNameRole).toString(),
             QStringLiteral("Ops chat"));
    QCOMPARE(m_model->rowOf(QStringLiteral("Ops chat")), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("nope")), -1);
    // A type the editor does not ship still shows, by its own name.
    QList<ChannelConfig> channels = twoChannels();
    channels[0].type = QStringLiteral("cachet");
    m_model->setChannels(channels);
    QCOMPARE(cell(0, ChannelListModel::Type), QStringLiteral("cachet"));
}

void TestChannelListModel::showsTheTestState_data()
{
    QTest::addColumn<bool>("answered");
    QTest::addColumn<int>("outcomeKind");
    QTest::addColumn<QString>("outcomeMessage");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("toolTip");

    QTest::newRow("testing") << false << 0 << QString() << int(ChannelListModel::TestState::Testing)
                             << "Testing…"
                             << "Waiting for the service’s answer.";
    QTest::newRow("ready") << true << int(DeliveryOutcome::Kind::Sent)
                           << "Ops chat: the webhook exists; nothing was posted."
                           << int(ChannelListModel::TestState::Ready) << "Ready"
                           << "Ops chat: the webhook exists; nothing was posted.";
    QTest::newRow("refused") << true << int(DeliveryOutcome::Kind::Failed)
                             << "Ops chat: HTTP 403 invalid_token"
                             << int(ChannelListModel::TestState::NotReady)
                             << "Not ready: Ops chat: HTTP 403 invalid_token"
                             << "Ops chat: HTTP 403 invalid_token";
    QTest::newRow("unreachable") << true << int(DeliveryOutcome::Kind::Retry) << "Ops chat: no answer"
                                 << int(ChannelListModel::TestState::NotReady)
                                 << "Not ready: Ops chat: no answer"
                                 << "Ops chat: no answer";
}

void TestChannelListModel::showsTheTestState()
{
    QFETCH(bool, answered);
    QFETCH(int, outcomeKind);
    QFETCH(QString, outcomeMessage);
    QFETCH(int, state);
    QFETCH(QString, text);
    QFETCH(QString, toolTip);

    const QString name = QStringLiteral("Ops chat");
    const QColor untested =
        m_model->index(1, ChannelListModel::Readiness).data(Qt::ForegroundRole).value<QColor>();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTesting(name);
    if (answered) {
        DeliveryOutcome outcome;
        outcome.kind = static_cast<DeliveryOutcome::Kind>(outcomeKind);
        outcome.message = outcomeMessage;
        m_model->setTestOutcome(name, outcome);
    }
    QCOMPARE(changed.size(), answered ? 2 : 1);
    const QModelIndex cell = changed.last().at(0).toModelIndex();
    QCOMPARE(cell.row(), 1);
    QCOMPARE(cell.column(), int(ChannelListModel::Readiness));
    QCOMPARE(int(m_model->testState(name)), state);
    QCOMPARE(m_model->index(1, 0).data(ChannelListModel::TestStateRole).toInt(), state);
    QCOMPARE(readiness(name), text);
    QCOMPARE(readiness(name, Qt::ToolTipRole), toolTip);
    const QColor colour =
        m_model->index(1, ChannelListModel::Readiness).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(colour.isValid());
    QVERIFY(colour != untested);
    // The other channel is untouched.
    QCOMPARE(readiness(QStringLiteral("Customers status page")), QStringLiteral("Never tested"));
}

void TestChannelListModel::keepsAResultWhileTheChannelIsUnchanged()
{
    const QString name = QStringLiteral("Ops chat");
    m_model->setTesting(name);
    m_model->setTestOutcome(name, DeliveryOutcome::sent(QString()));
    QCOMPARE(m_model->testState(name), ChannelListModel::TestState::Ready);

    QList<ChannelConfig> channels = twoChannels();
    channels[0].settings.insert(QStringLiteral("page_id"), QStringLiteral("other"));
    m_model->setChannels(channels); // another channel changed: this result still stands
    QCOMPARE(m_model->testState(name), ChannelListModel::TestState::Ready);

    channels[1].settings.insert(QStringLiteral("username"), QStringLiteral("Vigie"));
    m_model->setChannels(channels); // this one changed: the result was about something else
    QCOMPARE(m_model->testState(name), ChannelListModel::TestState::NeverTested);
    QCOMPARE(readiness(name), QStringLiteral("Never tested"));
}

void TestChannelListModel::dropsAnAnswerAboutAnEarlierConfiguration()
{
    const QString name = QStringLiteral("Ops chat");
    m_model->setTesting(name);
    QList<ChannelConfig> channels = twoChannels();
    channels[1].audience = QStringLiteral("customers");
    m_model->setChannels(channels);
    QCOMPARE(m_model->testState(name), ChannelListModel::TestState::Testing); // still waiting
    m_model->setTestOutcome(name, DeliveryOutcome::sent(QString()));
    QCOMPARE(m_model->testState(name), ChannelListModel::TestState::NeverTested);
}

void TestChannelListModel::ignoresUnknownChannels()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTesting(QStringLiteral("Gone"));
    m_model->setTestOutcome(QStringLiteral("Gone"), DeliveryOutcome::failed(QStringLiteral("x")));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->testState(QStringLiteral("Gone")), ChannelListModel::TestState::NeverTested);
}

QTEST_MAIN(TestChannelListModel)
#include "tst_channellistmodel.moc"
