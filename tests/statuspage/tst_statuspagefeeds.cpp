#include "statuspage/AtomFeedWriter.h"
#include "statuspage/FallbackPageRenderer.h"
#include "StatusPageFixtures.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using F = StatusPageFixtures;

namespace {

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

// The fallback page's machine-readable files: the Atom feeds and summary.json, in their published shapes.
class TestStatusPageFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atomFeedIsValid();
    void summaryJsonShape();
    void summaryIndicatorFollowsTheComponents_data();
    void summaryIndicatorFollowsTheComponents();

private:
    StatusPageFiles render(const StatusSnapshot& snapshot) const
    {
        return FallbackPageRenderer(m_paris, QStringLiteral(VIGIE_QM_DIR)).render(snapshot);
    }
    QTimeZone m_paris{"Europe/Paris"};
};

void TestStatusPageFeeds::atomFeedIsValid()
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

void TestStatusPageFeeds::summaryJsonShape()
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

void TestStatusPageFeeds::summaryIndicatorFollowsTheComponents_data()
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

void TestStatusPageFeeds::summaryIndicatorFollowsTheComponents()
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

QTEST_GUILESS_MAIN(TestStatusPageFeeds)
#include "tst_statuspagefeeds.moc"
