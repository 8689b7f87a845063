#include "SmtpServer.h"
#include "StatusChannelFixtures.h"

#include "publish/HttpClient.h"
#include "publish/SmtpAdapter.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using F = StatusChannelFixtures;

namespace {

const QString kUser = QStringLiteral("status-bot");
const QByteArray kPassword = "s3cret-Pw-91d7";

Secrets secrets(const QByteArray& password = kPassword)
{
    Secrets values;
    values.set(QStringLiteral("password"), password);
    return values;
}

ChannelConfig channelFor(const SmtpServer& server, const QVariantMap& extra = {})
{
    QVariantMap settings{
        {QStringLiteral("server"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), server.port()},
        {QStringLiteral("username"), kUser},
        {QStringLiteral("ca_file"), server.certificatePath()},
        {QStringLiteral("from"), QStringLiteral("status@vigie.example")},
        {QStringLiteral("from_name"), QStringLiteral("Vigie – État des services")},
        {QStringLiteral("recipients"), QVariantList{QStringLiteral("ops@client.example")}},
        {QStringLiteral("timeout_ms"), 15'000},
    };
    settings.insert(extra);
    ChannelConfig channel = F::channel(QStringLiteral("smtp"), settings);
    channel.messageKind = ChannelKind::Email;
    channel.secrets = {QStringLiteral("password")};
    return channel;
}

OutboundMessage mail(const QString& subject, const QString& body, int sequence = 1,
                     const QJsonObject& thread = {},
                     const QString& key = QStringLiteral("vigie-delivery-0001"))
{
    OutboundMessage message =
        F::message(F::incident(IncidentStatus::Investigating, {}), body, sequence, thread, false, key);
    message.draft.channel = ChannelKind::Email;
    message.draft.subject = subject;
    return message;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed when probe goes away
}

QString withLf(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

QStringList headerNames(const SmtpServer::Message& message)
{
    QStringList names;
    for (const auto& header : message.headers)
        names.append(header.first.toLower());
    return names;
}

const char* kindName(DeliveryOutcome::Kind kind)
{
    switch (kind) {
    case DeliveryOutcome::Kind::Sent:
        return "Sent";
    case DeliveryOutcome::Kind::Retry:
        return "Retry";
    case DeliveryOutcome::Kind::Failed:
        break;
    }
    return "Failed";
}

} // namespace

// The email channel against a real SMTP server (aiosmtpd) on 127.0.0.1 with STARTTLS and AUTH; what it
// received is read back through Python's own email parser.
class TestSmtpAdapter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void encodesTheSubject_data();
    void encodesTheSubject();
    void sendsTextAndHtmlAlternatives();
    void threadsUpdatesUnderTheFirstMail();
    void resendCarriesTheSameMessageId();
    void bccModeSendsOneTransaction_data();
    void bccModeSendsOneTransaction();
    void individualModeSendsOnePerRecipient();
    void individualRetrySkipsThoseDone();
    void hostileTextInjectsNoHeader_data();
    void hostileTextInjectsNoHeader();
    void classifiesFailures_data();
    void classifiesFailures();
    void testProvesTheChannelWithoutSending_data();
    void testProvesTheChannelWithoutSending();
    void implicitTls();

private:
    SmtpServer m_server;
    HttpClient m_client;
    SmtpAdapter m_adapter;
};

void TestSmtpAdapter::initTestCase()
{
    QVERIFY2(m_server.start(kUser, kPassword), qPrintable(m_server.errorString()));
}

void TestSmtpAdapter::init()
{
    m_server.clear();
}

void TestSmtpAdapter::encodesTheSubject_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("plain ASCII") << QStringLiteral("[INC-42] Payments failing");
    QTest::newRow("French accents") << QStringLiteral("[INC-42] Paiements en échec – enquête en cours");
    QTest::newRow("emoji") << QStringLiteral("🔥 Incident résolu 👨‍👩‍👧 ✅");
    QTest::newRow("long, folded") << QStringLiteral(
        "Dégradation des paiements par carte : les équipes d'astreinte analysent la cause, prochaine mise à "
        "jour à 15 h 30 (heure de Paris) — merci de votre patience 🙏");
    QTest::newRow("long ASCII") << QStringLiteral(
        "Payments by card are degraded for customers in Europe; the on-call team is investigating the cause "
        "and will update at 15:30 UTC");
    QTest::newRow("looks encoded") << QStringLiteral("=?UTF-8?B?SGk=?= is not an encoded word here");
}

void TestSmtpAdapter::encodesTheSubject()
{
    QFETCH(QString, subject);
    const DeliveryOutcome outcome =
        m_adapter.deliver(mail(subject, QStringLiteral("Texte.")), channelFor(m_server), secrets(), m_client);
    QCOMPARE(kindName(outcome.kind), "Sent");
    const QList<SmtpServer::Message> received = m_server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().subject, subject);
    QCOMPARE(received.first().defects, 0);
    for (const QByteArray& line : received.first().rawHeader().split('\n'))
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR
}

void TestSmtpAdapter::sendsTextAndHtmlAlternatives()
{
    const QString body = QStringLiteral(
        "Bonjour,\n\nLes paiements échouent depuis 14 h 05 <script>alert(1)</script> & co.\n"
        "Suivi : https://status.example/incidents/42\n\n"
        "Une ligne très longue qui dépasse largement soixante-seize caractères afin de forcer des coupures "
        "douces en quoted-printable, avec des accents éàü et un emoji 🎉 au milieu.\n.\nFin.");
    const DeliveryOutcome outcome =
        m_adapter.deliver(mail(QStringLiteral("Sujet"), body), channelFor(m_server), secrets(), m_client);
    QCOMPARE(kindName(outcome.kind), "Sent");
    const QList<SmtpServer::Message> received = m_server.messages();
    QCOMPARE(received.size(), 1);
    const SmtpServer::Message& message = received.first();
    QCOMPARE(message.defects, 0);
    QCOMPARE(message.contentType, QStringLiteral("multipart/alternative"));
    QCOMPARE(message.parts.size(), 2);
    // RFC 2046: the preferred alternative comes last.
    QCOMPARE(message.parts.at(0).contentType, QStringLiteral("text/plain"));
    QCOMPARE(message.parts.at(1).contentType, QStringLiteral("text/html"));
    for (const SmtpServer::Part& part : message.parts) {
        QCOMPARE(part.charset, QStringLiteral("utf-8"));
        QCOMPARE(part.transferEncoding, QStringLiteral("quoted-printable"));
    }
    QCOMPARE(withLf(message.parts.at(0).text), body);
    const QString html = message.parts.at(1).text;
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co.")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral(
        "<a href=\"https://status.example/incidents/42\">https://status.example/incidents/42</a>")));
    QVERIFY(html.contains(QStringLiteral("éàü et un emoji 🎉")));
    QVERIFY(!message.value(QStringLiteral("Message-ID")).isEmpty());
    QVERIFY(!message.value(QStringLiteral("Date")).isEmpty());
    for (const QByteArray& line : message.raw.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData());
}

void TestSmtpAdapter::threadsUpdatesUnderTheFirstMail()
{
    const ChannelConfig channel = channelFor(m_server);
    const DeliveryOutcome first = m_adapter.deliver(
        mail(QStringLiteral("Incident"), QStringLiteral("Début."), 1, {}, QStringLiteral("key-first")),
        channel, secrets(), m_client);
    QCOMPARE(kindName(first.kind), "Sent");
    const DeliveryOutcome second =
        m_adapter.deliver(mail(QStringLiteral("Incident"), QStringLiteral("Mise à jour."), 2, first.thread,
                               QStringLiteral("key-second")),
                          channel, secrets(), m_client);
    QCOMPARE(kindName(second.kind), "Sent");
    const DeliveryOutcome third =
        m_adapter.deliver(mail(QStringLiteral("Incident"), QStringLiteral("Résolu."), 3, second.thread,
                               QStringLiteral("key-third")),
                          channel, secrets(), m_client);
    QCOMPARE(kindName(third.kind), "Sent");

    const QList<SmtpServer::Message> received = m_server.messages();
    QCOMPARE(received.size(), 3);
    const QString firstId = received.at(0).value(QStringLiteral("Message-ID"));
    QVERIFY(firstId.startsWith(QLatin1Char('<')) && firstId.endsWith(QStringLiteral("@vigie.example>")));
    QCOMPARE(first.externalId, firstId);
    QCOMPARE(first.thread.value(QLatin1String("first_message_id")).toString(), firstId);
    QVERIFY(received.at(0).values(QStringLiteral("In-Reply-To")).isEmpty());
    for (int i = 1; i < 3; ++i) {
        QVERIFY(received.at(i).value(QStringLiteral("Message-ID")) != firstId);
        QCOMPARE(received.at(i).value(QStringLiteral("In-Reply-To")), firstId);
        QCOMPARE(received.at(i).value(QStringLiteral("References")), firstId);
    }
}

void TestSmtpAdapter::resendCarriesTheSameMessageId()
{
    // A crash after the server took the mail but before the outbox recorded it: the same delivery again.
    const OutboundMessage message = mail(QStringLiteral("Incident"), QStringLiteral("Texte."));
    QCOMPARE(kindName(m_adapter.deliver(message, channelFor(m_server), secrets(), m_client).kind), "Sent");
    QCOMPARE(kindName(m_adapter.deliver(message, channelFor(m_server), secrets(), m_client).kind), "Sent");
    const QList<SmtpServer::Message> received = m_server.messages();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).value(QStringLiteral("Message-ID")),
             received.at(0).value(QStringLiteral("Message-ID")));
    QCOMPARE(received.at(1).value(QStringLiteral("Date")), received.at(0).value(QStringLiteral("Date")));
    QCOMPARE(received.at(1).raw, received.at(0).raw);
}

void TestSmtpAdapter::bccModeSendsOneTransaction_data()
{
    QTest::addColumn<QStringList>("to");
    QTest::addColumn<QString>("expectedTo");
    QTest::newRow("nobody visible") << QStringList() << QStringLiteral("undisclosed-recipients:;");
    QTest::newRow("a visible list address") << QStringList{QStringLiteral("status-list@vigie.example")}
                                            << QStringLiteral("status-list@vigie.example");
}

void TestSmtpAdapter::bccModeSendsOneTransaction()
{
    QFETCH(QStringList, to);
    QFETCH(QString, expectedTo);
    const QStringList hidden{QStringLiteral("alice@client.example"), QStringLiteral("bob@other.example"),
                             QStringLiteral("carol@third.example")};
    const ChannelConfig channel = channelFor(m_server, {{QStringLiteral("mode"), QStringLiteral("bcc")},
                                                        {QStringLiteral("to"), QVariant(to)},
                                                        {QStringLiteral("recipients"), QVariant(hidden)}});
    const DeliveryOutcome outcome = m_adapter.deliver(mail(QStringLiteral("Sujet"), QStringLiteral("Texte.")),
                                                      channel, secrets(), m_client);
    QCOMPARE(kindName(outcome.kind), "Sent");
    const QList<SmtpServer::Message> received = m_server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().rcptTos, to + hidden);
    QCOMPARE(received.first().mailFrom, QStringLiteral("status@vigie.example"));
    QCOMPARE(received.first().value(QStringLiteral("To")), expectedTo);
    for (const QString& address : hidden)
        QVERIFY2(!received.first().raw.contains(address.toLatin1()), qPrintable(address));
    QVERIFY(!headerNames(received.first()).contains(QStringLiteral("bcc")));
}

void TestSmtpAdapter::individualModeSendsOnePerRecipient()
{
    const QStringList everyone{QStringLiteral("alice@client.example"), QStringLiteral("bob@other.example"),
                               QStringLiteral("carol@third.example")};
    const ChannelConfig channel =
        channelFor(m_server, {{QStringLiteral("mode"), QStringLiteral("individual")},
                              {QStringLiteral("to"), everyone.first()},
                              {QStringLiteral("recipients"), everyone.mid(1)}});
    const DeliveryOutcome outcome = m_adapter.deliver(mail(QStringLiteral("Sujet"), QStringLiteral("Texte.")),
                                                      channel, secrets(), m_client);
    QCOMPARE(kindName(outcome.kind), "Sent");
    QVERIFY(!outcome.thread.contains(QLatin1String("individual_sent")));
    const QList<SmtpServer::Message> received = m_server.messages();
    QCOMPARE(received.size(), everyone.size());
    for (int i = 0; i < everyone.size(); ++i) {
        QCOMPARE(received.at(i).rcptTos, QStringList{everyone.at(i)});
        QCOMPARE(received.at(i).value(QStringLiteral("To")), everyone.at(i));
        for (const QString& other : everyone) {
            if (other != everyone.at(i))
                QVERIFY(!received.at(i).raw.contains(other.toLatin1()));
        }
    }
}

void TestSmtpAdapter::individualRetrySkipsThoseDone()
{
    // The server defers "busyonce" the first time: a partial failure.
    const QStringList everyone{QStringLiteral("dan@client.example"),
                               QStringLiteral("busyonce@client.example"),
                               QStringLiteral("erin@client.example")};
    const ChannelConfig channel =
        channelFor(m_server, {{QStringLiteral("mode"), QStringLiteral("individual")},
                              {QStringLiteral("recipients"), everyone}});
    OutboundMessage message =
        mail(QStringLiteral("Sujet"), QStringLiteral("Texte."), 1, {}, QStringLiteral("key-individual"));
    const DeliveryOutcome first = m_adapter.deliver(message, channel, secrets(), m_client);
    QCOMPARE(kindName(first.kind), "Retry");
    QVERIFY(first.message.contains(QStringLiteral("busyonce@client.example")));
    QCOMPARE(m_server.messages().size(), 2);

    message.thread = first.thread; // what the outbox hands back on the next attempt
    const DeliveryOutcome second = m_adapter.deliver(message, channel, secrets(), m_client);
    QCOMPARE(kindName(second.kind), "Sent");

    const QList<SmtpServer::Message> received = m_server.messages();
    QStringList got;
    for (const SmtpServer::Message& each : received)
        got += each.rcptTos;
    got.sort();
    QStringList expected = everyone;
    expected.sort();
    QCOMPARE(got, expected); // each exactly once
    QCOMPARE(received.last().rcptTos, QStringList{QStringLiteral("busyonce@client.example")});
    QCOMPARE(received.last().value(QStringLiteral("Message-ID")),
             received.first().value(QStringLiteral("Message-ID")));
}

void TestSmtpAdapter::hostileTextInjectsNoHeader_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("fromName");
    const QString crlf = QStringLiteral("Panne\r\nBcc: victim@evil.example\r\nX-Injected: yes");
    QTest::newRow("CR LF in the subject") << crlf << QStringLiteral("Titre") << QStringLiteral("Vigie");
    QTest::newRow("bare LF in the subject")
        << QStringLiteral("Panne\nBcc: victim@evil.example\nX-Injected: yes") << QStringLiteral("Titre")
        << QStringLiteral("Vigie");
    QTest::newRow("bare CR and NUL in the subject")
        << QStringLiteral("Panne\rBcc: victim@evil.example\r") + QChar(0) + QStringLiteral("X-Injected: yes")
        << QStringLiteral("Titre") << QStringLiteral("Vigie");
    QTest::newRow("hostile incident title, no subject") << QString() << crlf << QStringLiteral("Vigie");
    QTest::newRow("hostile sender name")
        << QStringLiteral("Sujet") << QStringLiteral("Titre")
        << QStringLiteral("Vigie\" <x@y>\r\nBcc: victim@evil.example\r\nX-Injected: yes");
    QTest::newRow("line separators") << QStringLiteral(
                                            "Panne\u2028Bcc: victim@evil.example\u0085X-Injected: yes")
                                     << QStringLiteral("Titre") << QStringLiteral("Vigie");
}

void TestSmtpAdapter::hostileTextInjectsNoHeader()
{
    QFETCH(QString, subject);
    QFETCH(QString, title);
    QFETCH(QString, fromName);
    OutboundMessage message = mail(subject, QStringLiteral("Texte."));
    message.incident.title = title;
    const DeliveryOutcome outcome = m_adapter.deliver(
        message, channelFor(m_server, {{QStringLiteral("from_name"), fromName}}), secrets(), m_client);
    QCOMPARE(kindName(outcome.kind), "Sent");
    const QList<SmtpServer::Message> received = m_server.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().rcptTos, QStringList{QStringLiteral("ops@client.example")});
    QStringList names = headerNames(received.first());
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("content-language"), QStringLiteral("content-type"),
                          QStringLiteral("date"), QStringLiteral("from"), QStringLiteral("message-id"),
                          QStringLiteral("mime-version"), QStringLiteral("subject"), QStringLiteral("to")}));
    const QByteArray header = received.first().rawHeader();
    QVERIFY(!header.contains("\nBcc:"));
    QVERIFY(!header.contains("\nX-Injected:"));
    QVERIFY(!received.first().subject.contains(QLatin1Char('\n')));
    // The hostile text is kept, as text inside one field.
    bool kept = false;
    for (const auto& [name, value] : received.first().headers)
        kept = kept || value.contains(QStringLiteral("Bcc: victim@evil.example"));
    QVERIFY(kept);
    QCOMPARE(received.first().defects, 0);
}

void TestSmtpAdapter::classifiesFailures_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("expectedKind");
    QTest::addColumn<QStringList>("mentions");
    const QString server = QStringLiteral("127.0.0.1");
    QTest::newRow("wrong password") << QVariantMap() << QByteArray("wrong-Pw-5521")
                                    << QStringLiteral("Failed")
                                    << QStringList{server, QStringLiteral("535"), kUser};
    QTest::newRow("server down") << QVariantMap{{QStringLiteral("port"), closedPort()}} << kPassword
                                 << QStringLiteral("Retry") << QStringList{server};
    QTest::newRow("recipient refused")
        << QVariantMap{{QStringLiteral("recipients"), QVariantList{QStringLiteral("ops@client.example"),
                                                                   QStringLiteral("refused@client.example")}}}
        << kPassword << QStringLiteral("Failed")
        << QStringList{QStringLiteral("refused@client.example"), server};
    QTest::newRow("recipient deferred")
        << QVariantMap{{QStringLiteral("recipients"), QVariantList{QStringLiteral("busy@client.example")}}}
        << kPassword << QStringLiteral("Retry") << QStringList{QStringLiteral("busy@client.example")};
    QTest::newRow("untrusted certificate")
        << QVariantMap{{QStringLiteral("ca_file"), QString()}} << kPassword << QStringLiteral("Failed")
        << QStringList{server, QStringLiteral("TLS")};
    QTest::newRow("STARTTLS port spoken as implicit TLS")
        << QVariantMap{{QStringLiteral("security"), QStringLiteral("tls")}} << kPassword
        << QStringLiteral("Failed") << QStringList{server, QStringLiteral("TLS")};
    QTest::newRow("no password") << QVariantMap() << QByteArray() << QStringLiteral("Failed")
                                 << QStringList{QStringLiteral("password")};
    QTest::newRow("recipient with a line break")
        << QVariantMap{{QStringLiteral("recipients"),
                        QStringLiteral("ops@client.example\r\nRCPT TO:<x@y.z>")}}
        << kPassword << QStringLiteral("Failed") << QStringList{QStringLiteral("recipients")};
    QTest::newRow("plain text asked")
        << QVariantMap{{QStringLiteral("security"), QStringLiteral("none")}} << kPassword
        << QStringLiteral("Failed") << QStringList{QStringLiteral("TLS")};
}

void TestSmtpAdapter::classifiesFailures()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QByteArray, password);
    QFETCH(QString, expectedKind);
    QFETCH(QStringList, mentions);
    const DeliveryOutcome outcome =
        m_adapter.deliver(mail(QStringLiteral("Sujet"), QStringLiteral("Texte.")),
                          channelFor(m_server, settings), secrets(password), m_client);
    QCOMPARE(QString::fromLatin1(kindName(outcome.kind)), expectedKind);
    QVERIFY(!outcome.message.trimmed().isEmpty());
    for (const QString& word : mentions)
        QVERIFY2(outcome.message.contains(word), qPrintable(outcome.message));
    if (!password.isEmpty())
        QVERIFY2(!outcome.message.contains(QString::fromLatin1(password)), qPrintable(outcome.message));
    QVERIFY(!outcome.message.contains(QString::fromLatin1(kPassword)));
    QCOMPARE(m_server.messages().size(), 0);
}

void TestSmtpAdapter::testProvesTheChannelWithoutSending_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QString>("expectedKind");
    QTest::newRow("good credentials") << QVariantMap() << kPassword << QStringLiteral("Sent");
    QTest::newRow("wrong password") << QVariantMap() << QByteArray("wrong-Pw-5521")
                                    << QStringLiteral("Failed");
    QTest::newRow("unknown user") << QVariantMap{{QStringLiteral("username"), QStringLiteral("mallory")}}
                                  << kPassword << QStringLiteral("Failed");
    QTest::newRow("untrusted certificate")
        << QVariantMap{{QStringLiteral("ca_file"), QString()}} << kPassword << QStringLiteral("Failed");
    QTest::newRow("server down") << QVariantMap{{QStringLiteral("port"), closedPort()}} << kPassword
                                 << QStringLiteral("Retry");
}

void TestSmtpAdapter::testProvesTheChannelWithoutSending()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QByteArray, password);
    QFETCH(QString, expectedKind);
    const DeliveryOutcome outcome =
        m_adapter.test(channelFor(m_server, settings), secrets(password), m_client);
    QVERIFY2(QString::fromLatin1(kindName(outcome.kind)) == expectedKind, qPrintable(outcome.message));
    if (outcome.kind != DeliveryOutcome::Kind::Sent)
        QVERIFY(!outcome.message.isEmpty());
    QVERIFY(!outcome.message.contains(QString::fromLatin1(password)));
    QCOMPARE(m_server.messages().size(), 0);
}

void TestSmtpAdapter::implicitTls()
{
    SmtpServer tlsServer;
    QVERIFY2(tlsServer.start(kUser, kPassword, SmtpServer::Security::ImplicitTls),
             qPrintable(tlsServer.errorString()));
    const ChannelConfig channel =
        channelFor(tlsServer, {{QStringLiteral("security"), QStringLiteral("tls")}});
    const DeliveryOutcome test = m_adapter.test(channel, secrets(), m_client);
    QVERIFY2(test.kind == DeliveryOutcome::Kind::Sent, qPrintable(test.message));
    const DeliveryOutcome outcome = m_adapter.deliver(
        mail(QStringLiteral("Chiffré d'emblée"), QStringLiteral("Texte.")), channel, secrets(), m_client);
    QCOMPARE(kindName(outcome.kind), "Sent");
    const QList<SmtpServer::Message> received = tlsServer.messages();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().subject, QStringLiteral("Chiffré d'emblée"));
    // Wrong way round: STARTTLS spoken to an implicit-TLS port never sends in plain text.
    const DeliveryOutcome plain = m_adapter.deliver(
        mail(QStringLiteral("Sujet"), QStringLiteral("Texte."), 1, {}, QStringLiteral("key-plain")),
        channelFor(tlsServer, {{QStringLiteral("timeout_ms"), 2000}}), secrets(), m_client);
    QVERIFY(plain.kind != DeliveryOutcome::Kind::Sent);
    QCOMPARE(tlsServer.messages().size(), 1);
}

QTEST_GUILESS_MAIN(TestSmtpAdapter)
#include "tst_smtpadapter.moc"
