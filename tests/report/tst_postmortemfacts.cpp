#include "playbook/PlaybookReader.h"
#include "report/PostMortemFacts.h"

#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 T0 = 1'772'542'800'000; // 2026-03-03 13:00 UTC: started

ChecklistMark mark(const QString& step, int occurrence, qint64 minutes,
                   ChecklistMark::State state = ChecklistMark::State::Done)
{
    return ChecklistMark{step, occurrence, state, QStringLiteral("Zoë"), T0 + minutes * Minute, QString()};
}

// A SEV2 incident started at T0, detected +3, declared (and acknowledged) +4, mitigated +45, resolved +75.
IncidentRecord record()
{
    IncidentRecord r;
    Incident& i = r.incident;
    i.id = QStringLiteral("i-1");
    i.reference = QStringLiteral("INC-1");
    i.severity = Severity::Sev2;
    i.status = IncidentStatus::Resolved;
    i.affected = {AffectedService{1, QStringLiteral("API"), Impact::MajorOutage}};
    i.declaredAtMs = T0 + 4 * Minute;
    i.moments.startedMs = T0;
    i.moments.detectedMs = T0 + 3 * Minute;
    i.moments.acknowledgedMs = T0 + 4 * Minute;
    i.moments.mitigatedMs = T0 + 45 * Minute;
    i.moments.resolvedMs = T0 + 75 * Minute;
    return r;
}

IncidentEvent timelineEvent(const QString& id, qint64 minutes, IncidentEvent::Kind kind,
                            const QString& detail = {}, const QString& text = {})
{
    IncidentEvent e;
    e.id = id;
    e.incidentId = QStringLiteral("i-1");
    e.atMs = T0 + minutes * Minute;
    e.kind = kind;
    e.detail = detail;
    e.text = text;
    return e;
}

MessageDraft draft(const QString& id, ChannelKind channel, const QString& body, qint64 publishedMinutes)
{
    MessageDraft d;
    d.id = id;
    d.incidentId = QStringLiteral("i-1");
    d.channel = channel;
    d.body = body;
    d.language = QStringLiteral("en");
    d.state = MessageDraft::State::Published;
    d.publishedAtMs = T0 + publishedMinutes * Minute;
    return d;
}

Delivery sent(const QString& draftId, const QString& channel, qint64 minutes)
{
    Delivery d;
    d.draftId = draftId;
    d.incidentId = QStringLiteral("i-1");
    d.channelName = channel;
    d.state = Delivery::State::Sent;
    d.sentAtMs = T0 + minutes * Minute;
    return d;
}

} // namespace

Q_DECLARE_METATYPE(QList<ChecklistMark>)

class TestPostMortemFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseTimesAndWindow()
    {
        ReportInputs inputs;
        inputs.record = record();
        inputs.stateChanges.insert(
            1, {StateChange{0, 1, T0 - 60 * Minute, ServiceState::Unknown, ServiceState::Up, {}},
                StateChange{0, 1, T0, ServiceState::Up, ServiceState::Down, {}},
                StateChange{0, 1, T0 + 50 * Minute, ServiceState::Down, ServiceState::Up, {}}});
        const PostMortemFacts facts =
            PostMortemFacts::gather(inputs, PlaybookReader::defaultPlaybook(), T0 + 600 * Minute);
        QCOMPARE(facts.timeToDetectMs, std::optional<qint64>(3 * Minute));
        QCOMPARE(facts.timeToAcknowledgeMs, std::optional<qint64>(1 * Minute));
        QCOMPARE(facts.timeToMitigateMs, std::optional<qint64>(45 * Minute));
        QCOMPARE(facts.timeToResolveMs, std::optional<qint64>(75 * Minute));
        QVERIFY(!facts.open);
        QCOMPARE(facts.window.fromMs, T0);
        QCOMPARE(facts.window.toMs, T0 + 75 * Minute);
        // 10 % of 75 min is 7.5 min, more than the 5 min floor.
        QCOMPARE(facts.chartWindow.fromMs, T0 - 7 * Minute - 30'000);
        QCOMPARE(facts.chartWindow.toMs, T0 + 82 * Minute + 30'000);
        QCOMPARE(facts.downtime.size(), 1);
        QCOMPARE(facts.downtime.first().downMs, 50 * Minute);
        QCOMPARE(facts.chart.size(), 1);
        // The chart's bands start before the window: UP from 12:52:30, DOWN from 13:00.
        QCOMPARE(facts.chart.first().bands.first().state, ServiceState::Up);
        QCOMPARE(facts.chart.first().bands.at(1).startMs, T0);
    }

    void openIncidentEndsNow()
    {
        ReportInputs inputs;
        inputs.record = record();
        inputs.record.incident.status = IncidentStatus::Monitoring;
        inputs.record.incident.moments.resolvedMs = 0;
        const PostMortemFacts facts =
            PostMortemFacts::gather(inputs, PlaybookReader::defaultPlaybook(), T0 + 30 * Minute);
        QVERIFY(facts.open);
        QCOMPARE(facts.window.toMs, T0 + 30 * Minute);
        QVERIFY(!facts.timeToResolveMs);
        // The margin never reaches past now.
        QCOMPARE(facts.chartWindow.toMs, T0 + 30 * Minute);
        QCOMPARE(facts.chartWindow.fromMs, T0 - 5 * Minute);
    }

    void windowFallsBackWhenMomentsAreMissing()
    {
        Incident incident = record().incident;
        incident.moments = KeyMoments();
        incident.status = IncidentStatus::Investigating;
        const PostMortemFacts::Window w = PostMortemFacts::incidentWindow(incident, T0 + 100 * Minute);
        QCOMPARE(w.fromMs, incident.declaredAtMs);
        QCOMPARE(w.toMs, T0 + 100 * Minute);
        // Resolved before it started (entered out of order): an empty window, never a negative one.
        incident.moments.startedMs = T0 + 10 * Minute;
        incident.moments.resolvedMs = T0;
        const PostMortemFacts::Window inverted = PostMortemFacts::incidentWindow(incident, T0 + 100 * Minute);
        QCOMPARE(inverted.durationMs(), 0);
    }

    // The default playbook at SEV2, declared at +4: announce due +19, updates every hour from +64; the
    // resolved message due 15 min after resolving (+90). Hand-computed lateness for each set of marks.
    void checklistAdherence_data()
    {
        QTest::addColumn<QList<ChecklistMark>>("marks");
        QTest::addColumn<bool>("firstMarked");
        QTest::addColumn<bool>("firstOnTime");
        QTest::addColumn<qint64>("firstAfter");
        QTest::addColumn<int>("updatesDue");
        QTest::addColumn<int>("updatesLate");
        QTest::addColumn<qint64>("updatesLateTotal");

        QTest::newRow("all on time") << QList<ChecklistMark>{mark(QStringLiteral("announce"), 1, 15),
                                                             mark(QStringLiteral("update"), 1, 60)}
                                     << true << true << qint64(11) << 1 << 0 << qint64(0);
        // Announce at +25: 6 min late, 21 min after declaring; update #1 at +72, due +64: 8 min late.
        QTest::newRow("announce and update late")
            << QList<ChecklistMark>{mark(QStringLiteral("announce"), 1, 25),
                                    mark(QStringLiteral("update"), 1, 72)}
            << true << false << qint64(21) << 1 << 1 << qint64(8);
        // No update ticked: the occurrence due at +64 (before resolving at +75) is still open, so the
        // existing adherence code counts it late up to the report's "now" (+600): 536 min.
        QTest::newRow("update never posted") << QList<ChecklistMark>{mark(QStringLiteral("announce"), 1, 10)}
                                             << true << true << qint64(6) << 1 << 1 << qint64(536);
        QTest::newRow("announcement skipped")
            << QList<ChecklistMark>{mark(QStringLiteral("announce"), 1, 10, ChecklistMark::State::Skipped),
                                    mark(QStringLiteral("update"), 1, 60)}
            << false << false << qint64(-1) << 1 << 0 << qint64(0);
    }

    void checklistAdherence()
    {
        QFETCH(QList<ChecklistMark>, marks);
        QFETCH(bool, firstMarked);
        QFETCH(bool, firstOnTime);
        QFETCH(qint64, firstAfter);
        QFETCH(int, updatesDue);
        QFETCH(int, updatesLate);
        QFETCH(qint64, updatesLateTotal);
        ReportInputs inputs;
        inputs.record = record();
        inputs.record.incident.marks = marks;
        const PostMortemFacts facts =
            PostMortemFacts::gather(inputs, PlaybookReader::defaultPlaybook(), T0 + 600 * Minute);
        const ChecklistAdherence::Report& a = facts.adherence;
        QVERIFY(a.hasFirstMessage);
        QCOMPARE(a.firstMessageMarked, firstMarked);
        QCOMPARE(a.firstMessageOnTime, firstOnTime);
        QCOMPARE(a.firstMessageAfterMs, firstAfter < 0 ? -1 : firstAfter * Minute);
        QCOMPARE(a.updatesDue, updatesDue);
        QCOMPARE(a.updatesLate, updatesLate);
        QCOMPARE(a.updatesLateTotalMs, updatesLateTotal * Minute);
    }

    void publishedMessagesNameTheirChannels()
    {
        IncidentRecord r = record();
        r.drafts = {draft(QStringLiteral("d1"), ChannelKind::StatusPage, QStringLiteral("We are on it."), 20),
                    draft(QStringLiteral("d2"), ChannelKind::Email, QStringLiteral("Back to normal."), 80)};
        r.drafts[1].subject = QStringLiteral("Resolved");
        r.drafts.append(
            draft(QStringLiteral("d3"), ChannelKind::Social, QStringLiteral("never published"), 0));
        r.drafts.last().state = MessageDraft::State::Approved;
        // d1 went to two channels (two events), the fallback page was pushed once (no draft), d2 has a
        // published draft but no event (a record from before events).
        r.events = {timelineEvent(QStringLiteral("e1"), 20, IncidentEvent::Kind::MessagePublished,
                                  QStringLiteral("d1")),
                    timelineEvent(QStringLiteral("e2"), 21, IncidentEvent::Kind::MessagePublished,
                                  QStringLiteral("d1")),
                    timelineEvent(QStringLiteral("e3"), 30, IncidentEvent::Kind::MessagePublished, QString(),
                                  QStringLiteral("Fallback status page published on mirror"))};
        const QList<Delivery> deliveries{sent(QStringLiteral("d1"), QStringLiteral("mastodon"), 21),
                                         sent(QStringLiteral("d1"), QStringLiteral("statuspage"), 20),
                                         sent(QStringLiteral("d2"), QStringLiteral("customers"), 80)};
        const QList<PostMortemFacts::PublishedMessage> messages =
            PostMortemFacts::publishedMessages(r, deliveries);
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).channel,
                 QStringLiteral("statuspage")); // the first sent goes with the first event
        QCOMPARE(messages.at(0).text, QStringLiteral("We are on it."));
        QCOMPARE(messages.at(0).atMs, T0 + 20 * Minute);
        QCOMPARE(messages.at(1).channel, QStringLiteral("mastodon"));
        QVERIFY(!messages.at(2).hasKind);
        QCOMPARE(messages.at(2).text, QStringLiteral("Fallback status page published on mirror"));
        QCOMPARE(messages.at(3).channel, QStringLiteral("customers"));
        QCOMPARE(messages.at(3).subject, QStringLiteral("Resolved"));
        QCOMPARE(messages.at(3).kind, ChannelKind::Email);
    }

    void timelineIsInTimeOrder()
    {
        ReportInputs inputs;
        inputs.record = record();
        inputs.record.events = {timelineEvent(QStringLiteral("b"), 30, IncidentEvent::Kind::Note),
                                timelineEvent(QStringLiteral("a"), 5, IncidentEvent::Kind::Declared)};
        const PostMortemFacts facts =
            PostMortemFacts::gather(inputs, PlaybookReader::defaultPlaybook(), T0 + 600 * Minute);
        QCOMPARE(facts.timeline.size(), 2);
        QCOMPARE(facts.timeline.first().id, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestPostMortemFacts)
#include "tst_postmortemfacts.moc"
