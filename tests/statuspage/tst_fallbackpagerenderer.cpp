#include "statuspage/FallbackPageRenderer.h"
#include "statuspage/MarkupText.h"
#include "statuspage/StatusSnapshotBuilder.h"
#include "StatusPageFixtures.h"
#include "time/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using F = StatusPageFixtures;

namespace {

// What an XML reader makes of a document: every element name, attribute and text node, or the error.
struct ParsedXml
{
    QString error;
    QStringList elements;
    QList<QPair<QString, QString>> attributes; // qualified name, value
    QString text;                              // all character data, concatenated
    QStringList texts;                         // each text node
};

ParsedXml parse(const QByteArray& bytes)
{
    ParsedXml parsed;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            parsed.elements.append(xml.name().toString());
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                parsed.attributes.append(
                    {attribute.qualifiedName().toString(), attribute.value().toString()});
        } else if (xml.isCharacters()) {
            parsed.text += xml.text();
            parsed.texts.append(xml.text().toString());
        }
    }
    if (xml.hasError())
        parsed.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return parsed;
}

QJsonObject json(const StatusPageFiles& files)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(files.find(QStringLiteral("summary.json"))->bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return document.object();
}

} // namespace

// The fallback page's files: safe whatever incidents say, valid HTML, Atom and JSON, in both languages,
// byte for byte the same for the same snapshot.
class TestFallbackPageRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fileSet();
    void hostileTextIsEscaped_data();
    void hostileTextIsEscaped();
    void htmlPassesTidy_data();
    void htmlPassesTidy();
    void htmlIsSelfContained();
    void bannerAndWordsInEachLanguage_data();
    void bannerAndWordsInEachLanguage();
    void updatesNewestFirst();
    void internalNotesNeverAppear();
    void sameSnapshotSameBytes();

private:
    StatusPageFiles render(const StatusSnapshot& snapshot) const;
    QTimeZone m_paris{"Europe/Paris"};
};

StatusPageFiles TestFallbackPageRenderer::render(const StatusSnapshot& snapshot) const
{
    return FallbackPageRenderer(m_paris, QStringLiteral(VIGIE_QM_DIR)).render(snapshot);
}

void TestFallbackPageRenderer::initTestCase()
{
    QVERIFY(m_paris.isValid());
    const FallbackPageRenderer renderer(m_paris, QStringLiteral(VIGIE_QM_DIR));
    QCOMPARE(renderer.languagesWithoutCatalogue(), QStringList());
    // Without catalogues the words fall back to English, and the renderer says which pages lack them.
    const FallbackPageRenderer bare(m_paris, QStringLiteral(VIGIE_QM_DIR "/no-such-folder"));
    QCOMPARE(bare.languagesWithoutCatalogue(), (QStringList{QStringLiteral("en"), QStringLiteral("fr")}));
    const QByteArray french = bare.render(F::typicalSnapshot()).find(QStringLiteral("fr/index.html"))->bytes;
    QVERIFY(french.contains("Partial outage"));
}

void TestFallbackPageRenderer::fileSet()
{
    const StatusPageFiles files = render(F::typicalSnapshot());
    QCOMPARE(files.paths(), (QStringList{QStringLiteral("index.html"), QStringLiteral("fr/index.html"),
                                         QStringLiteral("summary.json"), QStringLiteral("history.atom"),
                                         QStringLiteral("fr/history.atom")}));
    QCOMPARE(files.find(QStringLiteral("index.html"))->contentType,
             QStringLiteral("text/html; charset=utf-8"));
    QCOMPARE(files.find(QStringLiteral("summary.json"))->contentType, QStringLiteral("application/json"));
    QCOMPARE(files.find(QStringLiteral("fr/history.atom"))->contentType,
             QStringLiteral("application/atom+xml"));
    for (const StatusPageFile& file : files.files)
        QVERIFY2(!file.bytes.isEmpty(), qPrintable(file.path));
}

void TestFallbackPageRenderer::hostileTextIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = F::hostileTexts();
    const QStringList names{QStringLiteral("script tag"),
                            QStringLiteral("attribute break-out"),
                            QStringLiteral("svg onload"),
                            QStringLiteral("CDATA end and comment"),
                            QStringLiteral("entities"),
                            QStringLiteral("control characters"),
                            QStringLiteral("right-to-left override"),
                            QStringLiteral("emoji"),
                            QStringLiteral("placeholders"),
                            QStringLiteral("javascript URL")};
    QCOMPARE(names.size(), texts.size());
    for (int i = 0; i < texts.size(); ++i)
        QTest::newRow(qPrintable(names.at(i))) << texts.at(i);
}

void TestFallbackPageRenderer::hostileTextIsEscaped()
{
    QFETCH(QString, text);
    // The text is everywhere a text can be: title, component and group names, references, updates.
    const StatusPageFiles files =
        render(F::snapshotWithTexts({text, QStringLiteral("Plain"), QStringLiteral("Other")}));
    const QString expected = MarkupText::clean(text);
    QVERIFY(!expected.contains(QChar(0x07)) && !expected.contains(QChar(0x1b)) &&
            !expected.contains(QChar(0x85)));

    for (const QString& path : {QStringLiteral("index.html"), QStringLiteral("fr/index.html")}) {
        const QByteArray bytes = files.find(path)->bytes;
        const ParsedXml parsed = parse(bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(path + QStringLiteral(": ") + parsed.error));
        // No markup came out of the text: only the writer's own elements and attributes exist.
        const QSet<QString> allowed{
            QStringLiteral("html"),  QStringLiteral("head"),   QStringLiteral("meta"),
            QStringLiteral("title"), QStringLiteral("link"),   QStringLiteral("style"),
            QStringLiteral("body"),  QStringLiteral("div"),    QStringLiteral("header"),
            QStringLiteral("h1"),    QStringLiteral("nav"),    QStringLiteral("a"),
            QStringLiteral("main"),  QStringLiteral("p"),      QStringLiteral("section"),
            QStringLiteral("h2"),    QStringLiteral("h3"),     QStringLiteral("ul"),
            QStringLiteral("li"),    QStringLiteral("span"),   QStringLiteral("article"),
            QStringLiteral("ol"),    QStringLiteral("strong"), QStringLiteral("time"),
            QStringLiteral("footer")};
        for (const QString& element : parsed.elements)
            QVERIFY2(allowed.contains(element), qPrintable(path + QStringLiteral(": <") + element));
        for (const auto& [name, value] : parsed.attributes) {
            QVERIFY2(!name.startsWith(QLatin1String("on")), qPrintable(name));
            QVERIFY2(name != u"src", qPrintable(value));
            if (name == u"href")
                QVERIFY2(!value.contains(QLatin1String("javascript")), qPrintable(value));
        }
        QVERIFY(!bytes.contains("<script"));
        QVERIFY(!bytes.contains("<img"));
        QVERIFY(!bytes.contains("<svg"));
        // ... and the text reads back exactly as written.
        QVERIFY2(parsed.texts.contains(expected), qPrintable(path));
    }

    for (const QString& path : {QStringLiteral("history.atom"), QStringLiteral("fr/history.atom")}) {
        const ParsedXml parsed = parse(files.find(path)->bytes);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(path + QStringLiteral(": ") + parsed.error));
        QVERIFY2(parsed.texts.contains(expected), qPrintable(path));
        QVERIFY(!parsed.elements.contains(QStringLiteral("script")));
    }

    const QJsonObject summary = json(files);
    QCOMPARE(summary.value(QStringLiteral("page")).toObject().value(QStringLiteral("name")).toString(),
             expected);
    const QJsonArray incidents = summary.value(QStringLiteral("incidents")).toArray();
    QVERIFY(!incidents.isEmpty());
    bool found = false;
    for (const QJsonValue& incident : incidents) {
        const QJsonObject object = incident.toObject();
        const QJsonArray updates = object.value(QStringLiteral("incident_updates")).toArray();
        found = found || (object.value(QStringLiteral("name")).toString() == expected &&
                          updates.first().toObject().value(QStringLiteral("body")).toString() == expected);
    }
    // The first fixture incident is the resolved one; the hostile text also names an open one's component.
    bool named = false;
    for (const QJsonValue& component : summary.value(QStringLiteral("components")).toArray())
        named = named || component.toObject().value(QStringLiteral("name")).toString() == expected;
    QVERIFY(named);
    QVERIFY(!found); // resolved incidents are not in the summary ...
    QVERIFY(parse(files.find(QStringLiteral("history.atom"))->bytes)
                .texts.contains(expected)); // ... but in the feed
}

void TestFallbackPageRenderer::htmlPassesTidy_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("hostile");
    QTest::newRow("English, typical") << QStringLiteral("index.html") << false;
    QTest::newRow("French, typical") << QStringLiteral("fr/index.html") << false;
    QTest::newRow("English, hostile texts") << QStringLiteral("index.html") << true;
    QTest::newRow("French, hostile texts") << QStringLiteral("fr/index.html") << true;
}

void TestFallbackPageRenderer::htmlPassesTidy()
{
    QFETCH(QString, path);
    QFETCH(bool, hostile);
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    QVERIFY2(!tidy.isEmpty(), "HTML Tidy is needed (Debian package \"tidy\")");
    const StatusSnapshot snapshot = hostile ? F::snapshotWithTexts(F::hostileTexts()) : F::typicalSnapshot();
    const QByteArray bytes = render(snapshot).find(path)->bytes;

    QProcess process;
    process.start(tidy, {QStringLiteral("-errors"), QStringLiteral("-quiet"), QStringLiteral("-utf8")});
    QVERIFY(process.waitForStarted(10'000));
    process.write(bytes);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30'000));
    const QString report =
        QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    // Exit status 2 means errors; 1 means warnings only, which -errors leaves unprinted.
    QVERIFY2(process.exitCode() < 2, qPrintable(report));
    QVERIFY2(!report.contains(QLatin1String("Error:")), qPrintable(report));
    QVERIFY2(report.trimmed().isEmpty(), qPrintable(report));
}

void TestFallbackPageRenderer::htmlIsSelfContained()
{
    const StatusPageFiles files = render(F::typicalSnapshot());
    for (const QString& path : {QStringLiteral("index.html"), QStringLiteral("fr/index.html")}) {
        const QByteArray bytes = files.find(path)->bytes;
        const QByteArray lower = bytes.toLower();
        QVERIFY(lower.startsWith("<!doctype html>\n"));
        QVERIFY(!lower.contains("<script"));
        QVERIFY(!lower.contains("src=\"http"));
        QVERIFY(!lower.contains("href=\"http"));
        QVERIFY(!lower.contains("href=\"//"));
        QVERIFY(!lower.contains("rel=\"stylesheet"));
        QVERIFY(!lower.contains("url("));
        QVERIFY(!lower.contains("@import"));
        QVERIFY(lower.contains("<style>"));
        QVERIFY(lower.contains("@media print"));
        QVERIFY(lower.contains("name=\"viewport\""));
        for (const auto& [name, value] : parse(bytes).attributes) {
            if (name == u"href")
                QVERIFY2(!value.contains(QLatin1Char(':')), qPrintable(value)); // relative links only
        }
    }
    const QByteArray english = files.find(QStringLiteral("index.html"))->bytes;
    const QByteArray french = files.find(QStringLiteral("fr/index.html"))->bytes;
    QVERIFY(english.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""));
    QVERIFY(french.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\""));
    // The language switch and the feed links point at the neighbours in the file set.
    QVERIFY(english.contains("<a href=\"fr/index.html\" hreflang=\"fr\""));
    QVERIFY(english.contains(">Cette page en français</a>"));
    QVERIFY(french.contains("<a href=\"../index.html\" hreflang=\"en\""));
    QVERIFY(french.contains(">This page in English</a>"));
    QVERIFY(english.contains("href=\"history.atom\""));
    QVERIFY(french.contains("href=\"history.atom\""));
    QVERIFY(french.contains("href=\"../summary.json\""));
}

void TestFallbackPageRenderer::bannerAndWordsInEachLanguage_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::addColumn<QString>("indicator");

    const int op = int(ComponentStatus::Operational);
    QTest::newRow("operational") << QList<int>{op, op} << QStringLiteral("All systems operational")
                                 << QStringLiteral("Tous les systèmes sont opérationnels")
                                 << QStringLiteral("none");
    QTest::newRow("maintenance") << QList<int>{op, int(ComponentStatus::UnderMaintenance)}
                                 << QStringLiteral("Under maintenance") << QStringLiteral("En maintenance")
                                 << QStringLiteral("maintenance");
    QTest::newRow("degraded") << QList<int>{op, op, int(ComponentStatus::DegradedPerformance)}
                              << QStringLiteral("Degraded performance")
                              << QStringLiteral("Performances dégradées") << QStringLiteral("minor");
    QTest::newRow("one of three down")
        << QList<int>{op, op, int(ComponentStatus::MajorOutage)} << QStringLiteral("Partial outage")
        << QStringLiteral("Panne partielle") << QStringLiteral("major");
    QTest::newRow("two of three down")
        << QList<int>{op, int(ComponentStatus::MajorOutage), int(ComponentStatus::MajorOutage)}
        << QStringLiteral("Major outage") << QStringLiteral("Panne majeure") << QStringLiteral("critical");
}

void TestFallbackPageRenderer::bannerAndWordsInEachLanguage()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, english);
    QFETCH(QString, french);
    QFETCH(QString, indicator);

    StatusSnapshot snapshot = F::typicalSnapshot();
    snapshot.incidents.clear();
    snapshot.components.clear();
    for (int i = 0; i < statuses.size(); ++i)
        snapshot.components.append({QStringLiteral("svc-%1").arg(i), QStringLiteral("Service %1").arg(i),
                                    QString(), ComponentStatus(statuses.at(i)), F::T0});
    const StatusPageFiles files = render(snapshot);
    const QString banner = QStringLiteral("<p class=\"banner banner-%1\" role=\"status\">%2</p>");
    QVERIFY(QString::fromUtf8(files.find(QStringLiteral("index.html"))->bytes)
                .contains(banner.arg(indicator, english)));
    const QString frenchPage = QString::fromUtf8(files.find(QStringLiteral("fr/index.html"))->bytes);
    QVERIFY2(frenchPage.contains(banner.arg(indicator, french)), qPrintable(frenchPage.left(3000)));
    QVERIFY(frenchPage.contains(QStringLiteral("<h2>Composants</h2>")));
    QVERIFY(frenchPage.contains(QStringLiteral("Aucun incident en cours.")));
    // 1 h 35 after midnight UTC on 1 January is 2 h 35 in Paris.
    QVERIFY(frenchPage.contains(QStringLiteral("Mis à jour le <time datetime=\"2026-01-01T02:35:00+01:00\">"
                                               "1 janvier 2026 à 2 h 35 (UTC+1)</time>")));
    QVERIFY(QString::fromUtf8(files.find(QStringLiteral("index.html"))->bytes)
                .contains(QStringLiteral("Updated <time datetime=\"2026-01-01T02:35:00+01:00\">"
                                         "1 January 2026 at 02:35 (UTC+1)</time>")));
    const QJsonObject status = json(files).value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("indicator")).toString(), indicator);
    QCOMPARE(status.value(QStringLiteral("description")).toString(), english);
}

void TestFallbackPageRenderer::updatesNewestFirst()
{
    const StatusPageFiles files = render(F::typicalSnapshot());
    const QByteArray english = files.find(QStringLiteral("index.html"))->bytes;
    const qsizetype found = english.indexOf("We found the cause.");
    const qsizetype looking = english.indexOf("We are looking into failed payments.");
    QVERIFY(found > 0 && looking > found);
    const QByteArray french = files.find(QStringLiteral("fr/index.html"))->bytes;
    QVERIFY(french.indexOf("Nous avons trouvé la cause.") < french.indexOf("Nous analysons les paiements"));
    QVERIFY(french.contains("<strong>Cause identifiée</strong>"));
    // An update written only in English shows on the French page, marked as English.
    QVERIFY(french.contains(
        "<p class=\"text\" dir=\"auto\" lang=\"en\" xml:lang=\"en\">Logins are fast again.</p>"));
}

void TestFallbackPageRenderer::internalNotesNeverAppear()
{
    // Through the builder, from records that carry internal notes, internal events and unapproved drafts.
    IncidentRecord record = F::incident(QStringLiteral("i1"), QStringLiteral("INC-1"),
                                        QStringLiteral("Outage"), IncidentStatus::Identified, F::T0,
                                        {F::affected(1, QStringLiteral("API"), Impact::MajorOutage)});
    IncidentEvent note;
    note.kind = IncidentEvent::Kind::Note;
    note.text = QStringLiteral("INTERNAL-EVENT: restarted the primary");
    record.events.append(note);
    record.drafts.append(F::message(record.incident.id, QStringLiteral("a"), QStringLiteral("en"),
                                    QStringLiteral("Public words."), F::T0 + F::Minute));
    MessageDraft pending = F::message(record.incident.id, QStringLiteral("b"), QStringLiteral("en"),
                                      QStringLiteral("INTERNAL-DRAFT: not approved"), F::T0 + 2 * F::Minute);
    pending.state = MessageDraft::State::Draft;
    record.drafts.append(pending);
    MessageDraft chat = F::message(record.incident.id, QStringLiteral("c"), QStringLiteral("en"),
                                   QStringLiteral("INTERNAL-CHAT: war room"), F::T0 + 3 * F::Minute);
    chat.channel = ChannelKind::Chat;
    record.drafts.append(chat);

    class FixedClock final : public Clock
    {
    public:
        qint64 nowMs() const override { return F::T0 + 10 * F::Minute; }
    } clock;
    StatusSnapshotBuilder builder(clock);
    builder.setPage(QStringLiteral("example"), QStringLiteral("Example status"));
    const StatusSnapshot snapshot =
        builder.build({F::service(1, QStringLiteral("API"))}, {F::state(1, ServiceState::Down)}, {record});
    const StatusPageFiles files = render(snapshot);
    for (const StatusPageFile& file : files.files) {
        QVERIFY2(file.bytes.contains("Public words."), qPrintable(file.path));
        QVERIFY2(!file.bytes.contains("INTERNAL"), qPrintable(file.path));
        QVERIFY2(!file.bytes.contains("Camille"), qPrintable(file.path));
        QVERIFY2(!file.bytes.contains("Payments fail for some customers"), qPrintable(file.path));
    }
}

void TestFallbackPageRenderer::sameSnapshotSameBytes()
{
    const StatusSnapshot snapshot = F::snapshotWithTexts(F::hostileTexts());
    const StatusPageFiles first = render(snapshot);
    const StatusPageFiles second =
        FallbackPageRenderer(m_paris, QStringLiteral(VIGIE_QM_DIR)).render(snapshot);
    QCOMPARE(first, second);
    QCOMPARE(render(snapshot), first);

    // One changed word changes the pages and the summary, and only its own words.
    StatusSnapshot changed = snapshot;
    changed.incidents[1].updates[0].textByLanguage[QStringLiteral("en")] = QStringLiteral("Changed");
    const StatusPageFiles other = render(changed);
    QVERIFY(other.find(QStringLiteral("index.html"))->bytes !=
            first.find(QStringLiteral("index.html"))->bytes);
    QCOMPARE(other.find(QStringLiteral("fr/index.html"))->bytes,
             first.find(QStringLiteral("fr/index.html"))->bytes);
    QVERIFY(other.find(QStringLiteral("summary.json"))->bytes !=
            first.find(QStringLiteral("summary.json"))->bytes);
    QVERIFY(other.find(QStringLiteral("history.atom"))->bytes !=
            first.find(QStringLiteral("history.atom"))->bytes);

    // Another zone shows other times.
    const StatusPageFiles utc =
        FallbackPageRenderer(QTimeZone::utc(), QStringLiteral(VIGIE_QM_DIR)).render(snapshot);
    QVERIFY(utc.find(QStringLiteral("index.html"))->bytes != first.find(QStringLiteral("index.html"))->bytes);
}

QTEST_GUILESS_MAIN(TestFallbackPageRenderer)
#include "tst_fallbackpagerenderer.moc"
