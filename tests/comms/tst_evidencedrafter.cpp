#include "comms/EvidenceDrafter.h"
#include "comms/FailureClassifier.h"
#include "IncidentFixture.h"
#include "monitor/ResponseEvaluator.h"

#include <QTest>

#include <cerrno>
#include <curl/curl.h>

Q_DECLARE_METATYPE(FailureClass)

namespace {

ServiceDefinition httpService()
{
    ServiceDefinition service;
    service.name = QStringLiteral("API");
    service.kind = CheckKind::Http;
    service.target = QStringLiteral("https://api.example.com/health");
    service.timeoutMs = 5000;
    return service;
}

// What the real evaluator says about a transfer, so that the classifier follows the monitor's wording.
CheckResult evaluated(const ServiceDefinition& service, const TransferOutcome& transfer)
{
    CheckResult result = ResponseEvaluator::evaluate(service, transfer, IncidentFixture::startedMs());
    result.startedAtMs = IncidentFixture::startedMs();
    return result;
}

TransferOutcome failed(int curlCode, const char* error = "", long osErrno = 0)
{
    TransferOutcome transfer;
    transfer.curlCode = curlCode;
    transfer.curlError = error;
    transfer.osErrno = osErrno;
    transfer.totalUs = 1000;
    return transfer;
}

TransferOutcome answered(int httpCode, const QByteArray& body = QByteArray(), qint64 totalUs = 20'000)
{
    TransferOutcome transfer;
    transfer.httpCode = httpCode;
    transfer.body = body;
    transfer.totalUs = totalUs;
    return transfer;
}

} // namespace

class EvidenceDrafterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void draftsInPlainWords_data();
    void draftsInPlainWords();
    void groupsServicesByFailure();
    void nothingFailingDraftsNothing();
};

void EvidenceDrafterTest::classifies_data()
{
    QTest::addColumn<CheckResult>("result");
    QTest::addColumn<FailureClass>("failure");

    const ServiceDefinition service = httpService();
    ServiceDefinition keyword = service;
    keyword.http.keyword = QStringLiteral("Welcome");
    ServiceDefinition forbidden = service;
    forbidden.http.keyword = QStringLiteral("Fatal error");
    forbidden.http.keywordMustBeAbsent = true;
    ServiceDefinition slow = service;
    slow.http.degradedAboveMs = 10;

    QTest::newRow("up") << evaluated(service, answered(200)) << FailureClass::None;
    QTest::newRow("dns") << evaluated(service, failed(CURLE_COULDNT_RESOLVE_HOST))
                         << FailureClass::DnsResolution;
    CheckResult dnsCheck;
    dnsCheck.outcome = CheckResult::Outcome::Down;
    dnsCheck.reason = QCoreApplication::translate("DnsCheck", "could not resolve host %1 within %2 ms")
                          .arg(QStringLiteral("shop.example.com"))
                          .arg(2000);
    QTest::newRow("dns check timing out") << dnsCheck << FailureClass::DnsResolution;
    QTest::newRow("timeout") << evaluated(service, failed(CURLE_OPERATION_TIMEDOUT)) << FailureClass::Timeout;
    QTest::newRow("refused") << evaluated(service, failed(CURLE_COULDNT_CONNECT, "", ECONNREFUSED))
                             << FailureClass::ConnectionRefused;
    QTest::newRow("unreachable") << evaluated(service, failed(CURLE_COULDNT_CONNECT, "", EHOSTUNREACH))
                                 << FailureClass::HostUnreachable;
    QTest::newRow("certificate expired, from curl")
        << evaluated(service, failed(CURLE_PEER_FAILED_VERIFICATION,
                                     "SSL certificate problem: certificate has expired"))
        << FailureClass::CertificateExpired;
    CheckResult expiredSeen = evaluated(service, answered(200));
    expiredSeen.outcome = CheckResult::Outcome::Down;
    expiredSeen.certExpiresAtMs = expiredSeen.startedAtMs - 1000;
    expiredSeen.reason = QStringLiteral("anything");
    QTest::newRow("certificate expired, from its date") << expiredSeen << FailureClass::CertificateExpired;
    QTest::newRow("self-signed") << evaluated(service,
                                              failed(CURLE_PEER_FAILED_VERIFICATION,
                                                     "SSL certificate problem: self-signed certificate"))
                                 << FailureClass::CertificateInvalid;
    QTest::newRow("handshake") << evaluated(service, failed(CURLE_SSL_CONNECT_ERROR, "wrong version number"))
                               << FailureClass::TlsHandshake;
    QTest::newRow("closed") << evaluated(service, failed(CURLE_GOT_NOTHING)) << FailureClass::ConnectionLost;
    QTest::newRow("reset") << evaluated(service, failed(CURLE_RECV_ERROR, "Connection reset by peer"))
                           << FailureClass::ConnectionLost;
    QTest::newRow("not http") << evaluated(service, failed(CURLE_WEIRD_SERVER_REPLY))
                              << FailureClass::InvalidResponse;
    QTest::newRow("http 503") << evaluated(service, answered(503)) << FailureClass::HttpStatus;
    QTest::newRow("http 404") << evaluated(service, answered(404)) << FailureClass::HttpStatus;
    QTest::newRow("keyword missing") << evaluated(keyword, answered(200, "<h1>Maintenance</h1>"))
                                     << FailureClass::ContentMissing;
    QTest::newRow("forbidden keyword present")
        << evaluated(forbidden, answered(200, "Fatal error in line 3")) << FailureClass::ContentUnexpected;
    QTest::newRow("slow") << evaluated(slow, answered(200, QByteArray(), 900'000))
                          << FailureClass::SlowResponse;
    QTest::newRow("unknown curl failure")
        << evaluated(service, failed(CURLE_FILESIZE_EXCEEDED, "too big")) << FailureClass::Other;
}

void EvidenceDrafterTest::classifies()
{
    QFETCH(CheckResult, result);
    QFETCH(FailureClass, failure);
    QCOMPARE(FailureClassifier::classify(result), failure);
}

void EvidenceDrafterTest::draftsInPlainWords_data()
{
    QTest::addColumn<CheckResult>("result");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("summary");

    const ServiceDefinition service = httpService();
    const CheckResult dns = evaluated(service, failed(CURLE_COULDNT_RESOLVE_HOST));
    const CheckResult expired = evaluated(
        service, failed(CURLE_PEER_FAILED_VERIFICATION, "SSL certificate problem: certificate has expired"));
    const CheckResult unavailable = evaluated(service, answered(503));
    const CheckResult timeout = evaluated(service, failed(CURLE_OPERATION_TIMEDOUT));
    const CheckResult teapot = evaluated(service, answered(418));

    QTest::newRow("dns en")
        << dns << "en"
        << "Since 14:05 (UTC+1), API is unavailable: its domain name no longer resolves, so the "
           "service cannot be found.";
    QTest::newRow("dns fr")
        << dns << "fr"
        << "Depuis 14 h 05 (UTC+1), API est indisponible : son nom de domaine ne répond plus, le "
           "service est donc introuvable.";
    QTest::newRow("expired en")
        << expired << "en"
        << "Since 14:05 (UTC+1), API is unavailable: its security certificate has expired, so "
           "browsers refuse to connect.";
    QTest::newRow("expired fr")
        << expired << "fr"
        << "Depuis 14 h 05 (UTC+1), API est indisponible : son certificat de sécurité a expiré "
           "et les navigateurs refusent la connexion.";
    QTest::newRow("503 en")
        << unavailable << "en"
        << "Since 14:05 (UTC+1), API is unavailable: requests fail with an error (HTTP 503: "
           "service unavailable).";
    QTest::newRow("503 fr")
        << unavailable << "fr"
        << "Depuis 14 h 05 (UTC+1), API est indisponible : les requêtes échouent avec une erreur "
           "(HTTP 503 : service indisponible).";
    QTest::newRow("unusual status keeps its number")
        << teapot << "en"
        << "Since 14:05 (UTC+1), API is unavailable: requests fail with "
           "an error (HTTP 418).";
    QTest::newRow("timeout en")
        << timeout << "en"
        << "Since 14:05 (UTC+1), API is unavailable: requests time out without an answer.";
    QTest::newRow("timeout fr")
        << timeout << "fr"
        << "Depuis 14 h 05 (UTC+1), API est indisponible : les requêtes restent sans réponse "
           "dans les délais.";
}

void EvidenceDrafterTest::draftsInPlainWords()
{
    QFETCH(CheckResult, result);
    QFETCH(QString, language);
    QFETCH(QString, summary);

    EvidenceDrafter::Audience audience;
    audience.language = language;
    audience.timeZoneId = QStringLiteral("Europe/Paris");
    audience.nowMs = IncidentFixture::nowMs();
    const EvidenceDrafter::Draft draft =
        EvidenceDrafter::draft({{QStringLiteral("API"), result, IncidentFixture::startedMs()}}, audience);
    QCOMPARE(draft.summary, summary);
    QCOMPARE(draft.evidence.size(), 1);
    QVERIFY(draft.evidence.constFirst().startsWith(QStringLiteral("API: ")));
    QVERIFY2(draft.evidence.constFirst().contains(result.reason), qPrintable(draft.evidence.constFirst()));
    QVERIFY(draft.evidence.constFirst().contains(failureClassLabel(FailureClassifier::classify(result))));
}

void EvidenceDrafterTest::groupsServicesByFailure()
{
    const ServiceDefinition service = httpService();
    const CheckResult timeout = evaluated(service, failed(CURLE_OPERATION_TIMEDOUT));
    const CheckResult refused = evaluated(service, failed(CURLE_COULDNT_CONNECT, "", ECONNREFUSED));
    const qint64 later = IncidentFixture::startedMs() + 10 * 60'000;

    EvidenceDrafter::Audience audience;
    audience.language = QStringLiteral("fr");
    audience.timeZoneId = QStringLiteral("Europe/Paris");
    audience.nowMs = IncidentFixture::nowMs();
    const EvidenceDrafter::Draft draft =
        EvidenceDrafter::draft({{QStringLiteral("Paiement"), refused, later},
                                {QStringLiteral("API"), timeout, IncidentFixture::startedMs() + 5 * 60'000},
                                {QStringLiteral("Site web"), timeout, IncidentFixture::startedMs()},
                                {QStringLiteral("Connexion"), evaluated(service, answered(200)), 0}},
                               audience);
    QCOMPARE(draft.summary,
             QStringLiteral(
                 "Depuis 14 h 05 (UTC+1), API et Site web sont indisponibles : les requêtes restent sans "
                 "réponse dans les délais. Depuis 14 h 15 (UTC+1), Paiement est indisponible : le serveur "
                 "refuse les connexions."));
    QCOMPARE(draft.evidence.size(), 3);
}

void EvidenceDrafterTest::nothingFailingDraftsNothing()
{
    EvidenceDrafter::Audience audience;
    audience.nowMs = IncidentFixture::nowMs();
    const EvidenceDrafter::Draft draft = EvidenceDrafter::draft(
        {{QStringLiteral("API"), evaluated(httpService(), answered(204)), 0}}, audience);
    QVERIFY(draft.summary.isEmpty());
    QVERIFY(draft.evidence.isEmpty());
}

QTEST_GUILESS_MAIN(EvidenceDrafterTest)
#include "tst_evidencedrafter.moc"
