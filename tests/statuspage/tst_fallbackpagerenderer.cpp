#include "statuspage/AtomFeedWriter.h"
#include "statuspage/FallbackPageRenderer.h"
#include "statuspage/MarkupText.h"
#include "statuspage/StatusSnapshotBuilder.h"
#include "StatusPageFixtures.h"
#include "time/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

const QRegularExpression& rfc3339()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    return pattern;
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
    void atomFeedIsValid();
    void summaryJsonShape();
    void summaryIndicatorFollowsTheComponents_data();
    void summaryIndicatorFollowsTheComponents();
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

void TestFallbackPageRenderer::atomFeedIsValid()
{
    const StatusSnapshot snapshot = F::typicalSnapshot();
    const StatusPageFiles files = render(snapshot);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QString path = FallbackPageRenderer::feedPath(language);
        QXmlStreamReader xml(files.find(path)->bytes);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("feed"));
        QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/2005/Atom"));
        QCOMPARE(xml.attributes().value(QLatin1String("xml:lang")), language);
        QStringList feedChildren;
        QStringList entryIds;
        QStringList entryTitles;
        QStringList entryUpdated;
        QStringList contents;
        QString selfLink;
        QString feedUpdated;
        while (xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            feedChildren.append(name);
            if (name == u"updated") {
                feedUpdated = xml.readElementText();
                QVERIFY2(rfc3339().match(feedUpdated).hasMatch(), qPrintable(feedUpdated));
            } else if (name == u"link") {
                if (xml.attributes().value(QLatin1String("rel")) == u"self")
                    selfLink = xml.attributes().value(QLatin1String("href")).toString();
                xml.skipCurrentElement();
            } else if (name == u"entry") {
                QStringList children;
                while (xml.readNextStartElement()) {
                    const QString child = xml.name().toString();
                    children.append(child);
                    if (child == u"id")
                        entryIds.append(xml.readElementText());
                    else if (child == u"title")
                        entryTitles.append(xml.readElementText());
                    else if (child == u"updated")
                        entryUpdated.append(xml.readElementText());
                    else if (child == u"content") {
                        QCOMPARE(xml.attributes().value(QLatin1String("type")), QLatin1String("text"));
                        contents.append(xml.readElementText());
                    } else
                        xml.skipCurrentElement();
                }
                QCOMPARE(children.count(QStringLiteral("id")), 1);
                QCOMPARE(children.count(QStringLiteral("title")), 1);
                QCOMPARE(children.count(QStringLiteral("updated")), 1);
                QCOMPARE(children.count(QStringLiteral("content")), 1);
            } else {
                xml.skipCurrentElement();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(feedChildren.count(QStringLiteral("id")), 1);
        QCOMPARE(feedChildren.count(QStringLiteral("title")), 1);
        QCOMPARE(feedChildren.count(QStringLiteral("updated")), 1);
        QCOMPARE(feedChildren.count(QStringLiteral("author")), 1);
        QCOMPARE(selfLink, QStringLiteral("https://status.example.org/") + path);
        // The feed dates from its newest entry, not from the rendering.
        QCOMPARE(feedUpdated, QStringLiteral("2026-01-01T01:40:00+01:00"));
        // One entry per update (the maintenance has none), newest first, with permanent ids.
        QCOMPARE(entryIds.size(), 3);
        QCOMPARE(QSet<QString>(entryIds.begin(), entryIds.end()).size(), 3);
        for (const QString& id : entryIds)
            QVERIFY2(id.startsWith(QLatin1String("urn:uuid:")), qPrintable(id));
        QCOMPARE(entryIds.first(),
                 AtomFeedWriter::entryIdOf(QStringLiteral("example"), snapshot.incidents.first().id,
                                           QStringLiteral("draft-2"), language));
        for (const QString& updated : entryUpdated)
            QVERIFY2(rfc3339().match(updated).hasMatch(), qPrintable(updated));
        QCOMPARE(entryUpdated, (QStringList{QStringLiteral("2026-01-01T01:40:00+01:00"),
                                            QStringLiteral("2026-01-01T01:15:00+01:00"),
                                            QStringLiteral("2025-12-31T16:40:00+01:00")}));
        if (language == u"en") {
            QCOMPARE(entryTitles.first(), QStringLiteral("Payments failing (Identified)"));
            QCOMPARE(contents.first(), QStringLiteral("We found the cause."));
        } else {
            QCOMPARE(entryTitles.first(), QStringLiteral("Payments failing (Cause identifiée)"));
            QCOMPARE(contents.first(), QStringLiteral("Nous avons trouvé la cause."));
        }
    }
    // The same update has a different entry in each language's feed, and the feeds differ.
    QVERIFY(AtomFeedWriter::feedIdOf(QStringLiteral("example"), QStringLiteral("en")) !=
            AtomFeedWriter::feedIdOf(QStringLiteral("example"), QStringLiteral("fr")));
}

void TestFallbackPageRenderer::summaryJsonShape()
{
    const QJsonObject root = json(render(F::typicalSnapshot()));
    const QStringList keys = root.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString>{QStringLiteral("page"), QStringLiteral("status"), QStringLiteral("components"),
                            QStringLiteral("incidents"), QStringLiteral("scheduled_maintenances")}));
    const QJsonObject page = root.value(QStringLiteral("page")).toObject();
    QCOMPARE(page.value(QStringLiteral("id")).toString(), QStringLiteral("example"));
    QCOMPARE(page.value(QStringLiteral("name")).toString(), QStringLiteral("Example status"));
    QCOMPARE(page.value(QStringLiteral("url")).toString(), QStringLiteral("https://status.example.org/"));
    QCOMPARE(page.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Paris"));
    QCOMPARE(page.value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2026-01-01T02:35:00.000+01:00"));

    const QJsonObject status = root.value(QStringLiteral("status")).toObject();
    QCOMPARE(status.value(QStringLiteral("indicator")).toString(), QStringLiteral("major"));
    QCOMPARE(status.value(QStringLiteral("description")).toString(), QStringLiteral("Partial outage"));

    // Groups are components too, as Statuspage lists them: ungrouped first, then each group and its members.
    QStringList order;
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& value : root.value(QStringLiteral("components")).toArray()) {
        const QJsonObject component = value.toObject();
        order.append(component.value(QStringLiteral("name")).toString());
        byName.insert(order.last(), component);
        for (const char* key : {"id", "name", "status", "group_id", "updated_at", "group", "position"})
            QVERIFY2(component.contains(QLatin1String(key)), key);
    }
    QCOMPARE(order,
             (QStringList{QStringLiteral("Login"), QStringLiteral("Platform"), QStringLiteral("API"),
                          QStringLiteral("Website"), QStringLiteral("Tools"), QStringLiteral("Reports")}));
    QCOMPARE(byName[QStringLiteral("API")].value(QStringLiteral("status")).toString(),
             QStringLiteral("partial_outage"));
    QCOMPARE(byName[QStringLiteral("Website")].value(QStringLiteral("status")).toString(),
             QStringLiteral("operational"));
    QCOMPARE(byName[QStringLiteral("Reports")].value(QStringLiteral("status")).toString(),
             QStringLiteral("under_maintenance"));
    QCOMPARE(byName[QStringLiteral("Platform")].value(QStringLiteral("status")).toString(),
             QStringLiteral("partial_outage"));
    QVERIFY(byName[QStringLiteral("Platform")].value(QStringLiteral("group")).toBool());
    QCOMPARE(byName[QStringLiteral("API")].value(QStringLiteral("group_id")),
             byName[QStringLiteral("Platform")].value(QStringLiteral("id")));
    QVERIFY(byName[QStringLiteral("Login")].value(QStringLiteral("group_id")).isNull());
    QCOMPARE(byName[QStringLiteral("Platform")].value(QStringLiteral("components")).toArray(),
             (QJsonArray{QStringLiteral("svc-1"), QStringLiteral("svc-2")}));

    // Only the unresolved incident; its updates newest first.
    const QJsonArray incidents = root.value(QStringLiteral("incidents")).toArray();
    QCOMPARE(incidents.size(), 1);
    const QJsonObject incident = incidents.first().toObject();
    QCOMPARE(incident.value(QStringLiteral("name")).toString(), QStringLiteral("Payments failing"));
    QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("identified"));
    QCOMPARE(incident.value(QStringLiteral("impact")).toString(), QStringLiteral("major"));
    QCOMPARE(incident.value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-01-01T01:10:00.000+01:00"));
    QCOMPARE(incident.value(QStringLiteral("updated_at")).toString(),
             QStringLiteral("2026-01-01T01:40:00.000+01:00"));
    QVERIFY(incident.value(QStringLiteral("resolved_at")).isNull());
    QVERIFY(incident.value(QStringLiteral("shortlink"))
                .toString()
                .startsWith(QLatin1String("https://status.example.org/#incident-")));
    const QJsonArray updates = incident.value(QStringLiteral("incident_updates")).toArray();
    QCOMPARE(updates.size(), 2);
    QCOMPARE(updates.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("draft-2"));
    QCOMPARE(updates.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("identified"));
    QCOMPARE(updates.at(0).toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("We found the cause."));
    QCOMPARE(updates.at(0).toObject().value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-01-01T01:40:00.000+01:00"));
    QCOMPARE(updates.at(1).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("investigating"));

    const QJsonArray maintenances = root.value(QStringLiteral("scheduled_maintenances")).toArray();
    QCOMPARE(maintenances.size(), 1);
    const QJsonObject maintenance = maintenances.first().toObject();
    QCOMPARE(maintenance.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(maintenance.value(QStringLiteral("impact")).toString(), QStringLiteral("maintenance"));
    QCOMPARE(maintenance.value(QStringLiteral("scheduled_until")).toString(),
             QStringLiteral("2026-01-01T03:00:00.000+01:00"));

    // Without a public address there is no URL to claim.
    StatusSnapshot local = F::typicalSnapshot();
    local.baseUrl.clear();
    const QJsonObject bare = json(render(local));
    QVERIFY(bare.value(QStringLiteral("page")).toObject().value(QStringLiteral("url")).isNull());
    QVERIFY(!bare.value(QStringLiteral("incidents"))
                 .toArray()
                 .first()
                 .toObject()
                 .contains(QStringLiteral("shortlink")));
    // Empty lists are still there: some clients destructure them.
    local.incidents.clear();
    const QJsonObject empty = json(render(local));
    QVERIFY(empty.value(QStringLiteral("incidents")).isArray());
    QVERIFY(empty.value(QStringLiteral("scheduled_maintenances")).isArray());
}

void TestFallbackPageRenderer::summaryIndicatorFollowsTheComponents_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("indicator");
    const int op = int(ComponentStatus::Operational);
    const int down = int(ComponentStatus::MajorOutage);
    QTest::newRow("all up") << QList<int>{op, op, op, op} << QStringLiteral("none");
    QTest::newRow("one degraded") << QList<int>{op, int(ComponentStatus::DegradedPerformance), op, op}
                                  << QStringLiteral("minor");
    QTest::newRow("one partial") << QList<int>{op, int(ComponentStatus::PartialOutage), op, op}
                                 << QStringLiteral("major");
    QTest::newRow("one down") << QList<int>{op, down, op, op} << QStringLiteral("major");
    QTest::newRow("most down") << QList<int>{down, down, down, op} << QStringLiteral("critical");
}

void TestFallbackPageRenderer::summaryIndicatorFollowsTheComponents()
{
    QFETCH(QList<int>, statuses);
    QFETCH(QString, indicator);
    StatusSnapshot snapshot = F::typicalSnapshot();
    snapshot.incidents.clear();
    snapshot.components.clear();
    for (int i = 0; i < statuses.size(); ++i)
        snapshot.components.append({QStringLiteral("svc-%1").arg(i), QStringLiteral("Service %1").arg(i),
                                    QString(), ComponentStatus(statuses.at(i)), F::T0});
    const QJsonObject root = json(render(snapshot));
    QCOMPARE(root.value(QStringLiteral("status")).toObject().value(QStringLiteral("indicator")).toString(),
             indicator);
    const QJsonArray components = root.value(QStringLiteral("components")).toArray();
    QCOMPARE(components.size(), statuses.size());
    const QStringList keys{QStringLiteral("operational"), QStringLiteral("under_maintenance"),
                           QStringLiteral("degraded_performance"), QStringLiteral("partial_outage"),
                           QStringLiteral("major_outage")};
    for (int i = 0; i < statuses.size(); ++i)
        QCOMPARE(components.at(i).toObject().value(QStringLiteral("status")).toString(),
                 keys.at(statuses.at(i)));
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
