#include "config/GatusConditionMapper.h"
#include "config/GatusImporter.h"
#include "config/WorkspaceReader.h"
#include "config/WorkspaceWriter.h"

#include <QTest>

namespace {

using Severity = GatusImportNote::Severity;

ServiceDefinition service(const QString& name, const QString& group, CheckKind kind, const QString& target)
{
    ServiceDefinition s;
    s.name = name;
    s.group = group;
    s.kind = kind;
    s.target = target;
    s.timeoutMs = 10'000; // Gatus' default client timeout
    return s;
}

StatusCodeSet codes(QList<StatusCodeSet::Range> ranges)
{
    return StatusCodeSet(std::move(ranges));
}

// What tests/config/data/gatus-shop.yaml should become, written out by hand from the Gatus documentation.
QList<ServiceDefinition> expectedShopServices()
{
    QList<ServiceDefinition> out;

    ServiceDefinition api = service(QStringLiteral("Shop API"), QStringLiteral("Shop"), CheckKind::Http,
                                    QStringLiteral("https://127.0.0.1:8443/health"));
    api.intervalSec = 30;
    api.http.acceptedStatus = codes({{200, 200}});
    api.http.json = JsonCondition{QStringLiteral("/status"), JsonCondition::Op::Equal, QStringLiteral("UP")};
    api.http.degradedAboveMs = 300;
    api.certExpiryWarnDays = 2;
    api.failuresBeforeDown = 2;
    api.successesBeforeUp = 3;
    out.append(api);

    ServiceDefinition checkout = service(QStringLiteral("Checkout"), QStringLiteral("Shop"), CheckKind::Http,
                                         QStringLiteral("http://127.0.0.1:8080/api/checkout/ping"));
    checkout.intervalSec = 90;
    checkout.timeoutMs = 3000;
    checkout.http.method = QStringLiteral("POST");
    checkout.http.body = QByteArray(R"({"dry_run": true})");
    checkout.http.headers = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                             {QStringLiteral("Authorization"), QStringLiteral("Bearer ${CHECKOUT_TOKEN}")}};
    checkout.http.verifyTls = false;
    checkout.http.followRedirects = false;
    checkout.http.acceptedStatus = codes({{200, 299}});
    checkout.http.keyword = QStringLiteral("accepted");
    checkout.http.json =
        JsonCondition{QStringLiteral("/data/items/0/id"), JsonCondition::Op::Equal, QStringLiteral("5")};
    out.append(checkout);

    ServiceDefinition page = service(QStringLiteral("Status page"), QString(), CheckKind::Http,
                                     QStringLiteral("http://127.0.0.1:8081/"));
    page.paused = true;
    page.http.acceptedStatus = codes({{200, 200}, {301, 302}});
    page.http.keyword = QStringLiteral("maintenance");
    page.http.keywordMustBeAbsent = true;
    out.append(page);

    ServiceDefinition db = service(QStringLiteral("Orders DB"), QStringLiteral("Data"), CheckKind::Tcp,
                                   QStringLiteral("127.0.0.1:5432"));
    db.intervalSec = 10;
    out.append(db);

    ServiceDefinition cert = service(QStringLiteral("Shop certificate"), QStringLiteral("Shop"),
                                     CheckKind::TlsCertificate, QStringLiteral("https://127.0.0.1:8443"));
    cert.intervalSec = 3600;
    cert.certExpiryWarnDays = 30;
    out.append(cert);

    out.append(service(QStringLiteral("Internal DNS"), QStringLiteral("Data"), CheckKind::Dns,
                       QStringLiteral("localhost")));

    ServiceDefinition legacyDb = service(QStringLiteral("Orders DB (Legacy)"), QStringLiteral("Legacy"),
                                         CheckKind::Tcp, QStringLiteral("127.0.0.1:5433"));
    legacyDb.intervalSec = 120;
    out.append(legacyDb);

    ServiceDefinition login = service(QStringLiteral("Legacy login"), QString(), CheckKind::Http,
                                      QStringLiteral("http://127.0.0.1:8082/login"));
    login.http.acceptedStatus = codes({{100, 499}, {501, 599}});
    login.http.json =
        JsonCondition{QStringLiteral("/user/name"), JsonCondition::Op::Contains, QStringLiteral("admin")};
    out.append(login);
    return out;
}

GatusImport importShop()
{
    const QString path = QFINDTESTDATA("data/gatus-shop.yaml");
    WorkspaceError error;
    std::optional<GatusImport> result = GatusImporter::readFile(path, &error);
    if (!result)
        qFatal("%s", qPrintable(error.toString()));
    return *result;
}

} // namespace

class TestGatusImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheServices();
    void reportsWhatItCouldNotMap_data();
    void reportsWhatItCouldNotMap();
    void reportsNothingElse();
    void producesAValidWorkspace();
    void convertsBodyPathsToJsonPointers_data();
    void convertsBodyPathsToJsonPointers();
    void mapsSingleConditions_data();
    void mapsSingleConditions();
    void readsDisabledAsPaused();
    void refusesWhatIsNotAGatusFile_data();
    void refusesWhatIsNotAGatusFile();
};

void TestGatusImporter::importsTheServices()
{
    const GatusImport result = importShop();
    const QList<ServiceDefinition> expected = expectedShopServices();
    QCOMPARE(result.services.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ServiceDefinition& got = result.services.at(i);
        const ServiceDefinition& want = expected.at(i);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.group, want.group);
        QCOMPARE(got.kind, want.kind);
        QCOMPARE(got.target, want.target);
        QCOMPARE(got.intervalSec, want.intervalSec);
        QCOMPARE(got.timeoutMs, want.timeoutMs);
        QCOMPARE(got.http.acceptedStatus.toString(), want.http.acceptedStatus.toString());
        QCOMPARE(got.http.json, want.http.json);
        QVERIFY2(got == want, qPrintable(got.name)); // every remaining field
    }
}

void TestGatusImporter::reportsWhatItCouldNotMap_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("expected");

    QTest::newRow("storage section") << 2 << QString() << Severity::NotMapped
                                     << QStringLiteral("the storage section");
    QTest::newRow("alerting section")
        << 6 << QString() << Severity::NotMapped << QStringLiteral("the alerting section");
    QTest::newRow("response time") << 20 << QStringLiteral("Shop API") << Severity::Approximated
                                   << QStringLiteral(
                                          "\"[RESPONSE_TIME] < 300\" became degraded_above: 300ms");
    QTest::newRow("certificate expiry") << 21 << QStringLiteral("Shop API") << Severity::Approximated
                                        << QStringLiteral("became cert_expiry_warning_days: 2");
    QTest::newRow("alert") << 23 << QStringLiteral("Shop API") << Severity::Approximated
                           << QStringLiteral("the slack alert is not imported");
    QTest::newRow("environment variable")
        << 35 << QStringLiteral("Checkout") << Severity::NotMapped
        << QStringLiteral("header Authorization uses the environment variable CHECKOUT_TOKEN");
    QTest::newRow("len function") << 46 << QStringLiteral("Checkout") << Severity::NotMapped
                                  << QStringLiteral("len() and has() have no Vigie equivalent");
    QTest::newRow("any in body") << 47 << QStringLiteral("Checkout") << Severity::NotMapped
                                 << QStringLiteral("one fixed value only");
    QTest::newRow("second keyword") << 55 << QStringLiteral("Status page") << Severity::NotMapped
                                    << QStringLiteral(
                                           "one keyword per service and already checks \"maintenance\"");
    QTest::newRow("ui options") << 56 << QStringLiteral("Status page") << Severity::NotMapped
                                << QStringLiteral("ui: this setting has no Vigie equivalent");
    QTest::newRow("condition for another kind")
        << 65 << QStringLiteral("Orders DB") << Severity::NotMapped
        << QStringLiteral("[RESPONSE_TIME] does not apply to a tcp check");
    QTest::newRow("tls certificate expiry")
        << 73 << QStringLiteral("Shop certificate") << Severity::Approximated
        << QStringLiteral("cert_expiry_warning_days: 30");
    QTest::newRow("dns server") << 77 << QStringLiteral("Internal DNS") << Severity::Approximated
                                << QStringLiteral("the DNS server 127.0.0.53 is not used");
    QTest::newRow("dns answer") << 83 << QStringLiteral("Internal DNS") << Severity::NotMapped
                                << QStringLiteral("which address a host resolves to");
    QTest::newRow("icmp") << 86 << QStringLiteral("Gateway ping") << Severity::EndpointSkipped
                          << QStringLiteral("icmp:// (ping) checks are not supported");
    QTest::newRow("same name in another group")
        << 91 << QStringLiteral("Orders DB (Legacy)") << Severity::Approximated
        << QStringLiteral("another service is already called \"Orders DB\"");
    QTest::newRow("domain expiration") << 97 << QStringLiteral("Orders DB (Legacy)") << Severity::NotMapped
                                       << QStringLiteral("domain registrations");
    QTest::newRow("resolved address") << 104 << QStringLiteral("Legacy login") << Severity::NotMapped
                                      << QStringLiteral("\"[IP] == 127.0.0.1\"");
    QTest::newRow("extra labels") << 105 << QStringLiteral("Legacy login") << Severity::NotMapped
                                  << QStringLiteral("extra-labels: this setting has no Vigie equivalent");
    QTest::newRow("external endpoints") << 108 << QString() << Severity::NotMapped
                                        << QStringLiteral("external-endpoints are fed by other systems");
    QTest::newRow("ui section") << 113 << QString() << Severity::NotMapped
                                << QStringLiteral("the ui section");
}

void TestGatusImporter::reportsWhatItCouldNotMap()
{
    QFETCH(int, line);
    QFETCH(QString, endpoint);
    QFETCH(Severity, severity);
    QFETCH(QString, expected);

    const GatusImport result = importShop();
    QList<GatusImportNote> onLine;
    for (const GatusImportNote& note : result.notes) {
        if (note.line == line)
            onLine.append(note);
    }
    QCOMPARE(onLine.size(), 1);
    QCOMPARE(onLine.first().endpoint, endpoint);
    QCOMPARE(onLine.first().severity, severity);
    QVERIFY2(onLine.first().message.contains(expected), qPrintable(onLine.first().toString()));
}

void TestGatusImporter::reportsNothingElse()
{
    const GatusImport result = importShop();
    QStringList all;
    for (const GatusImportNote& note : result.notes)
        all.append(note.toString());
    QCOMPARE(result.notes.size(), 21); // the rows of reportsWhatItCouldNotMap
    QVERIFY2(all.first().startsWith(QStringLiteral("line 2: ")), qPrintable(all.first()));
    QCOMPARE(all.at(2).left(28), QStringLiteral("line 20, endpoint \"Shop API\""));
}

void TestGatusImporter::producesAValidWorkspace()
{
    Workspace workspace;
    workspace.services = importShop().services;
    WorkspaceError error;
    const std::optional<Workspace> back =
        WorkspaceReader::read(WorkspaceWriter::write(workspace), QStringLiteral("x"), &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QCOMPARE(back->services, workspace.services);
}

void TestGatusImporter::convertsBodyPathsToJsonPointers_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("one key") << QStringLiteral(".status") << QStringLiteral("/status");
    QTest::newRow("nested with index")
        << QStringLiteral(".data.items[0].id") << QStringLiteral("/data/items/0/id");
    QTest::newRow("top-level array") << QStringLiteral("[2].name") << QStringLiteral("/2/name");
    QTest::newRow("nested indexes") << QStringLiteral(".grid[1][3]") << QStringLiteral("/grid/1/3");
    QTest::newRow("slash and tilde escaped") << QStringLiteral(".a/b.c~d") << QStringLiteral("/a~1b/c~0d");
    QTest::newRow("whole body") << QString() << QString();
    QTest::newRow("empty step") << QStringLiteral(".a..b") << QString();
    QTest::newRow("index not a number") << QStringLiteral(".a[x]") << QString();
    QTest::newRow("no leading dot") << QStringLiteral("status") << QString();
}

void TestGatusImporter::convertsBodyPathsToJsonPointers()
{
    QFETCH(QString, path);
    QFETCH(QString, pointer);
    QCOMPARE(GatusConditionMapper::jsonPointerFromPath(path), pointer);
}

void TestGatusImporter::mapsSingleConditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QString>("acceptedStatus");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<bool>("mapped");

    QTest::newRow("status equal") << QStringLiteral("[STATUS] == 204") << QStringLiteral("204") << QString()
                                  << true;
    QTest::newRow("status below") << QStringLiteral("[STATUS] < 300") << QStringLiteral("100-299")
                                  << QString() << true;
    QTest::newRow("status at most") << QStringLiteral("[STATUS] <= 399") << QStringLiteral("100-399")
                                    << QString() << true;
    QTest::newRow("status above") << QStringLiteral("[STATUS] > 499") << QStringLiteral("500-599")
                                  << QString() << true;
    QTest::newRow("status any") << QStringLiteral("[STATUS]==any(200,418)") << QStringLiteral("200, 418")
                                << QString() << true;
    QTest::newRow("status not a number")
        << QStringLiteral("[STATUS] == OK") << QStringLiteral("100-599") << QString() << false;
    QTest::newRow("no status condition")
        << QStringLiteral("[CONNECTED] == true") << QStringLiteral("100-599") << QString() << true;
    QTest::newRow("body pattern") << QStringLiteral("[BODY] == pat(*OK*)") << QStringLiteral("100-599")
                                  << QStringLiteral("OK") << true;
    QTest::newRow("body wildcard") << QStringLiteral("[BODY] == *all good*") << QStringLiteral("100-599")
                                   << QStringLiteral("all good") << true;
    QTest::newRow("body prefix pattern")
        << QStringLiteral("[BODY] == pat(OK*)") << QStringLiteral("100-599") << QString() << false;
    QTest::newRow("body exact") << QStringLiteral("[BODY] == OK") << QStringLiteral("100-599") << QString()
                                << false;
    QTest::newRow("has function") << QStringLiteral("has([BODY].errors) == false")
                                  << QStringLiteral("100-599") << QString() << false;
    QTest::newRow("not a condition") << QStringLiteral("[STATUS] 200") << QStringLiteral("100-599")
                                     << QString() << false;
    QTest::newRow("unknown placeholder")
        << QStringLiteral("[RESULT] == 0") << QStringLiteral("100-599") << QString() << false;
}

void TestGatusImporter::mapsSingleConditions()
{
    QFETCH(QString, condition);
    QFETCH(QString, acceptedStatus);
    QFETCH(QString, keyword);
    QFETCH(bool, mapped);

    ServiceDefinition http;
    http.target = QStringLiteral("http://127.0.0.1/");
    GatusConditionMapper mapper(&http);
    const std::optional<GatusImportNote> note = mapper.map(condition);
    QVERIFY(!mapper.finish());
    QCOMPARE(!note.has_value(), mapped);
    if (note)
        QVERIFY2(note->message.contains(QLatin1Char('"') + condition + QLatin1Char('"')),
                 qPrintable(note->message));
    QCOMPARE(http.http.acceptedStatus.toString(), acceptedStatus);
    QCOMPARE(http.http.keyword, keyword);
}

void TestGatusImporter::readsDisabledAsPaused()
{
    const QByteArray yaml = "endpoints:\n"
                            "  - name: a\n    url: tcp://127.0.0.1:1\n    disabled: true\n"
                            "  - name: b\n    url: tcp://127.0.0.1:2\n    enabled: true\n";
    const std::optional<GatusImport> result = GatusImporter::read(yaml, QStringLiteral("g.yaml"), nullptr);
    QVERIFY(result);
    QCOMPARE(result->services.size(), 2);
    QCOMPARE(result->services.at(0).paused, true);
    QCOMPARE(result->services.at(1).paused, false);
    QVERIFY(result->notes.isEmpty());
}

void TestGatusImporter::refusesWhatIsNotAGatusFile_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not YAML") << QByteArray("endpoints:\n  - name: a\n  url: x\n") << 3
                              << QStringLiteral("not valid YAML");
    QTest::newRow("a Vigie workspace")
        << QByteArray("version: 1\nservices: []\n") << 1 << QStringLiteral("no endpoints: list found");
    QTest::newRow("endpoints not a list")
        << QByteArray("endpoints:\n  name: a\n") << 2 << QStringLiteral("endpoints: expected a list");
    QTest::newRow("plain text") << QByteArray("hello\n") << 1
                                << QStringLiteral("expected a Gatus configuration");
}

void TestGatusImporter::refusesWhatIsNotAGatusFile()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(QString, expected);
    WorkspaceError error;
    QVERIFY(!GatusImporter::read(yaml, QStringLiteral("gatus.yaml"), &error));
    QCOMPARE(error.file, QStringLiteral("gatus.yaml"));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestGatusImporter)
#include "tst_gatusimporter.moc"
