#include "incident/IncidentDesk.h"
#include "playbook/ChecklistModel.h"
#include "playbook/PlaybookReader.h"

#include "IncidentFixture.h"
#include "ManualClock.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

constexpr qint64 kSecondMs = 1'000;
constexpr qint64 kMinuteMs = 60 * kSecondMs;

// Declared at 13:00 UTC; with the default playbook on SEV2: internal due 13:05, fallback page 13:10,
// announce 13:15, acknowledge 13:30, the first update one cadence (1 h) after declaring: 14:00.
qint64 declaredMs()
{
    return IncidentFixture::utc(2026, 3, 3, 13, 0);
}

// "HH:mm" of a UTC wall-clock time in the zone the test runs in.
QString local(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 3), QTime(hour, minute), QTimeZone::utc())
        .toLocalTime()
        .toString(QStringLiteral("HH:mm"));
}

bool isReddish(const QColor& c)
{
    return c.isValid() && (c.hue() <= 15 || c.hue() >= 345) && c.saturation() > 100;
}

bool isAmber(const QColor& c)
{
    return c.isValid() && c.hue() >= 25 && c.hue() <= 55 && c.saturation() > 100;
}

bool isGreen(const QColor& c)
{
    return c.isValid() && c.hue() >= 90 && c.hue() <= 150;
}

bool isGrey(const QColor& c)
{
    return c.isValid() && c.saturation() < 30;
}

} // namespace

class TestChecklistModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rowsOfTheDefaultPlaybookOnSev2();
    void statesFollowTheClock_data();
    void statesFollowTheClock();
    void countdownText_data();
    void countdownText();
    void refreshReportsOnlyChangedCells();
    void markingThroughTheDeskChangesOneRow();
    void tickedUpdateInsertsTheNextOccurrence();
    void missedUpdateInsertsTheNextOccurrence();
    void resolvingDatesTheClosingSteps();
    void notApplicableStepsAreHiddenOrGreyed();
    void titlesInTheUiLanguage();
    void followsTheIncident();

private:
    QString declare(Severity severity);
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }
    int row(const QString& stepId, int occurrence = 1) const { return m_model->rowOf(stepId, occurrence); }
    void at(int minutes, int seconds = 0)
    {
        m_clock.setNowMs(declaredMs() + minutes * kMinuteMs + seconds * kSecondMs);
        m_model->refresh();
    }

    ManualClock m_clock{0};
    std::unique_ptr<IncidentDesk> m_desk;
    std::unique_ptr<ChecklistModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChecklistModel::init()
{
    m_clock.setNowMs(declaredMs());
    m_desk = std::make_unique<IncidentDesk>(m_clock);
    m_desk->setUserName(QStringLiteral("alice"));
    m_model = std::make_unique<ChecklistModel>(*m_desk, m_clock);
    m_model->setLanguage(QStringLiteral("en"));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPlaybook(PlaybookReader::defaultPlaybook());
}

void TestChecklistModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_desk.reset();
}

QString TestChecklistModel::declare(Severity severity)
{
    DeclareRequest request;
    request.title = QStringLiteral("Checkout failing");
    request.severity = severity;
    const QString id = m_desk->declare(request);
    m_model->setIncident(id);
    return id;
}

void TestChecklistModel::rowsOfTheDefaultPlaybookOnSev2()
{
    declare(Severity::Sev2);
    // The maintenance steps do not apply to an incident: hidden.
    QCOMPARE(m_model->rowCount(), 7);
    const QStringList ids = {QStringLiteral("internal"),   QStringLiteral("fallback-page"),
                             QStringLiteral("announce"),   QStringLiteral("acknowledge"),
                             QStringLiteral("update"),     QStringLiteral("resolved"),
                             QStringLiteral("post-mortem")};
    for (int r = 0; r < ids.size(); ++r)
        QCOMPARE(m_model->index(r, 0).data(ChecklistModel::StepIdRole).toString(), ids.at(r));
    QCOMPARE(m_model->columnCount(), int(ChecklistModel::ColumnCount));

    QCOMPARE(text(0, ChecklistModel::Title), QStringLiteral("Tell the internal teams"));
    QCOMPARE(text(0, ChecklistModel::Due), local(13, 5));
    QCOMPARE(text(0, ChecklistModel::Channels), QStringLiteral("Chat"));
    QCOMPARE(text(1, ChecklistModel::Due), local(13, 10));
    QCOMPARE(text(2, ChecklistModel::Due), local(13, 15));
    QCOMPARE(text(2, ChecklistModel::Channels), QStringLiteral("Status page, Social post, Email"));
    QCOMPARE(text(3, ChecklistModel::Due), local(13, 30));
    QCOMPARE(text(4, ChecklistModel::Occurrence), QStringLiteral("Update #1"));
    QCOMPARE(text(4, ChecklistModel::Due), local(14, 0));
    QCOMPARE(text(0, ChecklistModel::Occurrence), QString());
    // Anchored on the resolution: no due time yet.
    QCOMPARE(text(5, ChecklistModel::Due), QString());
    QCOMPARE(m_model->index(5, 0).data(ChecklistModel::StateRole).toInt(), int(StepStatus::State::Waiting));
    QCOMPARE(text(5, ChecklistModel::Countdown), QStringLiteral("once resolved"));
    QCOMPARE(m_model->headerData(ChecklistModel::Countdown, Qt::Horizontal).toString(),
             QStringLiteral("Countdown"));
}

void TestChecklistModel::statesFollowTheClock_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("stateLabel");

    QTest::newRow("13:00, 5 min to go: due soon") << 0 << int(StepStatus::State::DueSoon) << "Due soon";
    QTest::newRow("13:04 due soon") << 4 << int(StepStatus::State::DueSoon) << "Due soon";
    QTest::newRow("13:05 due: overdue") << 5 << int(StepStatus::State::Overdue) << "Overdue";
    QTest::newRow("13:17 overdue") << 17 << int(StepStatus::State::Overdue) << "Overdue";
}

void TestChecklistModel::statesFollowTheClock()
{
    QFETCH(int, minutes);
    QFETCH(int, state);
    QFETCH(QString, stateLabel);
    declare(Severity::Sev2);
    at(minutes);
    const int internal = row(QStringLiteral("internal"));
    QCOMPARE(m_model->index(internal, 0).data(ChecklistModel::StateRole).toInt(), state);
    QCOMPARE(text(internal, ChecklistModel::State), stateLabel);
    const QColor foreground =
        m_model->index(internal, ChecklistModel::Countdown).data(Qt::ForegroundRole).value<QColor>();
    const QColor background =
        m_model->index(internal, ChecklistModel::Title).data(Qt::BackgroundRole).value<QColor>();
    const QIcon icon =
        m_model->index(internal, ChecklistModel::Title).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    if (state == int(StepStatus::State::Overdue)) {
        QVERIFY(isReddish(foreground));
        QVERIFY(background.isValid());
        QVERIFY(background.red() > background.blue());
    } else {
        QVERIFY(isAmber(foreground));
    }
    // The acknowledgement, due 13:30, is only pending by then.
    const int acknowledge = row(QStringLiteral("acknowledge"));
    QCOMPARE(m_model->index(acknowledge, 0).data(ChecklistModel::StateRole).toInt(),
             int(StepStatus::State::Pending));
    QVERIFY(!m_model->index(acknowledge, 0).data(Qt::BackgroundRole).isValid());
}

void TestChecklistModel::countdownText_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");

    // Internal teams due at 13:05 (300 s after declaring). What is left rounds up, what is late down.
    QTest::newRow("5 min ahead") << 0 << "in 5 min";
    QTest::newRow("4 min ahead") << 60 << "in 4 min";
    QTest::newRow("3 min 30 s ahead rounds up") << 90 << "in 4 min";
    QTest::newRow("30 s ahead") << 270 << "in 30 s";
    QTest::newRow("due this second") << 300 << "due now";
    QTest::newRow("late by 40 s") << 340 << "overdue by 40 s";
    QTest::newRow("late by 12 min 50 s rounds down") << 300 + 12 * 60 + 50 << "overdue by 12 min";
    QTest::newRow("late by 1 h 5 min") << 300 + 65 * 60 << "overdue by 1 h 05 min";
}

void TestChecklistModel::countdownText()
{
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    declare(Severity::Sev2);
    at(0, seconds);
    QCOMPARE(text(row(QStringLiteral("internal")), ChecklistModel::Countdown), expected);
}

void TestChecklistModel::refreshReportsOnlyChangedCells()
{
    declare(Severity::Sev2);
    at(1);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // 10 s later every countdown still reads the same minute.
    at(1, 10);
    QCOMPARE(changed.count(), 0);

    // A minute later the five dated open steps count down; nothing changes state (internal is still due
    // soon).
    at(2, 10);
    QCOMPARE(changed.count(), 5);
    QList<int> rows;
    for (const QList<QVariant>& args : changed) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        QCOMPARE(topLeft.row(), bottomRight.row());
        QCOMPARE(topLeft.column(), int(ChecklistModel::Countdown));
        QCOMPARE(bottomRight.column(), int(ChecklistModel::Countdown));
        rows.append(topLeft.row());
    }
    QCOMPARE(rows, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(text(0, ChecklistModel::Countdown), QStringLiteral("in 3 min"));

    // Internal falls due at 13:05: its whole row turns (colour follows the state).
    changed.clear();
    at(5);
    QVERIFY(!changed.isEmpty());
    const QModelIndex first = changed.first().at(0).toModelIndex();
    QCOMPARE(first.row(), 0);
    QCOMPARE(first.column(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), ChecklistModel::ColumnCount - 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(reset.count(), 0);
}

void TestChecklistModel::markingThroughTheDeskChangesOneRow()
{
    const QString id = declare(Severity::Sev2);
    at(8);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(!m_desk
                 ->markStep(id, QStringLiteral("announce"), 1, ChecklistMark::State::Done,
                            QStringLiteral("Tell users about the problem"))
                 .has_value());
    QCOMPARE(changed.count(), 1);
    const int announce = row(QStringLiteral("announce"));
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(announce, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), m_model->index(announce, ChecklistModel::ColumnCount - 1));
    QCOMPARE(reset.count(), 0);

    QCOMPARE(text(announce, ChecklistModel::State), QStringLiteral("Done"));
    QCOMPARE(text(announce, ChecklistModel::Marked), QStringLiteral("alice, %1").arg(local(13, 8)));
    QCOMPARE(text(announce, ChecklistModel::Countdown), QString());
    QVERIFY(
        isGreen(m_model->index(announce, ChecklistModel::State).data(Qt::ForegroundRole).value<QColor>()));
    QVERIFY(!m_model->index(announce, 0).data(ChecklistModel::OpenRole).toBool());

    // A skipped step is struck out and grey, its reason in the tool tip.
    QVERIFY(!m_desk
                 ->markStep(id, QStringLiteral("fallback-page"), 1, ChecklistMark::State::Skipped, QString(),
                            QStringLiteral("Status page is up"))
                 .has_value());
    const int fallback = row(QStringLiteral("fallback-page"));
    QVERIFY(m_model->index(fallback, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(isGrey(m_model->index(fallback, 0).data(Qt::ForegroundRole).value<QColor>()));
    QCOMPARE(m_model->index(fallback, ChecklistModel::Marked).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Status page is up"));
}

void TestChecklistModel::tickedUpdateInsertsTheNextOccurrence()
{
    const QString id = declare(Severity::Sev2);
    at(50);
    const int first = row(QStringLiteral("update"));
    QCOMPARE(first, 4);
    QCOMPARE(row(QStringLiteral("update"), 2), -1);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QVERIFY(!m_desk->markStep(id, QStringLiteral("update"), 1, ChecklistMark::State::Done, QString())
                 .has_value());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), first + 1);
    QCOMPARE(inserted.first().at(2).toInt(), first + 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), 8);
    // Ticked at 13:50: the next one is due a cadence (1 h) later.
    QCOMPARE(row(QStringLiteral("update"), 2), first + 1);
    QCOMPARE(text(first + 1, ChecklistModel::Occurrence), QStringLiteral("Update #2"));
    QCOMPARE(text(first + 1, ChecklistModel::Due), local(14, 50));
    QCOMPARE(text(first + 1, ChecklistModel::Countdown), QStringLiteral("in 1 h 00 min"));
    QCOMPARE(text(first, ChecklistModel::State), QStringLiteral("Done"));
    QCOMPARE(text(first + 2, ChecklistModel::Title), QStringLiteral("Announce that the service is back"));
}

void TestChecklistModel::missedUpdateInsertsTheNextOccurrence()
{
    declare(Severity::Sev1);
    // SEV1 cadence is 30 min: update #1 due 13:30.
    at(29);
    const int first = row(QStringLiteral("update"));
    QCOMPARE(text(first, ChecklistModel::Due), local(13, 30));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    at(31);
    // Missed: it stays, overdue, and the next one is due a cadence after it was due.
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->index(first, 0).data(ChecklistModel::StateRole).toInt(),
             int(StepStatus::State::Overdue));
    QCOMPARE(row(QStringLiteral("update"), 2), first + 1);
    QCOMPARE(text(first + 1, ChecklistModel::Due), local(14, 0));
    QCOMPARE(text(first + 1, ChecklistModel::Countdown), QStringLiteral("in 29 min"));
}

void TestChecklistModel::resolvingDatesTheClosingSteps()
{
    const QString id = declare(Severity::Sev2);
    at(40);
    const int update = row(QStringLiteral("update"));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(!m_desk->setStatus(id, IncidentStatus::Resolved).has_value());
    // Resolved at 13:40, before the first update fell due (14:00): no update is owed any more.
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), update);
    QCOMPARE(row(QStringLiteral("update")), -1);
    // The announcement of the return is due 15 min after the resolution, the post-mortem 5 days after.
    const int resolved = row(QStringLiteral("resolved"));
    QCOMPARE(text(resolved, ChecklistModel::Due), local(13, 55));
    QCOMPARE(text(resolved, ChecklistModel::Countdown), QStringLiteral("in 15 min"));
    QCOMPARE(m_model->index(resolved, 0).data(ChecklistModel::StateRole).toInt(),
             int(StepStatus::State::Pending));
    const int postMortem = row(QStringLiteral("post-mortem"));
    QCOMPARE(text(postMortem, ChecklistModel::Countdown), QStringLiteral("in 5 d 0 h"));
}

void TestChecklistModel::notApplicableStepsAreHiddenOrGreyed()
{
    const QString id = declare(Severity::Sev3);
    // The fallback page is for SEV1 and SEV2 only.
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(row(QStringLiteral("fallback-page")), -1);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setShowNotApplicable(true);
    // The fallback page and the three maintenance steps come in, greyed, without a reset.
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(m_model->rowCount(), 10);
    const int fallback = row(QStringLiteral("fallback-page"));
    QCOMPARE(fallback, 1);
    QCOMPARE(text(fallback, ChecklistModel::State), QStringLiteral("Not applicable"));
    QCOMPARE(text(fallback, ChecklistModel::Due), QString());
    QVERIFY(isGrey(m_model->index(fallback, 0).data(Qt::ForegroundRole).value<QColor>()));
    QVERIFY(m_model->index(fallback, 0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!m_model->index(fallback, 0).data(ChecklistModel::OpenRole).toBool());

    // Raised to SEV1, the fallback page applies and falls due 10 min after declaring.
    QVERIFY(!m_desk->setSeverity(id, Severity::Sev1).has_value());
    QCOMPARE(text(fallback, ChecklistModel::Due), local(13, 10));
    m_model->setShowNotApplicable(false);
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(row(QStringLiteral("maintenance-notice")), -1);
    QCOMPARE(row(QStringLiteral("fallback-page")), 1);
}

void TestChecklistModel::titlesInTheUiLanguage()
{
    declare(Severity::Sev2);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLanguage(QStringLiteral("fr_CA"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(text(0, ChecklistModel::Title), QStringLiteral("Prévenir les équipes internes"));
    QVERIFY(m_model->index(0, ChecklistModel::Title)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Indiquez dans la messagerie")));
}

void TestChecklistModel::followsTheIncident()
{
    declare(Severity::Sev2);
    DeclareRequest other;
    other.title = QStringLiteral("Search slow");
    other.severity = Severity::Sev4;
    const QString second = m_desk->declare(other);
    QCOMPARE(m_model->rowCount(), 7); // still the first incident
    m_model->setIncident(second);
    QCOMPARE(m_model->rowCount(), 6);
    // SEV4: updates every 4 h.
    QCOMPARE(text(row(QStringLiteral("update")), ChecklistModel::Due), local(17, 0));
    m_model->setIncident(QString());
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
