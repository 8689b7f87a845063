#include "comms/MessageDraftListModel.h"
#include "incident/IncidentDesk.h"

#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 kStartMs = 1'700'000'000'000;

MessageDraft newDraft(const QString& incidentId, ChannelKind channel, const QString& subject,
                      const QString& body)
{
    MessageDraft draft;
    draft.incidentId = incidentId;
    draft.stepId = QStringLiteral("announce");
    draft.channel = channel;
    draft.language = QStringLiteral("en");
    draft.subject = subject;
    draft.body = body;
    return draft;
}

} // namespace

class TestMessageDraftListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesTheModelTester();
    void newDraftsAppendRows();
    void otherIncidentsLeaveRowsAlone();
    void stateChangeRepaintsOneRow();
    void summaryColumn_data();
    void summaryColumn();
    void showingAnotherIncidentResets();

private:
    QString save(const MessageDraft& draft);

    ManualClock m_clock{kStartMs};
    IncidentDesk* m_desk = nullptr;
    QString m_first;
    QString m_second;
};

void TestMessageDraftListModel::init()
{
    m_clock.setNowMs(kStartMs);
    m_desk = new IncidentDesk(m_clock);
    m_desk->setUserName(QStringLiteral("alice"));
    DeclareRequest request;
    request.title = QStringLiteral("Checkout failing");
    m_first = m_desk->declare(request);
    request.title = QStringLiteral("Search slow");
    m_second = m_desk->declare(request);
}

void TestMessageDraftListModel::cleanup()
{
    delete m_desk;
    m_desk = nullptr;
}

QString TestMessageDraftListModel::save(const MessageDraft& draft)
{
    const IncidentDesk::DraftResult saved = m_desk->saveDraft(draft);
    return saved.draft ? saved.draft->id : QString();
}

void TestMessageDraftListModel::passesTheModelTester()
{
    MessageDraftListModel model(*m_desk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIncident(m_first);
    const QString a = save(newDraft(m_first, ChannelKind::StatusPage, QString(), QStringLiteral("Hello")));
    const QString b =
        save(newDraft(m_first, ChannelKind::Email, QStringLiteral("INC-1: problem"), QStringLiteral("Hi")));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!m_desk->approveDraft(a).has_value());
    QVERIFY(!m_desk->discardDraft(b).has_value());
    model.setIncident(m_second);
    QCOMPARE(model.rowCount(), 0);
    model.setIncident(m_first);
    QCOMPARE(model.rowCount(), 2);
    model.setIncident(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestMessageDraftListModel::newDraftsAppendRows()
{
    MessageDraftListModel model(*m_desk);
    model.setIncident(m_first);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString a = save(newDraft(m_first, ChannelKind::Social, QString(), QStringLiteral("Post")));
    const QString b = save(newDraft(m_first, ChannelKind::Chat, QString(), QStringLiteral("Chat")));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(a), 0);
    QCOMPARE(model.draftIdAt(1), b);
    QCOMPARE(model.index(1, MessageDraftListModel::Channel).data().toString(),
             channelKindLabel(ChannelKind::Chat));
    QCOMPARE(model.index(1, MessageDraftListModel::Author).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(1, MessageDraftListModel::Language).data().toString(), QStringLiteral("en"));
    QCOMPARE(model.index(1, 0).data(MessageDraftListModel::DraftIdRole).toString(), b);
    QCOMPARE(model.index(1, 0).data(MessageDraftListModel::UpdatedRole).toLongLong(), kStartMs);
}

void TestMessageDraftListModel::otherIncidentsLeaveRowsAlone()
{
    MessageDraftListModel model(*m_desk);
    model.setIncident(m_first);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString other = save(newDraft(m_second, ChannelKind::Chat, QString(), QStringLiteral("Elsewhere")));
    QVERIFY(!m_desk->approveDraft(other).has_value());
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestMessageDraftListModel::stateChangeRepaintsOneRow()
{
    MessageDraftListModel model(*m_desk);
    model.setIncident(m_first);
    save(newDraft(m_first, ChannelKind::StatusPage, QString(), QStringLiteral("One")));
    const QString second = save(newDraft(m_first, ChannelKind::Chat, QString(), QStringLiteral("Two")));
    save(newDraft(m_first, ChannelKind::Social, QString(), QStringLiteral("Three")));
    const QModelIndex state = model.index(1, MessageDraftListModel::State);
    QCOMPARE(state.data().toString(), MessageDraft::stateLabel(MessageDraft::State::Draft));
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(),
             MessageDraftListModel::stateColor(MessageDraft::State::Draft));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_clock.advanceMs(60'000);
    QVERIFY(!m_desk->approveDraft(second).has_value());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(state.data().toString(), MessageDraft::stateLabel(MessageDraft::State::Approved));
    QCOMPARE(state.data(MessageDraftListModel::StateRole).toInt(),
             static_cast<int>(MessageDraft::State::Approved));
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(),
             MessageDraftListModel::stateColor(MessageDraft::State::Approved));
    QVERIFY(MessageDraftListModel::stateColor(MessageDraft::State::Approved) !=
            MessageDraftListModel::stateColor(MessageDraft::State::Draft));
    QCOMPARE(model.index(1, 0).data(MessageDraftListModel::UpdatedRole).toLongLong(), kStartMs + 60'000);
}

void TestMessageDraftListModel::summaryColumn_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("summary");
    QTest::newRow("email shows its subject")
        << int(ChannelKind::Email) << QStringLiteral("INC-1: problem") << QStringLiteral("Hello,\n\nBody")
        << QStringLiteral("INC-1: problem");
    QTest::newRow("email without subject shows its first line")
        << int(ChannelKind::Email) << QString() << QStringLiteral("Hello,\n\nBody")
        << QStringLiteral("Hello,");
    QTest::newRow("status page shows its first line")
        << int(ChannelKind::StatusPage) << QString() << QStringLiteral("\n We are investigating.\nMore")
        << QStringLiteral("We are investigating.");
    QTest::newRow("single line post")
        << int(ChannelKind::Social) << QString() << QStringLiteral("Post") << QStringLiteral("Post");
}

void TestMessageDraftListModel::summaryColumn()
{
    QFETCH(int, channel);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, summary);
    MessageDraftListModel model(*m_desk);
    model.setIncident(m_first);
    save(newDraft(m_first, static_cast<ChannelKind>(channel), subject, body));
    QCOMPARE(model.index(0, MessageDraftListModel::Summary).data().toString(), summary);
}

void TestMessageDraftListModel::showingAnotherIncidentResets()
{
    MessageDraftListModel model(*m_desk);
    save(newDraft(m_second, ChannelKind::Chat, QString(), QStringLiteral("Second")));
    model.setIncident(m_first);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setIncident(m_second);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.incidentId(), m_second);
}

QTEST_MAIN(TestMessageDraftListModel)
#include "tst_messagedraftlistmodel.moc"
