#include "ManualClock.h"
#include "statuspage/StatusSnapshotBuilder.h"
#include "StatusPageFixtures.h"

#include <QTest>

using F = StatusPageFixtures;

Q_DECLARE_METATYPE(ComponentStatus)
Q_DECLARE_METATYPE(PageIndicator)

// The snapshot takes the public facts and nothing else from the session's services and incidents.
class TestStatusSnapshotBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void componentStatus_data();
    void componentStatus();
    void indicator_data();
    void indicator();
    void componentsAreOrderedByGroupThenName();
    void onlyApprovedStatusPageMessagesBecomeUpdates();
    void languagesOfOneMessageMakeOneUpdate();
    void updateStatusIsTheStatusWhenApproved();
    void internalFactsStayOut();
    void resolvedIncidentsStayForTheRecentWindow();
    void drillsStayOutUnlessAsked();
    void openIncidentsComeFirst();
    void controlCharactersAreDropped();

private:
    ManualClock m_clock{F::T0 + 100 * F::Minute};
};

void TestStatusSnapshotBuilder::componentStatus_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("incident"); // "", "open-partial", "resolved-major", "drill-major", ...
    QTest::addColumn<ComponentStatus>("expected");

    const auto up = int(ServiceState::Up);
    const auto down = int(ServiceState::Down);
    QTest::newRow("up") << up << QString() << ComponentStatus::Operational;
    QTest::newRow("degraded") << int(ServiceState::Degraded) << QString()
                              << ComponentStatus::DegradedPerformance;
    QTest::newRow("down") << down << QString() << ComponentStatus::MajorOutage;
    QTest::newRow("paused") << int(ServiceState::Paused) << QString() << ComponentStatus::UnderMaintenance;
    QTest::newRow("not checked yet") << int(ServiceState::Unknown) << QString()
                                     << ComponentStatus::Operational;
    QTest::newRow("up, open incident: partial outage")
        << up << QStringLiteral("open-partial") << ComponentStatus::PartialOutage;
    QTest::newRow("down, open incident: degraded keeps the worse")
        << down << QStringLiteral("open-degraded") << ComponentStatus::MajorOutage;
    QTest::newRow("up, resolved incident")
        << up << QStringLiteral("resolved-major") << ComponentStatus::Operational;
    QTest::newRow("up, drill") << up << QStringLiteral("drill-major") << ComponentStatus::Operational;
    QTest::newRow("down during maintenance")
        << down << QStringLiteral("maintenance") << ComponentStatus::UnderMaintenance;
    QTest::newRow("down during maintenance and an incident")
        << down << QStringLiteral("maintenance+open-major") << ComponentStatus::MajorOutage;
    QTest::newRow("up, maintenance only scheduled")
        << up << QStringLiteral("scheduled") << ComponentStatus::Operational;
}

void TestStatusSnapshotBuilder::componentStatus()
{
    QFETCH(int, state);
    QFETCH(QString, incident);
    QFETCH(ComponentStatus, expected);

    const qint64 now = m_clock.nowMs();
    QList<IncidentRecord> records;
    const auto add = [&](IncidentStatus status, Impact impact, bool drill) {
        IncidentRecord record = F::incident(
            QStringLiteral("i%1").arg(records.size()), QStringLiteral("INC-1"), QStringLiteral("Trouble"),
            status, now - 30 * F::Minute, {F::affected(7, QStringLiteral("API"), impact)});
        record.incident.drill = drill;
        records.append(record);
    };
    for (const QString& part : incident.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (part == u"open-partial")
            add(IncidentStatus::Identified, Impact::PartialOutage, false);
        else if (part == u"open-degraded")
            add(IncidentStatus::Identified, Impact::DegradedPerformance, false);
        else if (part == u"open-major")
            add(IncidentStatus::Investigating, Impact::MajorOutage, false);
        else if (part == u"resolved-major")
            add(IncidentStatus::Resolved, Impact::MajorOutage, false);
        else if (part == u"drill-major")
            add(IncidentStatus::Investigating, Impact::MajorOutage, true);
        else if (part == u"maintenance")
            add(IncidentStatus::InProgress, Impact::UnderMaintenance, false);
        else if (part == u"scheduled")
            add(IncidentStatus::Scheduled, Impact::UnderMaintenance, false);
        else
            QFAIL(qPrintable(part));
    }

    StatusSnapshotBuilder builder(m_clock);
    const StatusSnapshot snapshot =
        builder.build({F::service(7, QStringLiteral("API"))}, {F::state(7, ServiceState(state))}, records);
    QCOMPARE(snapshot.components.size(), 1);
    QCOMPARE(snapshot.components.first().status, expected);
    QCOMPARE(snapshot.components.first().id, QStringLiteral("svc-7"));
}

void TestStatusSnapshotBuilder::indicator_data()
{
    QTest::addColumn<QList<int>>("states");
    QTest::addColumn<bool>("openIncident");
    QTest::addColumn<PageIndicator>("expected");

    const int up = int(ServiceState::Up);
    const int down = int(ServiceState::Down);
    const int degraded = int(ServiceState::Degraded);
    const int paused = int(ServiceState::Paused);
    QTest::newRow("all up") << QList<int>{up, up, up, up} << false << PageIndicator::None;
    QTest::newRow("one degraded") << QList<int>{up, degraded, up, up} << false << PageIndicator::Minor;
    QTest::newRow("one down of four") << QList<int>{up, down, up, up} << false << PageIndicator::Major;
    QTest::newRow("half down is not most") << QList<int>{down, down, up, up} << false << PageIndicator::Major;
    QTest::newRow("three down of four")
        << QList<int>{down, down, down, up} << false << PageIndicator::Critical;
    QTest::newRow("all down") << QList<int>{down, down} << false << PageIndicator::Critical;
    QTest::newRow("one paused") << QList<int>{up, paused, up} << false << PageIndicator::Maintenance;
    QTest::newRow("paused and degraded") << QList<int>{degraded, paused} << false << PageIndicator::Minor;
    QTest::newRow("all up, an incident open") << QList<int>{up, up} << true << PageIndicator::Minor;
    QTest::newRow("no components") << QList<int>{} << false << PageIndicator::None;
}

void TestStatusSnapshotBuilder::indicator()
{
    QFETCH(QList<int>, states);
    QFETCH(bool, openIncident);
    QFETCH(PageIndicator, expected);

    QList<ServiceDefinition> services;
    QList<ServiceSummary> summaries;
    for (int i = 0; i < states.size(); ++i) {
        services.append(F::service(i + 1, QStringLiteral("Service %1").arg(i + 1)));
        summaries.append(F::state(i + 1, ServiceState(states.at(i))));
    }
    QList<IncidentRecord> records;
    if (openIncident)
        records.append(F::incident(QStringLiteral("i1"), QStringLiteral("INC-1"), QStringLiteral("Slow"),
                                   IncidentStatus::Investigating, F::T0));
    const StatusSnapshot snapshot = StatusSnapshotBuilder(m_clock).build(services, summaries, records);
    QCOMPARE(snapshot.indicator(), expected);
}

void TestStatusSnapshotBuilder::componentsAreOrderedByGroupThenName()
{
    const QList<ServiceDefinition> services{
        F::service(1, QStringLiteral("Website"), QStringLiteral("Platform")),
        F::service(2, QStringLiteral("Login")),
        F::service(3, QStringLiteral("API"), QStringLiteral("Platform")),
        F::service(4, QStringLiteral("Billing"), QStringLiteral("Back office")),
    };
    const StatusSnapshot snapshot = StatusSnapshotBuilder(m_clock).build(services, {}, {});
    QStringList names;
    for (const StatusComponent& component : snapshot.components)
        names.append(component.name);
    QCOMPARE(names, (QStringList{QStringLiteral("Login"), QStringLiteral("Billing"), QStringLiteral("API"),
                                 QStringLiteral("Website")}));
    QCOMPARE(snapshot.groups(),
             (QStringList{QString(), QStringLiteral("Back office"), QStringLiteral("Platform")}));
    // Without a state from the checks, a component dates from the snapshot.
    QCOMPARE(snapshot.components.first().updatedAtMs, m_clock.nowMs());
}

void TestStatusSnapshotBuilder::onlyApprovedStatusPageMessagesBecomeUpdates()
{
    IncidentRecord record = F::incident(QStringLiteral("i1"), QStringLiteral("INC-1"), QStringLiteral("Down"),
                                        IncidentStatus::Investigating, F::T0);
    const QString id = record.incident.id;
    record.drafts.append(F::message(id, QStringLiteral("d-published"), QStringLiteral("en"),
                                    QStringLiteral("published text"), F::T0 + F::Minute));
    record.drafts.append(F::message(id, QStringLiteral("d-approved"), QStringLiteral("en"),
                                    QStringLiteral("approved text"), F::T0 + 2 * F::Minute, false));
    MessageDraft draft = F::message(id, QStringLiteral("d-draft"), QStringLiteral("en"),
                                    QStringLiteral("draft text"), F::T0 + 3 * F::Minute);
    draft.state = MessageDraft::State::Draft;
    record.drafts.append(draft);
    MessageDraft discarded = draft;
    discarded.id = QStringLiteral("d-discarded");
    discarded.body = QStringLiteral("discarded text");
    discarded.state = MessageDraft::State::Discarded;
    record.drafts.append(discarded);
    MessageDraft chat = F::message(id, QStringLiteral("d-chat"), QStringLiteral("en"),
                                   QStringLiteral("chat text"), F::T0 + 4 * F::Minute);
    chat.channel = ChannelKind::Chat;
    record.drafts.append(chat);
    MessageDraft email = chat;
    email.id = QStringLiteral("d-email");
    email.channel = ChannelKind::Email;
    email.body = QStringLiteral("email text");
    record.drafts.append(email);

    const QList<StatusUpdate> updates = StatusSnapshotBuilder::updatesOf(record);
    QCOMPARE(updates.size(), 2);
    // Newest first.
    QCOMPARE(updates.at(0).id, QStringLiteral("d-approved"));
    QCOMPARE(updates.at(0).text(QStringLiteral("en")), QStringLiteral("approved text"));
    QCOMPARE(updates.at(0).atMs, F::T0 + 2 * F::Minute);
    QCOMPARE(updates.at(1).id, QStringLiteral("d-published"));
}

void TestStatusSnapshotBuilder::languagesOfOneMessageMakeOneUpdate()
{
    IncidentRecord record = F::incident(QStringLiteral("i1"), QStringLiteral("INC-1"), QStringLiteral("Down"),
                                        IncidentStatus::Investigating, F::T0);
    const QString id = record.incident.id;
    const QString step = QStringLiteral("first-message");
    record.drafts = {
        F::message(id, QStringLiteral("a"), QStringLiteral("en"), QStringLiteral("step en"),
                   F::T0 + 1 * F::Minute, true, step),
        F::message(id, QStringLiteral("b"), QStringLiteral("fr_FR"), QStringLiteral("étape fr"),
                   F::T0 + 2 * F::Minute, true, step),
        F::message(id, QStringLiteral("c"), QStringLiteral("en"), QStringLiteral("ad hoc en"),
                   F::T0 + 3 * F::Minute),
        F::message(id, QStringLiteral("d"), QStringLiteral("fr"), QStringLiteral("ad hoc fr"),
                   F::T0 + 4 * F::Minute),
        F::message(id, QStringLiteral("e"), QStringLiteral("en"), QStringLiteral("second ad hoc en"),
                   F::T0 + 5 * F::Minute),
        F::message(id, QStringLiteral("f"), QStringLiteral("en"), QStringLiteral("step en again"),
                   F::T0 + 6 * F::Minute, true, step, 2),
    };
    const QList<StatusUpdate> updates = StatusSnapshotBuilder::updatesOf(record);
    QCOMPARE(updates.size(), 4);
    QCOMPARE(updates.at(0).id, QStringLiteral("f"));
    QCOMPARE(updates.at(1).id, QStringLiteral("e"));
    QCOMPARE(updates.at(1).textByLanguage.keys(), QStringList{QStringLiteral("en")});
    QCOMPARE(updates.at(1).text(QStringLiteral("fr")), QStringLiteral("second ad hoc en"));
    QCOMPARE(updates.at(2).id, QStringLiteral("c"));
    QCOMPARE(updates.at(2).text(QStringLiteral("fr")), QStringLiteral("ad hoc fr"));
    QCOMPARE(updates.at(3).id, QStringLiteral("a"));
    QCOMPARE(updates.at(3).text(QStringLiteral("en")), QStringLiteral("step en"));
    QCOMPARE(updates.at(3).text(QStringLiteral("fr")), QStringLiteral("étape fr"));
    QCOMPARE(updates.at(3).atMs, F::T0 + 1 * F::Minute);
}

void TestStatusSnapshotBuilder::updateStatusIsTheStatusWhenApproved()
{
    IncidentRecord record = F::incident(QStringLiteral("i1"), QStringLiteral("INC-1"), QStringLiteral("Down"),
                                        IncidentStatus::Resolved, F::T0);
    const QString id = record.incident.id;
    record.events = {F::statusChanged(id, IncidentStatus::Identified, F::T0 + 10 * F::Minute),
                     F::statusChanged(id, IncidentStatus::Resolved, F::T0 + 30 * F::Minute)};
    record.drafts = {
        F::message(id, QStringLiteral("a"), QStringLiteral("en"), QStringLiteral("looking"),
                   F::T0 + F::Minute),
        F::message(id, QStringLiteral("b"), QStringLiteral("en"), QStringLiteral("found"),
                   F::T0 + 12 * F::Minute),
        F::message(id, QStringLiteral("c"), QStringLiteral("en"), QStringLiteral("fixed"),
                   F::T0 + 30 * F::Minute),
    };
    const QList<StatusUpdate> updates = StatusSnapshotBuilder::updatesOf(record);
    QCOMPARE(updates.size(), 3);
    QCOMPARE(updates.at(0).status, IncidentStatus::Resolved);
    QCOMPARE(updates.at(1).status, IncidentStatus::Identified);
    QCOMPARE(updates.at(2).status, IncidentStatus::Investigating);

    const StatusSnapshot snapshot = StatusSnapshotBuilder(m_clock).build({}, {}, {record});
    QCOMPARE(snapshot.incidents.size(), 1);
    QCOMPARE(snapshot.incidents.first().resolvedAtMs, F::T0 + 30 * F::Minute);
    QCOMPARE(snapshot.incidents.first().startedAtMs, F::T0);
    QCOMPARE(snapshot.incidents.first().updatedAtMs, F::T0 + 30 * F::Minute);
}

void TestStatusSnapshotBuilder::internalFactsStayOut()
{
    IncidentRecord record = F::incident(
        QStringLiteral("i1"), QStringLiteral("INC-1"), QStringLiteral("Down"), IncidentStatus::Identified,
        F::T0, {F::affected(1, QStringLiteral("Old API name"), Impact::MajorOutage)});
    IncidentEvent note;
    note.kind = IncidentEvent::Kind::Note;
    note.text = QStringLiteral("INTERNAL-EVENT: rolled back by hand");
    note.atMs = F::T0 + F::Minute;
    record.events.append(note);
    record.drafts.append(F::message(record.incident.id, QStringLiteral("a"), QStringLiteral("en"),
                                    QStringLiteral("We are on it."), F::T0 + 2 * F::Minute));

    const StatusSnapshot snapshot = StatusSnapshotBuilder(m_clock).build(
        {F::service(1, QStringLiteral("API"))}, {F::state(1, ServiceState::Down)}, {record});
    QCOMPARE(snapshot.incidents.size(), 1);
    const StatusIncident& incident = snapshot.incidents.first();
    // The affected service reads under its current name.
    QCOMPARE(incident.componentNames, QStringList{QStringLiteral("API")});
    QCOMPARE(incident.impact, PageIndicator::Major);
    QCOMPARE(incident.updates.size(), 1);
    // Nothing in the value type can hold the notes; check the strings it does hold.
    QStringList texts{snapshot.title, incident.title, incident.reference};
    for (const StatusUpdate& update : incident.updates)
        texts += update.textByLanguage.values();
    for (const QString& text : texts) {
        QVERIFY(!text.contains(QLatin1String("INTERNAL")));
        QVERIFY(!text.contains(QLatin1String("Camille")));
    }
}

void TestStatusSnapshotBuilder::resolvedIncidentsStayForTheRecentWindow()
{
    const qint64 now = m_clock.nowMs();
    const qint64 day = 24 * 60 * F::Minute;
    IncidentRecord recent = F::incident(QStringLiteral("recent"), QStringLiteral("INC-2"),
                                        QStringLiteral("Recent"), IncidentStatus::Resolved, now - 3 * day);
    recent.incident.moments.resolvedMs = now - 2 * day;
    IncidentRecord old = F::incident(QStringLiteral("old"), QStringLiteral("INC-1"), QStringLiteral("Old"),
                                     IncidentStatus::Resolved, now - 9 * day);
    old.incident.moments.resolvedMs = now - 8 * day;

    StatusSnapshotBuilder builder(m_clock);
    StatusSnapshot snapshot = builder.build({}, {}, {old, recent});
    QCOMPARE(snapshot.incidents.size(), 1);
    QCOMPARE(snapshot.incidents.first().id, QStringLiteral("recent"));

    builder.setRecentWindowMs(10 * day);
    snapshot = builder.build({}, {}, {old, recent});
    QCOMPARE(snapshot.incidents.size(), 2);
    QCOMPARE(snapshot.incidents.at(0).id, QStringLiteral("recent"));
    QCOMPARE(snapshot.incidents.at(1).id, QStringLiteral("old"));
}

void TestStatusSnapshotBuilder::drillsStayOutUnlessAsked()
{
    IncidentRecord drill = F::incident(QStringLiteral("drill"), QStringLiteral("INC-9"),
                                       QStringLiteral("Drill"), IncidentStatus::Investigating, F::T0);
    drill.incident.drill = true;
    StatusSnapshotBuilder builder(m_clock);
    QVERIFY(builder.build({}, {}, {drill}).incidents.isEmpty());
    builder.setIncludeDrills(true);
    QCOMPARE(builder.build({}, {}, {drill}).incidents.size(), 1);
}

void TestStatusSnapshotBuilder::openIncidentsComeFirst()
{
    const qint64 now = m_clock.nowMs();
    IncidentRecord resolved =
        F::incident(QStringLiteral("r"), QStringLiteral("INC-3"), QStringLiteral("Resolved"),
                    IncidentStatus::Resolved, now - 10 * F::Minute);
    resolved.incident.moments.resolvedMs = now - F::Minute;
    const IncidentRecord older =
        F::incident(QStringLiteral("o1"), QStringLiteral("INC-1"), QStringLiteral("Older"),
                    IncidentStatus::Monitoring, now - 60 * F::Minute);
    const IncidentRecord newer =
        F::incident(QStringLiteral("o2"), QStringLiteral("INC-2"), QStringLiteral("Newer"),
                    IncidentStatus::Investigating, now - 30 * F::Minute);
    StatusSnapshotBuilder builder(m_clock);
    builder.setPage(QStringLiteral("page"), QStringLiteral("Example status"),
                    QStringLiteral("https://s.example/"));
    const StatusSnapshot snapshot = builder.build({}, {}, {resolved, older, newer});
    QStringList ids;
    for (const StatusIncident& incident : snapshot.incidents)
        ids.append(incident.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("o2"), QStringLiteral("o1"), QStringLiteral("r")}));
    QCOMPARE(snapshot.title, QStringLiteral("Example status"));
    QCOMPARE(snapshot.pageId, QStringLiteral("page"));
    QCOMPARE(snapshot.baseUrl, QStringLiteral("https://s.example/"));
    QCOMPARE(snapshot.generatedAtMs, now);
}

void TestStatusSnapshotBuilder::controlCharactersAreDropped()
{
    IncidentRecord record =
        F::incident(QStringLiteral("i1"), QStringLiteral("INC\u0001-1"),
                    QStringLiteral("Down\u0000\u001b now\u0085"), IncidentStatus::Investigating, F::T0);
    record.drafts.append(F::message(record.incident.id, QStringLiteral("a"), QStringLiteral("en"),
                                    QStringLiteral("line one\nline\ttwo\u0007 🔥"), F::T0 + F::Minute));
    const StatusSnapshot snapshot =
        StatusSnapshotBuilder(m_clock).build({F::service(1, QStringLiteral("A\u0008PI"))}, {}, {record});
    QCOMPARE(snapshot.components.first().name, QStringLiteral("API"));
    QCOMPARE(snapshot.incidents.first().title, QStringLiteral("Down now"));
    QCOMPARE(snapshot.incidents.first().reference, QStringLiteral("INC-1"));
    QCOMPARE(snapshot.incidents.first().updates.first().text(QStringLiteral("en")),
             QStringLiteral("line one\nline\ttwo 🔥"));
}

QTEST_GUILESS_MAIN(TestStatusSnapshotBuilder)
#include "tst_statussnapshotbuilder.moc"
