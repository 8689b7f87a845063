#include "config/WorkspaceReader.h"
#include "config/WorkspaceWriter.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString fileName = QStringLiteral("shop.yaml");

// Every field given, none at its default.
const QByteArray fullWorkspace = R"(version: 1
settings:
  raw_retention_days: 45
services:
  - name: Shop API
    group: Shop
    kind: http            # the comment must not matter
    target: https://127.0.0.1:8443/health
    interval: 5m
    timeout: 800ms
    failures_before_down: 4
    successes_before_up: 2
    sla: 99.95
    paused: true
    inverted: true
    cert_expiry_warning_days: 21
    http:
      method: post
      headers: { Accept: application/json, X-Trace: "on" }
      body: '{"probe": true}'
      accepted_status: "200-299, 301"
      keyword: OK
      keyword_absent: true
      json: { pointer: /status, op: "!=", value: DOWN }
      degraded_above: 1s
      follow_redirects: false
      max_redirects: 2
      verify_tls: false
  - name: Orders DB
    kind: tcp
    target: 127.0.0.1:5432
    interval: 30
  - name: Resolver
    kind: dns
    target: db.internal.example
  - name: Shop certificate
    kind: tls-certificate
    target: https://127.0.0.1:8443
)";

ServiceDefinition service(const QString& name, CheckKind kind, const QString& target)
{
    ServiceDefinition s;
    s.name = name;
    s.kind = kind;
    s.target = target;
    return s;
}

} // namespace

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField();
    void appliesDefaultsToOmittedFields();
    void roundTrips_data();
    void roundTrips();
    void leavesDefaultsOut();
    void reportsErrorWithPosition_data();
    void reportsErrorWithPosition();
    void matchesTheDocumentedMessage();
    void readsFromAPath();
    void resolvesIncidentFilesAgainstTheWorkspaceFolder();
    void readsTheDocumentedExample();
    void reportsAFileThatCannotBeOpened();
};

void TestWorkspaceFile::readsEveryField()
{
    WorkspaceError error;
    const std::optional<Workspace> workspace = WorkspaceReader::read(fullWorkspace, fileName, &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    QCOMPARE(workspace->settings.rawRetentionDays, std::optional<int>(45));
    QCOMPARE(workspace->services.size(), 4);

    const ServiceDefinition& api = workspace->services.at(0);
    QCOMPARE(api.id, 0);
    QCOMPARE(api.name, QStringLiteral("Shop API"));
    QCOMPARE(api.group, QStringLiteral("Shop"));
    QCOMPARE(api.kind, CheckKind::Http);
    QCOMPARE(api.target, QStringLiteral("https://127.0.0.1:8443/health"));
    QCOMPARE(api.intervalSec, 300);
    QCOMPARE(api.timeoutMs, 800);
    QCOMPARE(api.failuresBeforeDown, 4);
    QCOMPARE(api.successesBeforeUp, 2);
    QCOMPARE(api.slaTargetPercent, 99.95);
    QCOMPARE(api.paused, true);
    QCOMPARE(api.inverted, true);
    QCOMPARE(api.certExpiryWarnDays, 21);
    QCOMPARE(api.http.method, QStringLiteral("POST"));
    const QList<QPair<QString, QString>> headers = {
        {QStringLiteral("Accept"), QStringLiteral("application/json")},
        {QStringLiteral("X-Trace"), QStringLiteral("on")}};
    QCOMPARE(api.http.headers, headers);
    QCOMPARE(api.http.body, QByteArray(R"({"probe": true})"));
    QCOMPARE(api.http.acceptedStatus, StatusCodeSet({{200, 299}, {301, 301}}));
    QCOMPARE(api.http.keyword, QStringLiteral("OK"));
    QCOMPARE(api.http.keywordMustBeAbsent, true);
    QCOMPARE(api.http.json.pointer, QStringLiteral("/status"));
    QCOMPARE(api.http.json.op, JsonCondition::Op::NotEqual);
    QCOMPARE(api.http.json.expected, QStringLiteral("DOWN"));
    QCOMPARE(api.http.degradedAboveMs, 1000);
    QCOMPARE(api.http.followRedirects, false);
    QCOMPARE(api.http.maxRedirects, 2);
    QCOMPARE(api.http.verifyTls, false);

    QCOMPARE(workspace->services.at(1).kind, CheckKind::Tcp);
    QCOMPARE(workspace->services.at(1).target, QStringLiteral("127.0.0.1:5432"));
    QCOMPARE(workspace->services.at(1).intervalSec, 30); // a bare number counts as seconds
    QCOMPARE(workspace->services.at(2).kind, CheckKind::Dns);
    QCOMPARE(workspace->services.at(3).kind, CheckKind::TlsCertificate);
}

void TestWorkspaceFile::appliesDefaultsToOmittedFields()
{
    const QByteArray yaml = "services:\n  - name: Orders DB\n    kind: tcp\n    target: 127.0.0.1:5432\n";
    WorkspaceError error;
    const std::optional<Workspace> workspace = WorkspaceReader::read(yaml, fileName, &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    QCOMPARE(workspace->settings, WorkspaceSettings());
    QCOMPARE(workspace->services.size(), 1);
    QCOMPARE(workspace->services.first(),
             service(QStringLiteral("Orders DB"), CheckKind::Tcp, QStringLiteral("127.0.0.1:5432")));
}

void TestWorkspaceFile::roundTrips_data()
{
    QTest::addColumn<Workspace>("workspace");

    QTest::newRow("no services") << Workspace();

    Workspace minimal;
    minimal.services.append(
        service(QStringLiteral("Shop API"), CheckKind::Http, QStringLiteral("http://127.0.0.1/")));
    QTest::newRow("defaults only") << minimal;

    Workspace full;
    full.settings.rawRetentionDays = 7;
    ServiceDefinition api = service(QStringLiteral("Shop API"), CheckKind::Http,
                                    QStringLiteral("https://127.0.0.1:8443/health?deep=1#x"));
    api.group = QStringLiteral("Shop");
    api.intervalSec = 5400;
    api.timeoutMs = 1500;
    api.failuresBeforeDown = 5;
    api.successesBeforeUp = 3;
    api.slaTargetPercent = 99.95;
    api.paused = true;
    api.inverted = true;
    api.certExpiryWarnDays = 0;
    api.http.method = QStringLiteral("PUT");
    api.http.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer abc:def")},
                        {QStringLiteral("Accept"), QStringLiteral("*/*")}};
    api.http.body = QByteArray("{\"a\": [1, 2],\n \"quote\": \"it's \\\"here\\\"\"}\n");
    api.http.acceptedStatus = StatusCodeSet({{200, 204}, {301, 302}, {418, 418}});
    api.http.keyword = QStringLiteral("# not a comment: really");
    api.http.keywordMustBeAbsent = true;
    api.http.json = JsonCondition{QStringLiteral("/data/items/0/id"), JsonCondition::Op::GreaterOrEqual,
                                  QStringLiteral("5")};
    api.http.degradedAboveMs = 750;
    api.http.followRedirects = false;
    api.http.maxRedirects = 0;
    api.http.verifyTls = false;
    full.services.append(api);
    ServiceDefinition db = service(QStringLiteral("Orders DB"), CheckKind::Tcp, QStringLiteral("[::1]:5432"));
    db.intervalSec = 1;
    db.timeoutMs = 1;
    full.services.append(db);
    full.services.append(
        service(QStringLiteral("Resolver"), CheckKind::Dns, QStringLiteral("db.internal.example")));
    ServiceDefinition cert = service(QStringLiteral("Certificate"), CheckKind::TlsCertificate,
                                     QStringLiteral("https://127.0.0.1:8443"));
    cert.certExpiryWarnDays = 30;
    cert.slaTargetPercent = 0;
    full.services.append(cert);
    QTest::newRow("every field set") << full;

    Workspace tricky;
    ServiceDefinition yes =
        service(QStringLiteral("true"), CheckKind::Http, QStringLiteral("http://127.0.0.1:1/"));
    yes.group = QStringLiteral("42");
    yes.http.keyword = QStringLiteral("null");
    yes.http.json = JsonCondition{QStringLiteral("/a~1b/c~0d"), JsonCondition::Op::Contains, QString()};
    tricky.services.append(yes);
    tricky.services.append(
        service(QStringLiteral("Kasse – Zahlung ✓"), CheckKind::Http, QStringLiteral("http://127.0.0.1:2/")));
    tricky.services.append(
        service(QStringLiteral("- dash: colon"), CheckKind::Http, QStringLiteral("http://127.0.0.1:3/")));
    QTest::newRow("names that look like other YAML") << tricky;

    Workspace repeated;
    ServiceDefinition cookies =
        service(QStringLiteral("Cookies"), CheckKind::Http, QStringLiteral("http://127.0.0.1/"));
    cookies.http.headers = {{QStringLiteral("Cookie"), QStringLiteral("a=1")},
                            {QStringLiteral("Cookie"), QStringLiteral("b=2")},
                            {QStringLiteral("X-Empty"), QString()}};
    repeated.services.append(cookies);
    QTest::newRow("repeated and empty headers") << repeated;

    Workspace incidents;
    incidents.incidents.playbookFile = QStringLiteral("/srv/ops/playbook.yaml");
    incidents.incidents.templatesFile = QStringLiteral("/srv/ops/templates.yaml");
    incidents.incidents.statusPageUrl = QStringLiteral("https://status.example.com/");
    incidents.incidents.timeZoneId = QStringLiteral("Europe/Paris");
    incidents.incidents.languages = {QStringLiteral("fr"), QStringLiteral("en")};
    incidents.incidents.autoDeclareGroups = {QStringLiteral("Payments"), QStringLiteral("Zahlung ✓")};
    incidents.incidents.jargon = {QStringLiteral("upstream"), QStringLiteral("TTL")};
    incidents.incidents.jargonSet = true;
    QTest::newRow("incident settings") << incidents;

    for (auto op : {JsonCondition::Op::Equal, JsonCondition::Op::NotEqual, JsonCondition::Op::Less,
                    JsonCondition::Op::LessOrEqual, JsonCondition::Op::Greater}) {
        Workspace withOp;
        ServiceDefinition s =
            service(QStringLiteral("Json"), CheckKind::Http, QStringLiteral("http://127.0.0.1/"));
        s.http.json = JsonCondition{QStringLiteral("/n"), op, QStringLiteral("10.5")};
        withOp.services.append(s);
        QTest::addRow("json operator %s", qPrintable(JsonCondition::opToString(op))) << withOp;
    }
}

void TestWorkspaceFile::roundTrips()
{
    QFETCH(Workspace, workspace);
    const QByteArray yaml = WorkspaceWriter::write(workspace);
    WorkspaceError error;
    const std::optional<Workspace> back = WorkspaceReader::read(yaml, fileName, &error);
    QVERIFY2(back, qPrintable(error.toString() + QStringLiteral("\n") + QString::fromUtf8(yaml)));
    QCOMPARE(back->settings, workspace.settings);
    QVERIFY2(back->incidents == workspace.incidents, qPrintable(QString::fromUtf8(yaml)));
    QCOMPARE(back->services.size(), workspace.services.size());
    for (qsizetype i = 0; i < workspace.services.size(); ++i)
        QVERIFY2(back->services.at(i) == workspace.services.at(i), qPrintable(QString::fromUtf8(yaml)));
}

void TestWorkspaceFile::leavesDefaultsOut()
{
    Workspace workspace;
    workspace.services.append(
        service(QStringLiteral("Orders DB"), CheckKind::Tcp, QStringLiteral("127.0.0.1:5432")));
    const QByteArray yaml = WorkspaceWriter::write(workspace);
    QCOMPARE(yaml, QByteArray("version: 1\n"
                              "services:\n"
                              "  - name: Orders DB\n"
                              "    kind: tcp\n"
                              "    target: 127.0.0.1:5432\n"));

    workspace.services.first().intervalSec = 90;
    workspace.services.first().timeoutMs = 2500;
    const QByteArray changed = WorkspaceWriter::write(workspace);
    QVERIFY2(changed.contains("interval: 1m30s\n"), changed.constData());
    QVERIFY2(changed.contains("timeout: 2s500ms\n"), changed.constData());
}

void TestWorkspaceFile::reportsErrorWithPosition_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    const QByteArray head =
        "version: 1\nservices:\n  - name: Shop API\n    kind: http\n    target: http://127.0.0.1/\n";
    // head: the service map starts on line 3, column 5; the next key would be on line 6.

    QTest::newRow("syntax: tab indentation")
        << QByteArray("version: 1\nservices:\n\t- name: a\n") << 3 << 2 << QStringLiteral("not valid YAML");
    QTest::newRow("syntax: key at the wrong depth")
        << QByteArray("services:\n  - name: a\n  kind: http\n") << 3 << 3 << QStringLiteral("not valid YAML");
    QTest::newRow("syntax: unclosed flow map")
        << QByteArray("services:\n  - {name: a, kind: http\n") << 3 << 1 << QStringLiteral("not valid YAML");
    QTest::newRow("empty file") << QByteArray("# nothing yet\n") << 0 << 0
                                << QStringLiteral("the file is empty");
    QTest::newRow("root is a list") << QByteArray("- name: a\n") << 1 << 1
                                    << QStringLiteral("expected a map of keys and values, got a list");
    QTest::newRow("unsupported version")
        << QByteArray("version: 2\nservices: []\n") << 1 << 10
        << QStringLiteral("reads workspace version 1, the file has version 2");
    QTest::newRow("unknown top-level key")
        << QByteArray("version: 1\nservice:\n  - name: a\n") << 2 << 1
        << QStringLiteral("unknown key \"service\"; did you mean \"services\"?");
    QTest::newRow("settings: out of range")
        << QByteArray("settings:\n  raw_retention_days: 0\n") << 2 << 23
        << QStringLiteral("settings.raw_retention_days: expected a whole number from 1 to 3650, got \"0\"");
    QTest::newRow("incidents: unknown time zone")
        << QByteArray("incidents:\n  time_zone: Mars/Olympus\n") << 2 << 14
        << QStringLiteral("incidents.time_zone: unknown time zone “Mars/Olympus”");
    QTest::newRow("incidents: unsupported language")
        << QByteArray("incidents:\n  languages: [fr, de]\n") << 2 << 14
        << QStringLiteral("incidents.languages: messages can be in en or fr, not “de”");
    QTest::newRow("incidents: status page is not a web address")
        << QByteArray("incidents:\n  status_page_url: ftp://status.example.com\n") << 2 << 20
        << QStringLiteral("incidents.status_page_url: expected an http(s) address");
    QTest::newRow("incidents: a list inside a list")
        << QByteArray("incidents:\n  auto_declare_groups: [Payments, [Shop]]\n") << 2 << 35
        << QStringLiteral("incidents.auto_declare_groups[1]: expected a single value, got a list");
    QTest::newRow("incidents: unknown key")
        << QByteArray("incidents:\n  playbok: ops.yaml\n") << 2 << 3
        << QStringLiteral("unknown key \"playbok\"; did you mean \"playbook\"?");
    QTest::newRow("services is not a list") << QByteArray("services:\n  name: a\n") << 2 << 3
                                            << QStringLiteral("services: expected a list of services");
    QTest::newRow("service is not a map")
        << QByteArray("services:\n  - just a name\n") << 2 << 5
        << QStringLiteral("services[0]: expected a map of keys and values, got \"just a name\"");
    QTest::newRow("wrong type: list for text")
        << QByteArray("services:\n  - name: [a, b]\n    kind: tcp\n    target: 127.0.0.1:1\n") << 2 << 11
        << QStringLiteral("services[0].name: expected a single value, got a list");
    QTest::newRow("wrong type: not a boolean")
        << head + "    paused: maybe\n"
        << 6 << 13 << QStringLiteral("services[0].paused: expected true or false, got \"maybe\"");
    QTest::newRow("wrong type: headers as a list")
        << head + "    http:\n      headers: [Accept]\n"
        << 7 << 16 << QStringLiteral("services[0].http.headers: expected a map");
    QTest::newRow("unknown key with suggestion")
        << head + "    intervall: 30s\n"
        << 6 << 5 << QStringLiteral("unknown key \"intervall\"; did you mean \"interval\"?");
    QTest::newRow("unknown key without suggestion")
        << head + "    colour: red\n"
        << 6 << 5 << QStringLiteral("unknown key \"colour\"; expected one of name, group");
    QTest::newRow("unknown key in http")
        << head + "    http:\n      verify_ssl: false\n"
        << 7 << 7
        << QStringLiteral("services[0].http: unknown key \"verify_ssl\"; did you mean \"verify_tls\"?");
    QTest::newRow("repeated key") << head + "    interval: 30s\n    interval: 1m\n"
                                  << 7 << 5 << QStringLiteral("key \"interval\" appears twice");
    QTest::newRow("missing name") << QByteArray("services:\n  - kind: http\n    target: http://127.0.0.1/\n")
                                  << 2 << 5 << QStringLiteral("services[0]: missing required key \"name\"");
    QTest::newRow("missing kind") << QByteArray("services:\n  - name: a\n    target: http://127.0.0.1/\n")
                                  << 2 << 5 << QStringLiteral("services[0]: missing required key \"kind\"");
    QTest::newRow("missing target") << QByteArray("services:\n  - name: a\n    kind: tcp\n") << 2 << 5
                                    << QStringLiteral("services[0]: missing required key \"target\"");
    QTest::newRow("empty name")
        << QByteArray("services:\n  - name: \"  \"\n    kind: tcp\n    target: 127.0.0.1:1\n") << 2 << 11
        << QStringLiteral("services[0].name: a service needs a name");
    QTest::newRow("unknown kind") << QByteArray("services:\n  - name: a\n    kind: htp\n    target: x\n") << 3
                                  << 11
                                  << QStringLiteral("unknown kind \"htp\"; expected one of http, tcp, dns, "
                                                    "tls-certificate (did you mean \"http\"?)");
    QTest::newRow("bad target for kind")
        << QByteArray("services:\n  - name: a\n    kind: tcp\n    target: localhost\n") << 4 << 13
        << QStringLiteral("services[0].target: expected host:port");
    QTest::newRow("http settings on a tcp service")
        << QByteArray("services:\n  - name: a\n    kind: tcp\n    target: 127.0.0.1:1\n    http:\n      "
                      "method: GET\n")
        << 6 << 7 << QStringLiteral("http settings only apply to services of kind http, not tcp");
    QTest::newRow("bad status code range")
        << head + "    http:\n      accepted_status: 200-299, 3o1\n"
        << 7 << 24 << QStringLiteral("services[0].http.accepted_status: \"3o1\" is not a status code");
    QTest::newRow("bad duration")
        << head + "    interval: fast\n"
        << 6 << 15
        << QStringLiteral("services[0].interval: expected a duration such as 30s, 5m or 1h, got \"fast\"");
    QTest::newRow("sub-second interval")
        << head + "    interval: 1500ms\n"
        << 6 << 15 << QStringLiteral("services[0].interval: expected whole seconds");
    QTest::newRow("interval below one second")
        << head + "    interval: 0s\n"
        << 6 << 15 << QStringLiteral("services[0].interval: expected a duration from 1s to 24h, got \"0s\"");
    QTest::newRow("zero timeout") << head + "    timeout: 0\n"
                                  << 6 << 14
                                  << QStringLiteral(
                                         "services[0].timeout: expected a duration from 1ms to 1h");
    QTest::newRow("count below one")
        << head + "    failures_before_down: 0\n"
        << 6 << 27
        << QStringLiteral(
               "services[0].failures_before_down: expected a whole number from 1 to 100, got \"0\"");
    QTest::newRow("count not a number")
        << head + "    successes_before_up: two\n"
        << 6 << 26 << QStringLiteral("services[0].successes_before_up: expected a whole number");
    QTest::newRow("sla above 100") << head + "    sla: 100.5\n"
                                   << 6 << 10
                                   << QStringLiteral(
                                          "services[0].sla: expected a number from 0 to 100, got \"100.5\"");
    QTest::newRow("bad json operator")
        << head + "    http:\n      json: { pointer: /status, op: \"=~\", value: UP }\n"
        << 7 << 37 << QStringLiteral("services[0].http.json.op: unknown operator \"=~\"");
    QTest::newRow("json pointer without slash")
        << head + "    http:\n      json:\n        pointer: status\n"
        << 8 << 18 << QStringLiteral("expected a JSON Pointer starting with /");
    QTest::newRow("json without pointer")
        << head + "    http:\n      json:\n        value: UP\n"
        << 8 << 9 << QStringLiteral("services[0].http.json: missing required key \"pointer\"");
    QTest::newRow("bad header name") << head + "    http:\n      headers:\n        \"Bad Header\": x\n"
                                     << 8 << 9 << QStringLiteral("\"Bad Header\" is not a valid header name");
    QTest::newRow("duplicate service name")
        << head + "  - name: shop api\n    kind: tcp\n    target: 127.0.0.1:1\n"
        << 6 << 11 << QStringLiteral("services[1].name: \"shop api\" is already the name of services[0]");
}

void TestWorkspaceFile::reportsErrorWithPosition()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);

    WorkspaceError error;
    const std::optional<Workspace> workspace = WorkspaceReader::read(yaml, fileName, &error);
    QVERIFY(!workspace);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestWorkspaceFile::matchesTheDocumentedMessage()
{
    QByteArray yaml = "services:\n";
    for (int i = 0; i < 3; ++i)
        yaml += QStringLiteral("  - name: s%1\n    kind: tcp\n    target: 127.0.0.1:%2\n")
                    .arg(i)
                    .arg(i + 1)
                    .toUtf8();
    yaml += "    interval: fast\n";
    WorkspaceError error;
    QVERIFY(!WorkspaceReader::read(yaml, fileName, &error));
    QCOMPARE(error.toString(), QStringLiteral("shop.yaml:11:15: services[2].interval: expected a duration "
                                              "such as 30s, 5m or 1h, got \"fast\""));
}

void TestWorkspaceFile::resolvesIncidentFilesAgainstTheWorkspaceFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team/workspace.yaml"));
    const QByteArray yaml =
        "incidents:\n  playbook: ops/playbook.yaml\n  templates: ../shared/templates.yaml\n";
    WorkspaceError error;
    const std::optional<Workspace> workspace = WorkspaceReader::read(yaml, path, &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    QCOMPARE(workspace->incidents.playbookFile, dir.filePath(QStringLiteral("team/ops/playbook.yaml")));
    QCOMPARE(workspace->incidents.templatesFile, dir.filePath(QStringLiteral("shared/templates.yaml")));
}

void TestWorkspaceFile::readsFromAPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("workspace.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fullWorkspace);
    file.close();

    WorkspaceError error;
    const std::optional<Workspace> fromPath = WorkspaceReader::readFile(path, &error);
    QVERIFY2(fromPath, qPrintable(error.toString()));
    QCOMPARE(*fromPath, *WorkspaceReader::read(fullWorkspace, path, &error));
}

void TestWorkspaceFile::readsTheDocumentedExample()
{
    QFile doc(QFINDTESTDATA("../../docs/workspace-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const qsizetype start = text.indexOf("```yaml\n") + 8;
    const qsizetype end = text.indexOf("```", start);
    QVERIFY(start > 8 && end > start);
    WorkspaceError error;
    const std::optional<Workspace> workspace =
        WorkspaceReader::read(text.mid(start, end - start), QStringLiteral("workspace-format.md"), &error);
    QVERIFY2(workspace, qPrintable(error.toString()));
    QCOMPARE(workspace->services.size(), 4);
    QCOMPARE(workspace->services.first().http.degradedAboveMs, 800);
}

void TestWorkspaceFile::reportsAFileThatCannotBeOpened()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.yaml"));
    WorkspaceError error;
    QVERIFY(!WorkspaceReader::readFile(path, &error));
    QCOMPARE(error.file, path);
    QVERIFY(!error.hasPosition());
    QVERIFY2(error.message.contains(QStringLiteral("cannot open")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
