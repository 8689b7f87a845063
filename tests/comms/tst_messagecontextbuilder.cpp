#include "comms/MessageContextBuilder.h"
#include "comms/MessageTimeFormat.h"
#include "comms/MessageVocabulary.h"
#include "IncidentFixture.h"

#include <QTest>

class MessageContextBuilderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsNaturally_data();
    void joinsNaturally();
    void durations_data();
    void durations();
    void times_data();
    void times();
    void factsOfAFullIncident_data();
    void factsOfAFullIncident();
    void unsetFactsAreAbsent();
    void maintenanceWindow();
};

void MessageContextBuilderTest::joinsNaturally_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("joined");
    const QStringList three = {QStringLiteral("API"), QStringLiteral("Website"), QStringLiteral("Login")};
    QTest::newRow("none") << QStringList() << "en" << QString();
    QTest::newRow("one") << QStringList{QStringLiteral("API")} << "fr"
                         << "API";
    QTest::newRow("two, en") << three.mid(0, 2) << "en"
                             << "API and Website";
    QTest::newRow("three, en") << three << "en"
                               << "API, Website and Login";
    QTest::newRow("three, fr") << QStringList{QStringLiteral("API"), QStringLiteral("Site web"),
                                              QStringLiteral("Connexion")}
                               << "fr"
                               << "API, Site web et Connexion";
    QTest::newRow("unknown language reads as English") << three.mid(0, 2) << "de"
                                                       << "API and Website";
}

void MessageContextBuilderTest::joinsNaturally()
{
    QFETCH(QStringList, items);
    QFETCH(QString, language);
    QFETCH(QString, joined);
    QCOMPARE(MessageVocabulary::joinList(items, language), joined);
}

void MessageContextBuilderTest::durations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::newRow("seconds") << qint64(40'000) << "less than a minute"
                             << "moins d'une minute";
    QTest::newRow("minutes") << qint64(25 * 60'000) << "25 min"
                             << "25 min";
    QTest::newRow("exact hour") << qint64(60 * 60'000) << "1 hr"
                                << "1 h";
    QTest::newRow("hours and minutes") << qint64(85 * 60'000 + 59'000) << "1 hr 25 min"
                                       << "1 h 25 min";
    QTest::newRow("a day and hours") << qint64((26 * 60 + 10) * 60'000) << "1 day 2 hr"
                                     << "1 j 2 h";
    QTest::newRow("days") << qint64(3 * 24 * 3'600'000LL) << "3 days"
                          << "3 j";
    QTest::newRow("negative") << qint64(-5000) << "less than a minute"
                              << "moins d'une minute";
}

void MessageContextBuilderTest::durations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, english);
    QFETCH(QString, french);
    QCOMPARE(MessageTimeFormat::duration(ms, QStringLiteral("en")), english);
    QCOMPARE(MessageTimeFormat::duration(ms, QStringLiteral("fr")), french);
}

void MessageContextBuilderTest::times_data()
{
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    const qint64 winter = IncidentFixture::utc(2026, 3, 3, 13, 5);
    QTest::newRow("Paris, winter, same day") << winter << winter + 60'000 << "Europe/Paris"
                                             << "14:05 (UTC+1)"
                                             << "14 h 05 (UTC+1)";
    const qint64 summer = IncidentFixture::utc(2026, 7, 14, 7, 30);
    QTest::newRow("Paris, summer time") << summer << summer << "Europe/Paris"
                                        << "09:30 (UTC+2)"
                                        << "9 h 30 (UTC+2)";
    QTest::newRow("UTC") << winter << winter << "UTC"
                         << "13:05 (UTC)"
                         << "13 h 05 (UTC)";
    QTest::newRow("half-hour zone") << winter << winter << "Asia/Kolkata"
                                    << "18:35 (UTC+5:30)"
                                    << "18 h 35 (UTC+5:30)";
    QTest::newRow("New York, another day")
        << winter << IncidentFixture::utc(2026, 3, 4, 15, 0) << "America/New_York"
        << "08:05 (UTC-5) on Tuesday 3 March"
        << "8 h 05 (UTC-5) le mardi 3 mars";
    QTest::newRow("the next day in the audience's zone")
        << IncidentFixture::utc(2026, 3, 3, 23, 30) << IncidentFixture::utc(2026, 3, 3, 22, 0)
        << "Europe/Paris"
        << "00:30 (UTC+1) on Wednesday 4 March"
        << "0 h 30 (UTC+1) le mercredi 4 mars";
}

void MessageContextBuilderTest::times()
{
    QFETCH(qint64, atMs);
    QFETCH(qint64, nowMs);
    QFETCH(QString, zone);
    QFETCH(QString, english);
    QFETCH(QString, french);
    const QTimeZone timeZone = MessageTimeFormat::zone(zone);
    QVERIFY(timeZone.isValid());
    QCOMPARE(MessageTimeFormat::time(atMs, nowMs, QStringLiteral("en"), timeZone), english);
    QCOMPARE(MessageTimeFormat::time(atMs, nowMs, QStringLiteral("fr"), timeZone), french);
}

void MessageContextBuilderTest::factsOfAFullIncident_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("firstImpact");
    QTest::addColumn<QString>("servicesText");
    QTest::addColumn<QString>("startedAt");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QString>("nextUpdateAt");
    QTest::addColumn<QString>("estimatedResolutionAt");
    QTest::newRow("en") << "en"
                        << "Investigating"
                        << "major outage"
                        << "API, Website and Login"
                        << "14:05 (UTC+1)"
                        << "1 hr 25 min"
                        << "16:00 (UTC+1)"
                        << "17:00 (UTC+1)";
    QTest::newRow("fr") << "fr"
                        << "En cours d'analyse"
                        << "panne majeure"
                        << "API, Website et Login"
                        << "14 h 05 (UTC+1)"
                        << "1 h 25 min"
                        << "16 h 00 (UTC+1)"
                        << "17 h 00 (UTC+1)";
}

// The words follow the audience's language, not the interface's: the test runs with no translator loaded.
void MessageContextBuilderTest::factsOfAFullIncident()
{
    QFETCH(QString, language);
    QFETCH(QString, status);
    QFETCH(QString, firstImpact);
    QFETCH(QString, servicesText);
    QFETCH(QString, startedAt);
    QFETCH(QString, duration);
    QFETCH(QString, nextUpdateAt);
    QFETCH(QString, estimatedResolutionAt);

    MessageContextBuilder::Audience audience;
    audience.language = language;
    audience.nowMs = IncidentFixture::nowMs();
    audience.statusPageUrl = QStringLiteral("https://status.example.com");
    const MessageFacts facts = MessageContextBuilder::build(IncidentFixture::full(), audience);
    QCOMPARE(facts.language, language);
    QCOMPARE(facts.reference, QStringLiteral("INC-42"));
    QCOMPARE(facts.title, QStringLiteral("Checkout errors"));
    QCOMPARE(facts.severity, QStringLiteral("SEV2"));
    QCOMPARE(facts.status, status);
    QCOMPARE(facts.services.size(), 3);
    QCOMPARE(facts.services.constFirst().name, QStringLiteral("API"));
    QCOMPARE(facts.services.constFirst().impact, firstImpact);
    QCOMPARE(facts.servicesText, servicesText);
    QCOMPARE(facts.startedAt, startedAt);
    QCOMPARE(facts.duration, duration);
    QCOMPARE(facts.nextUpdateAt, nextUpdateAt);
    QCOMPARE(facts.estimatedResolutionAt, estimatedResolutionAt);
    QCOMPARE(facts.statusPageUrl, QStringLiteral("https://status.example.com"));
    QVERIFY(!facts.isDrill);

    const QVariantMap variables = facts.variables();
    QCOMPARE(variables.value(QStringLiteral("services_text")).toString(), servicesText);
    const QVariantList services = variables.value(QStringLiteral("services")).toList();
    QCOMPARE(services.size(), 3);
    QCOMPARE(services.at(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Website"));
    QVERIFY(!variables.contains(QStringLiteral("window_start")));
}

void MessageContextBuilderTest::unsetFactsAreAbsent()
{
    Incident incident = IncidentFixture::full();
    incident.estimatedResolutionMs = 0;
    incident.nextUpdateDueMs = 0;
    incident.customerSummary = QStringLiteral("   ");
    incident.drill = true;
    MessageContextBuilder::Audience audience;
    audience.nowMs = IncidentFixture::nowMs();
    MessageFacts facts = MessageContextBuilder::build(incident, audience);
    QVariantMap variables = facts.variables();
    QVERIFY(!variables.contains(QStringLiteral("estimated_resolution_at")));
    QVERIFY(!variables.contains(QStringLiteral("next_update_at")));
    QVERIFY(!variables.contains(QStringLiteral("summary")));
    QVERIFY(!variables.contains(QStringLiteral("status_page_url")));
    QCOMPARE(variables.value(QStringLiteral("is_drill")), QVariant(true));

    // The audience's next-update time wins over the incident's.
    audience.nextUpdateAtMs = IncidentFixture::utc(2026, 3, 3, 14, 45);
    audience.timeZoneId = QStringLiteral("UTC");
    facts = MessageContextBuilder::build(incident, audience);
    QCOMPARE(facts.nextUpdateAt, QStringLiteral("14:45 (UTC)"));
    QCOMPARE(facts.startedAt, QStringLiteral("13:05 (UTC)"));
}

void MessageContextBuilderTest::maintenanceWindow()
{
    MessageContextBuilder::Audience audience;
    audience.language = QStringLiteral("fr");
    audience.nowMs = IncidentFixture::utc(2026, 3, 3, 9, 0);
    const MessageFacts facts = MessageContextBuilder::build(IncidentFixture::maintenance(), audience);
    QVERIFY(facts.isMaintenance);
    QCOMPARE(facts.windowStart, QStringLiteral("22 h 00 (UTC+1)"));
    QCOMPARE(facts.windowEnd, QStringLiteral("23 h 30 (UTC+1)"));
    QCOMPARE(facts.status, QStringLiteral("Planifiée"));
    QCOMPARE(facts.services.constFirst().impact, QStringLiteral("en maintenance"));
}

QTEST_GUILESS_MAIN(MessageContextBuilderTest)
#include "tst_messagecontextbuilder.moc"
