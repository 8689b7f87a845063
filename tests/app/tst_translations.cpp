#include "cli/CommandLineOptions.h"
#include "monitor/ServiceState.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The catalogues as the build produces them (.qm from lrelease) and as translators edit them (.ts).
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void frenchTranslates_data();
    void frenchTranslates();
    void plurals_data();
    void plurals();
    void coreTextsComeFromTheCatalogue();
    void catalogueIsComplete_data();
    void catalogueIsComplete();

private:
    QTranslator m_french;
    QTranslator m_english;
};

namespace {

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& m : pattern.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

bool hasAccelerator(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("&[^&\\s]"));
    text.remove(QStringLiteral("&&"));
    return text.contains(accelerator);
}

// One <message> of a .ts file, as a translator sees it.
struct TsMessage
{
    QString context;
    QString source;
    QString translationType;
    bool numerus = false;
    QString translation;
    QStringList numerusForms;
};

QList<TsMessage> readMessages(QXmlStreamReader& xml)
{
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translation = xml.readElementText();
                messages.append(current);
                continue;
            }
            while (xml.readNextStartElement())
                current.numerusForms.append(xml.readElementText());
            messages.append(current);
        }
    }
    return messages;
}

QStringList problemsOf(const TsMessage& m, int pluralForms)
{
    QStringList problems;
    const QString where = m.context + QStringLiteral(" / \"") + m.source + QLatin1Char('"');
    if (!m.translationType.isEmpty())
        problems.append(where + QStringLiteral(": type=\"") + m.translationType + QLatin1Char('"'));
    const QStringList texts = m.numerus ? m.numerusForms : QStringList{m.translation};
    if (m.numerus && texts.size() != pluralForms)
        problems.append(where +
                        QStringLiteral(": %1 plural forms instead of %2").arg(texts.size()).arg(pluralForms));
    for (const QString& text : texts) {
        if (text.isEmpty())
            problems.append(where + QStringLiteral(": empty translation"));
        else if (placeholders(text) != placeholders(m.source))
            problems.append(where + QStringLiteral(": placeholders differ in \"") + text + QLatin1Char('"'));
        else if (hasAccelerator(m.source) && !hasAccelerator(text))
            problems.append(where + QStringLiteral(": the accelerator (&) is lost in \"") + text +
                            QLatin1Char('"'));
    }
    return problems;
}

} // namespace

void TestTranslations::initTestCase()
{
    QVERIFY2(m_french.load(QStringLiteral(VIGIE_QM_DIR "/vigie_fr.qm")), VIGIE_QM_DIR "/vigie_fr.qm");
    QVERIFY2(m_english.load(QStringLiteral(VIGIE_QM_DIR "/vigie_en.qm")), VIGIE_QM_DIR "/vigie_en.qm");
    QCOMPARE(m_french.language(), QStringLiteral("fr_FR"));
}

void TestTranslations::frenchTranslates_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");

    QTest::newRow("state Pending") << QByteArray("ServiceState") << QByteArray("Pending");
    QTest::newRow("state Up") << QByteArray("ServiceState") << QByteArray("Up");
    QTest::newRow("state Degraded") << QByteArray("ServiceState") << QByteArray("Degraded");
    QTest::newRow("state Down") << QByteArray("ServiceState") << QByteArray("Down");
    QTest::newRow("state Paused") << QByteArray("ServiceState") << QByteArray("Paused");
    QTest::newRow("window title") << QByteArray("MainWindow") << QByteArray("Vigie — incident cockpit");
    QTest::newRow("File menu") << QByteArray("MainWindow") << QByteArray("&File");
    QTest::newRow("add service action") << QByteArray("MainWindow") << QByteArray("&Add service…");
    QTest::newRow("status bar summary")
        << QByteArray("MainWindow") << QByteArray("%1 down · %2 degraded · %3 up · %4 paused");
    QTest::newRow("board uptime column") << QByteArray("ServiceBoardModel") << QByteArray("Uptime 24 h");
    QTest::newRow("editor timeout label") << QByteArray("ServiceEditorDialog") << QByteArray("Time&out:");
    QTest::newRow("HTTP status codes label")
        << QByteArray("HttpSettingsEditor") << QByteArray("Accepted &status codes:");
    QTest::newRow("chart empty period")
        << QByteArray("LatencyChart") << QByteArray("No results in this period");
    QTest::newRow("timeout reason") << QByteArray("ResponseEvaluator") << QByteArray("timed out after %1 ms");
    QTest::newRow("duration") << QByteArray("TimeText") << QByteArray("for %1 h %2 min");
    QTest::newRow("tray all up") << QByteArray("TrayStatus") << QByteArray("Vigie: all services up");
    QTest::newRow("notification down") << QByteArray("NotificationPolicy") << QByteArray("%1 is down");
    QTest::newRow("workspace missing key")
        << QByteArray("Workspace") << QByteArray("missing required key \"%1\"");
    QTest::newRow("Gatus note line") << QByteArray("GatusImporter") << QByteArray("line %1: %2");
    QTest::newRow("store error") << QByteArray("Database") << QByteArray("Could not %1 (database %2): %3");
    QTest::newRow("store operation") << QByteArray("ResultTable") << QByteArray("store check results");
    QTest::newRow("command line summary")
        << QByteArray("CommandLineOptions")
        << QByteArray("Vigie watches your services and walks you through incident communication.");
    QTest::newRow("headless notice") << QByteArray("main")
                                     << QByteArray("no display found: running headless");
}

void TestTranslations::frenchTranslates()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QVERIFY(QCoreApplication::installTranslator(&m_french));
    const auto uninstall = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_french); });

    const QString english = QString::fromUtf8(source);
    const QString french = QCoreApplication::translate(context.constData(), source.constData());
    QVERIFY(!french.isEmpty());
    QVERIFY2(french != english, qPrintable(english));
    QCOMPARE(placeholders(french), placeholders(english));
}

void TestTranslations::plurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QByteArray down("Vigie: %n service(s) down");
    const QByteArray days("TLS: certificate expires in %n day(s)");
    const QString fr = QStringLiteral("fr");
    const QString en = QStringLiteral("en");
    QTest::newRow("fr one service down")
        << fr << QByteArray("TrayStatus") << down << 1 << QStringLiteral("Vigie : 1 service en panne");
    QTest::newRow("fr three services down")
        << fr << QByteArray("TrayStatus") << down << 3 << QStringLiteral("Vigie : 3 services en panne");
    // French counts zero as singular, English as plural.
    QTest::newRow("fr zero days") << fr << QByteArray("ResponseEvaluator") << days << 0
                                  << QStringLiteral("TLS : le certificat expire dans 0 jour");
    QTest::newRow("fr two days") << fr << QByteArray("ResponseEvaluator") << days << 2
                                 << QStringLiteral("TLS : le certificat expire dans 2 jours");
    QTest::newRow("en one service down")
        << en << QByteArray("TrayStatus") << down << 1 << QStringLiteral("Vigie: 1 service down");
    QTest::newRow("en zero services down")
        << en << QByteArray("TrayStatus") << down << 0 << QStringLiteral("Vigie: 0 services down");
    QTest::newRow("en one day") << en << QByteArray("ResponseEvaluator") << days << 1
                                << QStringLiteral("TLS: certificate expires in 1 day");
}

void TestTranslations::plurals()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QTranslator* translator = language == QLatin1String("fr") ? &m_french : &m_english;
    QVERIFY(QCoreApplication::installTranslator(translator));
    const auto uninstall = qScopeGuard([translator] { QCoreApplication::removeTranslator(translator); });

    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), expected);
}

// The contexts the code translates in at run time are the ones lupdate wrote into the catalogue.
void TestTranslations::coreTextsComeFromTheCatalogue()
{
    QVERIFY(QCoreApplication::installTranslator(&m_french));
    const auto uninstall = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_french); });

    const QString down = serviceStateLabel(ServiceState::Down);
    QCOMPARE(down, QCoreApplication::translate("ServiceState", "Down"));
    QVERIFY(down != QLatin1String("Down"));

    QString error;
    int exitCode = -1;
    const QStringList args{QStringLiteral("vigie"), QStringLiteral("--demo-port"), QStringLiteral("99999")};
    QVERIFY(!CommandLineOptions::parse(args, &error, &exitCode).has_value());
    QCOMPARE(error,
             QCoreApplication::translate(
                 "CommandLineOptions", "--demo-port: expected a port number between 1 and 65535, got \"%1\"")
                 .arg(QStringLiteral("99999")));
    QVERIFY(!error.contains(QLatin1String("expected")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/vigie.sqlite"));
    Database db;
    const DbResult<bool> opened = db.open(path);
    QVERIFY(!opened.ok());
    const QString prefix = QCoreApplication::translate("Database", "Could not %1 (database %2): %3")
                               .arg(QCoreApplication::translate("Database", "open"), path, QString());
    QVERIFY2(opened.error.startsWith(prefix), qPrintable(opened.error));
    QVERIFY(!opened.error.contains(QLatin1String("Could not")));
}

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << QStringLiteral(VIGIE_TS_DIR "/vigie_fr.ts") << QStringLiteral("fr");
    QTest::newRow("English") << QStringLiteral(VIGIE_TS_DIR "/vigie_en.ts") << QStringLiteral("en");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFile ts(file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&ts);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("TS"));
    QVERIFY(xml.attributes().value(QLatin1String("language")).startsWith(language));

    const QList<TsMessage> messages = readMessages(xml);
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages.size() > 100);
    // Both French and English have a singular and a plural form.
    const int pluralForms = 2;
    QStringList problems;
    for (const TsMessage& m : messages)
        problems += problemsOf(m, pluralForms);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 incomplete message(s):\n").arg(problems.size()) +
                        problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
