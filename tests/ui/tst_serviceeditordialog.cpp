#include "editor/HttpSettingsEditor.h"
#include "editor/ServiceEditorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

Q_DECLARE_METATYPE(ServiceDefinition)

namespace {

ServiceDefinition httpEverything()
{
    ServiceDefinition d;
    d.id = 42;
    d.name = QStringLiteral("Checkout API");
    d.group = QStringLiteral("Payments");
    d.kind = CheckKind::Http;
    d.target = QStringLiteral("https://127.0.0.1:8443/health?deep=1");
    d.intervalSec = 30;
    d.timeoutMs = 2500;
    d.failuresBeforeDown = 2;
    d.successesBeforeUp = 3;
    d.slaTargetPercent = 99.95;
    d.paused = true;
    d.inverted = true;
    d.certExpiryWarnDays = 21;
    d.http.method = QStringLiteral("POST");
    d.http.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer not-a-real-token")},
                      {QStringLiteral("Accept"), QStringLiteral("application/json")}};
    d.http.body = QByteArrayLiteral("{\"probe\": true}");
    d.http.acceptedStatus = StatusCodeSet({StatusCodeSet::Range{200, 204}, StatusCodeSet::Range{301, 301}});
    d.http.keyword = QStringLiteral("maintenance");
    d.http.keywordMustBeAbsent = true;
    d.http.json.pointer = QStringLiteral("/checks/0/status");
    d.http.json.op = JsonCondition::Op::GreaterOrEqual;
    d.http.json.expected = QStringLiteral("3");
    d.http.degradedAboveMs = 800;
    d.http.followRedirects = false;
    d.http.maxRedirects = 2;
    d.http.verifyTls = false;
    return d;
}

ServiceDefinition basic(CheckKind kind, const QString& target)
{
    ServiceDefinition d;
    d.id = 7;
    d.name = QStringLiteral("Probe");
    d.kind = kind;
    d.target = target;
    return d;
}

} // namespace

class TestServiceEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void httpSectionOnlyForHttp();
    void invalidInputDisablesOk_data();
    void invalidInputDisablesOk();
    void ownNameIsNotTaken();
    void badStatusCodesShownInline();
    void titleSaysAddOrEdit();
    void screenshot();
};

void TestServiceEditorDialog::roundTrip_data()
{
    QTest::addColumn<ServiceDefinition>("definition");
    ServiceDefinition defaults;
    defaults.name = QStringLiteral("Website");
    defaults.target = QStringLiteral("http://127.0.0.1/");
    QTest::newRow("new http with defaults") << defaults;
    QTest::newRow("http with every field") << httpEverything();
    QTest::newRow("tcp") << basic(CheckKind::Tcp, QStringLiteral("127.0.0.1:5432"));
    ServiceDefinition dns = basic(CheckKind::Dns, QStringLiteral("localhost"));
    dns.paused = true;
    dns.inverted = true;
    dns.intervalSec = 300;
    QTest::newRow("dns paused inverted") << dns;
    ServiceDefinition tls = basic(CheckKind::TlsCertificate, QStringLiteral("https://127.0.0.1:9443"));
    tls.certExpiryWarnDays = 30;
    tls.slaTargetPercent = 95.5;
    QTest::newRow("tls certificate") << tls;
    // HTTP settings survive on a non-HTTP kind (hidden section), so switching kind loses nothing.
    ServiceDefinition tcpWithHttp = httpEverything();
    tcpWithHttp.kind = CheckKind::Tcp;
    tcpWithHttp.target = QStringLiteral("127.0.0.1:8443");
    QTest::newRow("tcp keeps hidden http settings") << tcpWithHttp;
}

void TestServiceEditorDialog::roundTrip()
{
    QFETCH(ServiceDefinition, definition);
    ServiceEditorDialog dialog;
    dialog.setTakenNames({QStringLiteral("Other"), QStringLiteral("Another")});
    dialog.setDefinition(definition);
    QCOMPARE(dialog.validationMessage(), QString());
    QVERIFY(dialog.buttonBox()->button(QDialogButtonBox::Ok)->isEnabled());
    const ServiceDefinition out = dialog.definition();
    QCOMPARE(out.http.headers, definition.http.headers);
    QCOMPARE(out.http.acceptedStatus.toString(), definition.http.acceptedStatus.toString());
    QCOMPARE(out.http.json.op, definition.http.json.op);
    QVERIFY(out.http == definition.http);
    QVERIFY(out == definition);
}

void TestServiceEditorDialog::httpSectionOnlyForHttp()
{
    ServiceEditorDialog dialog;
    dialog.setDefinition(httpEverything());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.httpSection()->isVisible());
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(CheckKind::Dns)));
    QVERIFY(!dialog.httpSection()->isVisible());
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(CheckKind::Http)));
    QVERIFY(dialog.httpSection()->isVisible());
}

void TestServiceEditorDialog::invalidInputDisablesOk_data()
{
    QTest::addColumn<ServiceDefinition>("definition");
    QTest::addColumn<QString>("statusCodes"); // empty: leave as the definition says
    QTest::addColumn<QString>("expectedField");

    ServiceDefinition noName = basic(CheckKind::Http, QStringLiteral("http://127.0.0.1/"));
    noName.name = QStringLiteral("   ");
    QTest::newRow("empty name") << noName << QString() << QStringLiteral("Name is required");

    ServiceDefinition taken = basic(CheckKind::Http, QStringLiteral("http://127.0.0.1/"));
    taken.id = 0;
    taken.name = QStringLiteral("payments api");
    QTest::newRow("name already used, other case") << taken << QString() << QStringLiteral("already used");

    QTest::newRow("empty target") << basic(CheckKind::Http, QString()) << QString()
                                  << QStringLiteral("Target is required");
    QTest::newRow("http target without scheme") << basic(CheckKind::Http, QStringLiteral("127.0.0.1/health"))
                                                << QString() << QStringLiteral("Target:");
    QTest::newRow("tcp target without port")
        << basic(CheckKind::Tcp, QStringLiteral("127.0.0.1")) << QString() << QStringLiteral("Target:");
    QTest::newRow("bad status codes")
        << basic(CheckKind::Http, QStringLiteral("http://127.0.0.1/")) << QStringLiteral("200-299, abc")
        << QStringLiteral("Accepted status codes");
    QTest::newRow("status code out of range")
        << basic(CheckKind::Http, QStringLiteral("http://127.0.0.1/")) << QStringLiteral("700")
        << QStringLiteral("Accepted status codes");

    ServiceDefinition badHeader = basic(CheckKind::Http, QStringLiteral("http://127.0.0.1/"));
    badHeader.http.headers = {{QString(), QStringLiteral("orphan value")}};
    QTest::newRow("header without a name") << badHeader << QString() << QStringLiteral("Header 1");

    ServiceDefinition badPointer = basic(CheckKind::Http, QStringLiteral("http://127.0.0.1/"));
    badPointer.http.json.pointer = QStringLiteral("status");
    QTest::newRow("json pointer without slash")
        << badPointer << QString() << QStringLiteral("JSON condition");

    ServiceDefinition slowTimeout = basic(CheckKind::Tcp, QStringLiteral("127.0.0.1:22"));
    slowTimeout.intervalSec = 10;
    slowTimeout.timeoutMs = 20'000;
    QTest::newRow("timeout longer than interval") << slowTimeout << QString() << QStringLiteral("Timeout");
}

void TestServiceEditorDialog::invalidInputDisablesOk()
{
    QFETCH(ServiceDefinition, definition);
    QFETCH(QString, statusCodes);
    QFETCH(QString, expectedField);
    ServiceEditorDialog dialog;
    dialog.setTakenNames({QStringLiteral("Payments API"), QStringLiteral("Website")});
    dialog.setDefinition(definition);
    if (!statusCodes.isEmpty())
        dialog.httpEditor()->statusCodesEdit()->setText(statusCodes);

    const QString message = dialog.validationMessage();
    QVERIFY2(message.contains(expectedField), qPrintable(message));
    QVERIFY(!dialog.buttonBox()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.messageLabel()->text(), message);

    // accept() refuses too, so a keyboard shortcut cannot slip an invalid definition through.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestServiceEditorDialog::ownNameIsNotTaken()
{
    ServiceEditorDialog dialog;
    dialog.setTakenNames({QStringLiteral("Checkout API"), QStringLiteral("Website")});
    dialog.setDefinition(httpEverything()); // named "Checkout API"
    QCOMPARE(dialog.validationMessage(), QString());
    dialog.nameEdit()->setText(QStringLiteral("Website"));
    QVERIFY(dialog.validationMessage().contains(QStringLiteral("Website")));
    QVERIFY(!dialog.buttonBox()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("Checkout API v2"));
    QVERIFY(dialog.buttonBox()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestServiceEditorDialog::badStatusCodesShownInline()
{
    ServiceEditorDialog dialog;
    dialog.setDefinition(basic(CheckKind::Http, QStringLiteral("http://127.0.0.1/")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* inlineError = dialog.findChild<QLabel*>(QStringLiteral("statusCodesError"));
    QVERIFY(inlineError);
    QVERIFY(!inlineError->isVisible());
    QLineEdit* codes = dialog.httpEditor()->statusCodesEdit();
    codes->selectAll();
    QTest::keyClicks(codes, QStringLiteral("2xx"));
    QVERIFY(inlineError->isVisible());
    QVERIFY(inlineError->text().contains(QStringLiteral("2xx")));
    codes->setText(QStringLiteral("200-399"));
    QVERIFY(!inlineError->isVisible());
    QVERIFY(dialog.buttonBox()->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.definition().http.acceptedStatus.toString(), QStringLiteral("200-399"));
}

void TestServiceEditorDialog::titleSaysAddOrEdit()
{
    ServiceEditorDialog dialog;
    ServiceDefinition fresh;
    dialog.setDefinition(fresh);
    const QString addTitle = dialog.windowTitle();
    dialog.setDefinition(httpEverything());
    QVERIFY(dialog.windowTitle() != addTitle);
    QVERIFY(!addTitle.isEmpty());
}

void TestServiceEditorDialog::screenshot()
{
    ServiceEditorDialog dialog;
    dialog.setTakenNames({QStringLiteral("Website")});
    dialog.setDefinition(httpEverything());
    dialog.httpEditor()->statusCodesEdit()->setText(QStringLiteral("200-299, 9"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.messageLabel()->isVisible());
    const QPixmap shot = dialog.grab();
    QVERIFY(!shot.isNull());
    // Only when asked: a picture for a person to look at, never a committed artefact.
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("vigie-editor.png"))));
}

QTEST_MAIN(TestServiceEditorDialog)
#include "tst_serviceeditordialog.moc"
