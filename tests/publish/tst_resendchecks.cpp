#include "FakeCachetApi.h"
#include "FakeStatuspageApi.h"
#include "LoopbackHttpServer.h"
#include "OffThread.h"
#include "RecordingJournal.h"
#include "SmtpServer.h"
#include "StatusChannelFixtures.h"

#include "publish/CachetAdapter.h"
#include "publish/HttpClient.h"
#include "publish/SmtpAdapter.h"
#include "publish/StatuspageAdapter.h"

#include <QJsonArray>
#include <QTest>

using F = StatusChannelFixtures;

namespace {

const QString kSmtpUser = QStringLiteral("status-bot");
const QByteArray kSmtpPassword = "resend-Pw-4c2e";

Secrets secret(const char* name, const QByteArray& value)
{
    Secrets values;
    values.set(QLatin1String(name), value);
    return values;
}

Incident incident()
{
    return F::incident(IncidentStatus::Investigating,
                       {F::service(QStringLiteral("API"), Impact::MajorOutage),
                        F::service(QStringLiteral("Website"), Impact::PartialOutage)});
}

// Message `sequence` of the incident; `interrupted`: an earlier attempt may have reached the service.
OutboundMessage message(const QString& body, int sequence, const QJsonObject& thread, bool interrupted,
                        const QString& key)
{
    OutboundMessage m = F::message(incident(), body, sequence, thread, false, key);
    m.mayHaveBeenSent = interrupted;
    return m;
}

QStringList methods(const LoopbackHttpServer& server, qsizetype from)
{
    QStringList out;
    const QStringList all = F::lines(server);
    for (qsizetype i = from; i < all.size(); ++i)
        out.append(all.at(i).section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') +
                   all.at(i).section(QLatin1Char(' '), 1).section(QLatin1Char('?'), 0, 0));
    return out;
}

} // namespace

// The checks adapters make before sending a message that may already have gone out (an attempt a crash
// interrupted, or one that ended without a definite answer), against contract servers: Cachet and
// Statuspage look for what the earlier attempt made, SMTP trusts the note the attempt left just before the
// end of the mail. A message that did not go out is still sent.
class TestResendChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachetAdoptsTheIncidentAnEarlierAttemptCreated();
    void cachetDoesNotPostAnUpdateTwice();
    void cachetNotesTheIncidentAndResumesAtTheComponents();
    void cachetLooksOnlyWhenTheMessageMayBeOut();
    void statuspageDoesNotSendAnUpdateTwice();
    void statuspageLeavesTheDeliveryKeyOnEveryWrite();
    void smtpTakesAMailHandedOverAsSent();
    void smtpSendsAMailThatNeverReachedItsEnd();
    void smtpIndividualModeResumesAfterTheLastHandedOver();
};

namespace {

ChannelConfig cachetChannel(const LoopbackHttpServer& server)
{
    return F::channel(QStringLiteral("cachet3"),
                      {{QStringLiteral("api_base"), server.url(QString())},
                       {QStringLiteral("components"),
                        QVariantMap{{QStringLiteral("API"), 7}, {QStringLiteral("Website"), 9}}}});
}

ChannelConfig statuspageChannel(const LoopbackHttpServer& server)
{
    return F::channel(
        QStringLiteral("statuspage"),
        {{QStringLiteral("api_base"), server.url(QStringLiteral("/v1"))},
         {QStringLiteral("page_id"), FakeStatuspageApi::kPage},
         {QStringLiteral("components"), QVariantMap{{QStringLiteral("API"), QStringLiteral("cmpapi")}}}});
}

} // namespace

void TestResendChecks::cachetAdoptsTheIncidentAnEarlierAttemptCreated()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeCachetApi cachet;
    cachet.serve(server);
    CachetAdapter adapter(3);
    HttpClient client;
    const Secrets secrets = secret("api_token", FakeCachetApi::kToken);
    const OutboundMessage first =
        message(QStringLiteral("Card payments fail."), 1, {}, false, QStringLiteral("k1"));
    auto outcome = offThread([&] { return adapter.deliver(first, cachetChannel(server), secrets, client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    const qsizetype before = server.requestCount();
    // The same message again, as after a crash that lost Cachet's answer: found, not created twice.
    OutboundMessage again = first;
    again.mayHaveBeenSent = true;
    outcome = offThread([&] { return adapter.deliver(again, cachetChannel(server), secrets, client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(outcome->externalId, QStringLiteral("1"));
    QCOMPARE(outcome->thread.value(QLatin1String("incident_id")).toString(), QStringLiteral("1"));
    QCOMPARE(cachet.incidents.size(), 1);
    // Looked, then set every component (the create that set the first one is not known to have happened).
    QCOMPARE(methods(server, before),
             QStringList({QStringLiteral("GET /api/incidents"), QStringLiteral("PUT /api/components/7"),
                          QStringLiteral("PUT /api/components/9")}));
    // Another incident's message with the same text is not taken for this one.
    OutboundMessage other = again;
    other.incident.title = QStringLiteral("Another incident");
    outcome = offThread([&] { return adapter.deliver(other, cachetChannel(server), secrets, client); });
    QVERIFY(outcome);
    QCOMPARE(cachet.incidents.size(), 2);
    QVERIFY2(cachet.problems.isEmpty(), qPrintable(cachet.problems.join(QLatin1Char('\n'))));
}

void TestResendChecks::cachetDoesNotPostAnUpdateTwice()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeCachetApi cachet;
    cachet.serve(server);
    CachetAdapter adapter(3);
    HttpClient client;
    const Secrets secrets = secret("api_token", FakeCachetApi::kToken);
    const auto deliver = [&](const OutboundMessage& m) {
        return offThread([&] { return adapter.deliver(m, cachetChannel(server), secrets, client); });
    };
    const auto created =
        deliver(message(QStringLiteral("Investigating."), 1, {}, false, QStringLiteral("k1")));
    QVERIFY(created);
    const QJsonObject thread = created->thread;
    QVERIFY(deliver(message(QStringLiteral("Identified."), 2, thread, false, QStringLiteral("k2"))));
    QCOMPARE(cachet.incidents.first().updates.size(), 1);
    // The update went through before the crash: the newest update has its text.
    const auto repeated =
        deliver(message(QStringLiteral("Identified."), 2, thread, true, QStringLiteral("k2")));
    QVERIFY(repeated);
    QCOMPARE(repeated->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(cachet.incidents.first().updates.size(), 1);
    // An update that did not go through before the crash is posted.
    const auto next = deliver(message(QStringLiteral("Monitoring."), 3, thread, true, QStringLiteral("k3")));
    QVERIFY(next);
    QCOMPARE(next->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(cachet.incidents.first().updates.size(), 2);
    QCOMPARE(cachet.texts(), QStringList({QStringLiteral("Investigating."), QStringLiteral("Identified."),
                                          QStringLiteral("Monitoring.")}));
    QVERIFY2(cachet.problems.isEmpty(), qPrintable(cachet.problems.join(QLatin1Char('\n'))));
}

void TestResendChecks::cachetNotesTheIncidentAndResumesAtTheComponents()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeCachetApi cachet;
    cachet.serve(server);
    CachetAdapter adapter(3);
    HttpClient client;
    const Secrets secrets = secret("api_token", FakeCachetApi::kToken);
    auto journal = std::make_shared<RecordingJournal>();
    OutboundMessage first = message(QStringLiteral("Investigating."), 1, {}, false, QStringLiteral("k1"));
    first.journal = journal;
    QVERIFY(offThread([&] { return adapter.deliver(first, cachetChannel(server), secrets, client); }));
    // The incident's id is noted as soon as Cachet answers, so a crash while setting components cannot lose
    // it.
    const QJsonObject noted{{QStringLiteral("posted"), QStringLiteral("k1")},
                            {QStringLiteral("incident_id"), QStringLiteral("1")}};
    QCOMPARE(journal->notes(), QList<QJsonObject>{noted});
    // The next attempt after such a crash: no lookup, no create; only the components.
    OutboundMessage resumed = first;
    resumed.mayHaveBeenSent = true;
    resumed.progress = journal->notes().first();
    resumed.journal.reset();
    const qsizetype before = server.requestCount();
    const auto outcome =
        offThread([&] { return adapter.deliver(resumed, cachetChannel(server), secrets, client); });
    QVERIFY(outcome);
    QCOMPARE(outcome->externalId, QStringLiteral("1"));
    QCOMPARE(methods(server, before),
             QStringList({QStringLiteral("PUT /api/components/7"), QStringLiteral("PUT /api/components/9")}));
    QCOMPARE(cachet.incidents.size(), 1);
}

void TestResendChecks::cachetLooksOnlyWhenTheMessageMayBeOut()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeCachetApi cachet;
    cachet.serve(server);
    CachetAdapter adapter(3);
    HttpClient client;
    const auto outcome = offThread([&] {
        return adapter.deliver(message(QStringLiteral("Investigating."), 1, {}, false, QStringLiteral("k1")),
                               cachetChannel(server), secret("api_token", FakeCachetApi::kToken), client);
    });
    QVERIFY(outcome);
    QCOMPARE(methods(server, 0),
             QStringList({QStringLiteral("POST /api/incidents"), QStringLiteral("PUT /api/components/9")}));
}

void TestResendChecks::statuspageDoesNotSendAnUpdateTwice()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeStatuspageApi statuspage;
    statuspage.serve(server);
    StatuspageAdapter adapter;
    HttpClient client;
    const Secrets secrets = secret("api_key", FakeStatuspageApi::kKey);
    const auto deliver = [&](const OutboundMessage& m) {
        return offThread([&] { return adapter.deliver(m, statuspageChannel(server), secrets, client); });
    };
    const auto created =
        deliver(message(QStringLiteral("Investigating."), 1, {}, false, QStringLiteral("k1")));
    QVERIFY(created);
    const QJsonObject thread = created->thread;
    OutboundMessage update = message(QStringLiteral("Identified."), 2, thread, false, QStringLiteral("k2"));
    update.incident.status = IncidentStatus::Identified;
    QVERIFY(deliver(update));
    QCOMPARE(statuspage.texts().size(), 2);
    // Sent before the crash: the incident reads as updated by this delivery; it is not sent again.
    update.mayHaveBeenSent = true;
    qsizetype before = server.requestCount();
    auto outcome = deliver(update);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(outcome->externalId, thread.value(QLatin1String("incident_id")).toString());
    QCOMPARE(methods(server, before), QStringList{QStringLiteral("GET /v1/pages/pg1/incidents/") +
                                                  thread.value(QLatin1String("incident_id")).toString()});
    QCOMPARE(statuspage.texts().size(), 2);
    // Not sent before the crash: read, then sent.
    OutboundMessage next = message(QStringLiteral("Monitoring."), 3, thread, true, QStringLiteral("k3"));
    next.incident.status = IncidentStatus::Monitoring;
    before = server.requestCount();
    outcome = deliver(next);
    QVERIFY(outcome);
    QCOMPARE(outcome->kind, DeliveryOutcome::Kind::Sent);
    QCOMPARE(methods(server, before).size(), 2);
    QCOMPARE(statuspage.texts(), QStringList({QStringLiteral("Monitoring."), QStringLiteral("Identified."),
                                              QStringLiteral("Investigating.")}));
    QVERIFY2(statuspage.problems.isEmpty(), qPrintable(statuspage.problems.join(QLatin1Char('\n'))));
}

void TestResendChecks::statuspageLeavesTheDeliveryKeyOnEveryWrite()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    FakeStatuspageApi statuspage;
    statuspage.serve(server);
    StatuspageAdapter adapter;
    HttpClient client;
    const Secrets secrets = secret("api_key", FakeStatuspageApi::kKey);
    const auto created = offThread([&] {
        return adapter.deliver(message(QStringLiteral("Investigating."), 1, {}, false, QStringLiteral("k1")),
                               statuspageChannel(server), secrets, client);
    });
    QVERIFY(created);
    const auto vigie = [&] {
        return statuspage.incidents.first()
            .value(QLatin1String("metadata"))
            .toObject()
            .value(QLatin1String("vigie"))
            .toObject();
    };
    QCOMPARE(vigie().value(QLatin1String("delivery")).toString(), QStringLiteral("k1"));
    QCOMPARE(vigie().value(QLatin1String("last_delivery")).toString(), QStringLiteral("k1"));
    // The same text again in a later message (no crash): sent, and the metadata names that delivery.
    QVERIFY(offThread([&] {
        return adapter.deliver(
            message(QStringLiteral("Investigating."), 2, created->thread, false, QStringLiteral("k2")),
            statuspageChannel(server), secrets, client);
    }));
    QCOMPARE(statuspage.texts().size(), 2);
    QCOMPARE(vigie().value(QLatin1String("last_delivery")).toString(), QStringLiteral("k2"));
    QCOMPARE(vigie().value(QLatin1String("reference")).toString(), incident().reference);
}

void TestResendChecks::smtpTakesAMailHandedOverAsSent()
{
    SmtpServer server;
    QVERIFY2(server.start(kSmtpUser, kSmtpPassword), qPrintable(server.errorString()));
    SmtpAdapter adapter;
    HttpClient client;
    ChannelConfig channel = F::channel(
        QStringLiteral("smtp"), {{QStringLiteral("server"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), server.port()},
                                 {QStringLiteral("username"), kSmtpUser},
                                 {QStringLiteral("ca_file"), server.certificatePath()},
                                 {QStringLiteral("from"), QStringLiteral("status@vigie.example")},
                                 {QStringLiteral("recipients"), QStringLiteral("ops@client.example")}});
    // The killed attempt noted that the end of the mail was going out: the server had all of it.
    OutboundMessage handed = message(QStringLiteral("Texte."), 1, {}, true, QStringLiteral("key-handed"));
    handed.progress = QJsonObject{{QStringLiteral("handed_over"), QStringLiteral("key-handed")}};
    const DeliveryOutcome outcome =
        adapter.deliver(handed, channel, secret("password", kSmtpPassword), client);
    QCOMPARE(outcome.kind, DeliveryOutcome::Kind::Sent);
    QVERIFY2(outcome.message.contains(QStringLiteral("not sent again")), qPrintable(outcome.message));
    QVERIFY(outcome.externalId.startsWith(QLatin1String("<vigie.")));
    QVERIFY(server.messages().isEmpty());
}

void TestResendChecks::smtpSendsAMailThatNeverReachedItsEnd()
{
    SmtpServer server;
    QVERIFY2(server.start(kSmtpUser, kSmtpPassword), qPrintable(server.errorString()));
    SmtpAdapter adapter;
    HttpClient client;
    ChannelConfig channel = F::channel(
        QStringLiteral("smtp"), {{QStringLiteral("server"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), server.port()},
                                 {QStringLiteral("username"), kSmtpUser},
                                 {QStringLiteral("ca_file"), server.certificatePath()},
                                 {QStringLiteral("from"), QStringLiteral("status@vigie.example")},
                                 {QStringLiteral("recipients"), QStringLiteral("ops@client.example")}});
    // Marked as possibly sent, but the killed attempt never noted this mail's end: the server discarded it.
    auto journal = std::make_shared<RecordingJournal>();
    OutboundMessage early = message(QStringLiteral("Texte."), 1, {}, true, QStringLiteral("key-early"));
    early.progress = QJsonObject{{QStringLiteral("handed_over"), QStringLiteral("another-delivery")}};
    early.journal = journal;
    const DeliveryOutcome outcome =
        adapter.deliver(early, channel, secret("password", kSmtpPassword), client);
    QCOMPARE(outcome.kind, DeliveryOutcome::Kind::Sent);
    QVERIFY(outcome.message.isEmpty());
    QCOMPARE(server.messages().size(), 1);
    // This attempt noted its own end before sending it.
    const QJsonObject noted{{QStringLiteral("handed_over"), QStringLiteral("key-early")}};
    QCOMPARE(journal->notes(), QList<QJsonObject>{noted});
}

void TestResendChecks::smtpIndividualModeResumesAfterTheLastHandedOver()
{
    SmtpServer server;
    QVERIFY2(server.start(kSmtpUser, kSmtpPassword), qPrintable(server.errorString()));
    SmtpAdapter adapter;
    HttpClient client;
    const QStringList everyone{QStringLiteral("fay@client.example"), QStringLiteral("gus@client.example"),
                               QStringLiteral("hal@client.example")};
    ChannelConfig channel =
        F::channel(QStringLiteral("smtp"), {{QStringLiteral("server"), QStringLiteral("127.0.0.1")},
                                            {QStringLiteral("port"), server.port()},
                                            {QStringLiteral("username"), kSmtpUser},
                                            {QStringLiteral("ca_file"), server.certificatePath()},
                                            {QStringLiteral("from"), QStringLiteral("status@vigie.example")},
                                            {QStringLiteral("mode"), QStringLiteral("individual")},
                                            {QStringLiteral("recipients"), everyone}});
    // One mail per recipient: the killed attempt had mailed the first and was ending the second's.
    auto journal = std::make_shared<RecordingJournal>();
    OutboundMessage resumed = message(QStringLiteral("Texte."), 1, {}, true, QStringLiteral("key-resume"));
    resumed.progress = QJsonObject{{QStringLiteral("done"), QJsonArray{everyone.at(0)}},
                                   {QStringLiteral("handed_over"), everyone.at(1)}};
    resumed.journal = journal;
    const DeliveryOutcome outcome =
        adapter.deliver(resumed, channel, secret("password", kSmtpPassword), client);
    QCOMPARE(outcome.kind, DeliveryOutcome::Kind::Sent);
    QVERIFY(!outcome.message.isEmpty()); // the second recipient's mail is not confirmed
    const QList<SmtpServer::Message> received = server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().rcptTos, QStringList{everyone.at(2)});
    QCOMPARE(journal->notes().size(), 1);
    QCOMPARE(journal->notes().first().value(QStringLiteral("handed_over")).toString(), everyone.at(2));
    QCOMPARE(journal->notes().first().value(QStringLiteral("done")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestResendChecks)
#include "tst_resendchecks.moc"
