#include "comms/MessageDraft.h"
#include "publish/ChannelConfig.h"
#include "publish/Delivery.h"
#include "publish/live/LiveCheckPlan.h"

#include <QTest>

// Which public address proves that a sent delivery is live, per channel type, and which channels have
// none: a status page's public API, Cachet's public API, the fallback page's own HTML.
class TestLiveCheckPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void carriesTheDeliveryAndTheNormalisedBody();
    void boundsTheTimeout_data();
    void boundsTheTimeout();
};

using Settings = QVariantMap;

void TestLiveCheckPlan::plans_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Settings>("settings");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("urls"); // empty: no plan
    QTest::addColumn<QStringList>("scopes");

    const int sent = int(Delivery::State::Sent);
    const QString body = QStringLiteral("We are investigating.");
    const auto s = [](std::initializer_list<std::pair<QString, QVariant>> pairs) {
        Settings settings;
        for (const auto& [key, value] : pairs)
            settings.insert(key, value);
        return settings;
    };

    QTest::newRow("statuspage")
        << QStringLiteral("statuspage")
        << s({{QStringLiteral("page_id"), QStringLiteral("p1")},
              {QStringLiteral("public_url"), QStringLiteral("https://status.example.org/")}})
        << sent << QStringLiteral("inc42") << QStringLiteral("en") << body
        << QStringList{QStringLiteral("https://status.example.org/api/v2/incidents.json")}
        << QStringList{QStringLiteral("inc42")};
    QTest::newRow("statuspage without public_url")
        << QStringLiteral("statuspage") << s({{QStringLiteral("page_id"), QStringLiteral("p1")}}) << sent
        << QStringLiteral("inc42") << QStringLiteral("en") << body << QStringList() << QStringList();
    QTest::newRow("statuspage without incident id")
        << QStringLiteral("statuspage")
        << s({{QStringLiteral("public_url"), QStringLiteral("https://status.example.org")}}) << sent
        << QString() << QStringLiteral("en") << body << QStringList() << QStringList();
    QTest::newRow("cachet2")
        << QStringLiteral("cachet2")
        << s({{QStringLiteral("api_base"), QStringLiteral("https://status.example.org/")}}) << sent
        << QStringLiteral("17") << QStringLiteral("en") << body
        << QStringList{QStringLiteral("https://status.example.org/api/v1/incidents/17"),
                       QStringLiteral("https://status.example.org/api/v1/incidents/17/updates")}
        << QStringList{QString(), QString()};
    QTest::newRow("cachet3 in a sub-folder")
        << QStringLiteral("cachet3")
        << s({{QStringLiteral("api_base"), QStringLiteral("http://127.0.0.1:8080/status")}}) << sent
        << QStringLiteral("5") << QStringLiteral("fr") << body
        << QStringList{QStringLiteral("http://127.0.0.1:8080/status/api/incidents/5"),
                       QStringLiteral("http://127.0.0.1:8080/status/api/incidents/5/updates")}
        << QStringList{QString(), QString()};
    QTest::newRow("cachet with version setting")
        << QStringLiteral("cachet")
        << s({{QStringLiteral("api_base"), QStringLiteral("https://s.example.org")},
              {QStringLiteral("version"), 3}})
        << sent << QStringLiteral("9") << QStringLiteral("en") << body
        << QStringList{QStringLiteral("https://s.example.org/api/incidents/9"),
                       QStringLiteral("https://s.example.org/api/incidents/9/updates")}
        << QStringList{QString(), QString()};
    QTest::newRow("fallback page, English")
        << QStringLiteral("fallback-page")
        << s({{QStringLiteral("target"), QStringLiteral("folder")},
              {QStringLiteral("public_url"), QStringLiteral("https://status.example.org/")}})
        << sent << QStringLiteral("https://status.example.org/") << QStringLiteral("en") << body
        << QStringList{QStringLiteral("https://status.example.org/index.html")} << QStringList{QString()};
    QTest::newRow("fallback page, French")
        << QStringLiteral("fallback-page")
        << s({{QStringLiteral("public_url"), QStringLiteral("https://example.org/status")}}) << sent
        << QString() << QStringLiteral("fr") << body
        << QStringList{QStringLiteral("https://example.org/status/fr/index.html")} << QStringList{QString()};
    QTest::newRow("fallback page named by its page")
        << QStringLiteral("fallback-page")
        << s({{QStringLiteral("public_url"), QStringLiteral("https://example.org/status/index.html")}})
        << sent << QString() << QStringLiteral("en") << body
        << QStringList{QStringLiteral("https://example.org/status/index.html")} << QStringList{QString()};
    QTest::newRow("fallback page without public_url")
        << QStringLiteral("fallback-page") << s({{QStringLiteral("target"), QStringLiteral("folder")}})
        << sent << QString() << QStringLiteral("en") << body << QStringList() << QStringList();
    QTest::newRow("public_url not http")
        << QStringLiteral("fallback-page")
        << s({{QStringLiteral("public_url"), QStringLiteral("file:///srv/status")}}) << sent << QString()
        << QStringLiteral("en") << body << QStringList() << QStringList();
    QTest::newRow("verify_live off") << QStringLiteral("fallback-page")
                                     << s({{QStringLiteral("public_url"),
                                            QStringLiteral("https://status.example.org")},
                                           {QStringLiteral("verify_live"), false}})
                                     << sent << QString() << QStringLiteral("en") << body << QStringList()
                                     << QStringList();
    QTest::newRow("not sent yet") << QStringLiteral("fallback-page")
                                  << s({{QStringLiteral("public_url"),
                                         QStringLiteral("https://status.example.org")}})
                                  << int(Delivery::State::Retrying) << QString() << QStringLiteral("en")
                                  << body << QStringList() << QStringList();
    QTest::newRow("empty body") << QStringLiteral("fallback-page")
                                << s({{QStringLiteral("public_url"),
                                       QStringLiteral("https://status.example.org")}})
                                << sent << QString() << QStringLiteral("en") << QStringLiteral(" \n ")
                                << QStringList() << QStringList();
    for (const char* type :
         {"smtp", "slack", "discord", "teams", "mattermost", "telegram", "mastodon", "bluesky", "webhook"}) {
        QTest::newRow(type) << QString::fromLatin1(type)
                            << s({{QStringLiteral("public_url"),
                                   QStringLiteral("https://status.example.org")},
                                  {QStringLiteral("api_base"), QStringLiteral("https://example.org")}})
                            << sent << QStringLiteral("123") << QStringLiteral("en") << body << QStringList()
                            << QStringList();
    }
}

void TestLiveCheckPlan::plans()
{
    QFETCH(QString, type);
    QFETCH(Settings, settings);
    QFETCH(int, state);
    QFETCH(QString, externalId);
    QFETCH(QString, language);
    QFETCH(QString, body);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, scopes);

    ChannelConfig channel;
    channel.name = QStringLiteral("Public");
    channel.type = type;
    channel.settings = settings;
    Delivery delivery;
    delivery.id = QStringLiteral("d1");
    delivery.state = Delivery::State(state);
    delivery.externalId = externalId;
    delivery.sentAtMs = 1'700'000'000'000;
    MessageDraft draft;
    draft.language = language;
    draft.body = body;

    const std::optional<LiveCheckPlan> plan = LiveCheckPlan::forDelivery(channel, delivery, draft);
    QCOMPARE(plan.has_value(), !urls.isEmpty());
    if (!plan)
        return;
    QStringList planned;
    QStringList plannedScopes;
    for (const LiveCheckPlan::Source& source : plan->sources) {
        planned.append(source.url.toString());
        plannedScopes.append(source.scopeId);
    }
    QCOMPARE(planned, urls);
    QCOMPARE(plannedScopes, scopes);
}

void TestLiveCheckPlan::carriesTheDeliveryAndTheNormalisedBody()
{
    ChannelConfig channel;
    channel.name = QStringLiteral("Fallback");
    channel.type = QStringLiteral("fallback-page");
    channel.settings.insert(QStringLiteral("public_url"),
                            QStringLiteral("https://user:pw@status.example.org/"));
    Delivery delivery;
    delivery.id = QStringLiteral("d7");
    delivery.state = Delivery::State::Sent;
    delivery.updatedAtMs = 1'700'000'100'000;
    delivery.sentAtMs = 1'700'000'000'000;
    MessageDraft draft;
    draft.body = QStringLiteral("  We are\n\nINVESTIGATING <slow> searches. ");
    const auto plan = LiveCheckPlan::forDelivery(channel, delivery, draft);
    QVERIFY(plan);
    QCOMPARE(plan->deliveryId, QStringLiteral("d7"));
    QCOMPARE(plan->channelName, QStringLiteral("Fallback"));
    QCOMPARE(plan->sentAtMs, 1'700'000'000'000);
    QCOMPARE(plan->expectedText, QStringLiteral("we are investigating <slow> searches."));
    // What a person is shown never carries the credentials of the address.
    QCOMPARE(LiveCheckPlan::displayUrl(plan->sources.first().url),
             QStringLiteral("https://status.example.org/index.html"));
}

void TestLiveCheckPlan::boundsTheTimeout_data()
{
    QTest::addColumn<QVariant>("setting");
    QTest::addColumn<int>("timeoutMs");
    QTest::newRow("default") << QVariant() << 10'000;
    QTest::newRow("channel's own") << QVariant(4'000) << 4'000;
    QTest::newRow("capped") << QVariant(600'000) << 30'000;
    QTest::newRow("nonsense") << QVariant(QStringLiteral("soon")) << 10'000;
}

void TestLiveCheckPlan::boundsTheTimeout()
{
    QFETCH(QVariant, setting);
    QFETCH(int, timeoutMs);
    ChannelConfig channel;
    channel.type = QStringLiteral("fallback-page");
    channel.settings.insert(QStringLiteral("public_url"), QStringLiteral("https://status.example.org/"));
    if (setting.isValid())
        channel.settings.insert(QStringLiteral("timeout_ms"), setting);
    Delivery delivery;
    delivery.state = Delivery::State::Sent;
    MessageDraft draft;
    draft.body = QStringLiteral("Up again.");
    const auto plan = LiveCheckPlan::forDelivery(channel, delivery, draft);
    QVERIFY(plan);
    QCOMPARE(plan->timeoutMs, timeoutMs);
}

QTEST_GUILESS_MAIN(TestLiveCheckPlan)
#include "tst_livecheckplan.moc"
