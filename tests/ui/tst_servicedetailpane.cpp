#include "charts/LatencyChart.h"
#include "detail/ServiceDetailPane.h"
#include "detail/StateChangeListModel.h"

#include "ManualClock.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

ServiceDefinition checkout()
{
    ServiceDefinition def;
    def.id = 12;
    def.name = QStringLiteral("Checkout API");
    def.group = QStringLiteral("Payments");
    def.target = QStringLiteral("https://127.0.0.1:8443/health");
    return def;
}

ServiceHistory history(qint64 serviceId, qint64 nowMs)
{
    ServiceHistory h;
    h.serviceId = serviceId;
    h.fromMs = nowMs - 24 * kHourMs;
    h.toMs = nowMs;
    for (qint64 t = h.fromMs; t < h.toMs; t += kMinuteMs) {
        const auto minute = static_cast<double>((t - h.fromMs) / kMinuteMs);
        RollupPoint p;
        p.minuteMs = t;
        p.count = 2;
        const bool outage = t > nowMs - 3 * kHourMs && t < nowMs - 2 * kHourMs;
        p.failures = outage ? 2 : 0;
        p.avgMs = 120 + 40 * std::sin(minute / 90.0) + (static_cast<int>(minute) % 13);
        p.p95Ms = p.avgMs * 1.6 + 20;
        p.minMs = p.avgMs * 0.7;
        p.maxMs = p.p95Ms + 30;
        h.rollups << p;
    }
    h.changes = {
        StateChange{1, serviceId, nowMs - 20 * kHourMs, ServiceState::Unknown, ServiceState::Up, QString()},
        StateChange{2, serviceId, nowMs - 3 * kHourMs, ServiceState::Up, ServiceState::Down,
                    QStringLiteral("Connection refused by 127.0.0.1:8443")},
        StateChange{3, serviceId, nowMs - 2 * kHourMs, ServiceState::Down, ServiceState::Up, QString()},
        StateChange{4, serviceId, nowMs - 12 * kMinuteMs, ServiceState::Up, ServiceState::Degraded,
                    QStringLiteral("Slow: 1830 ms, above 1000 ms")},
    };
    return h;
}

} // namespace

class TestServiceDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showServiceRequestsTheCurrentRange();
    void rangeButtonsRequestTheirSpan_data();
    void rangeButtonsRequestTheirSpan();
    void showHistoryFillsTheList();
    void historyOfAnotherServiceIsIgnored();
    void shortHistoryShowsItsRawResults();
    void stateChangeUpdatesHeaderAndList();
    void liveResultsOnlyForTheShownService();
    void declareIsOfferedForOutages();
    void screenshot();
};

void TestServiceDetailPane::showServiceRequestsTheCurrentRange()
{
    ManualClock clock;
    ServiceDetailPane pane(clock);
    QSignalSpy requested(&pane, &ServiceDetailPane::historyRequested);
    pane.showService(checkout(), ServiceState::Up, clock.nowMs() - kHourMs, QString());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().at(0).toLongLong(), 12);
    QCOMPARE(requested.last().at(1).toLongLong(),
             clock.nowMs() - kHourMs); // the default range: the last hour
    QCOMPARE(requested.last().at(2).toLongLong(), clock.nowMs());
    // Same service again (e.g. its definition changed): no new request.
    pane.showService(checkout(), ServiceState::Down, clock.nowMs(), QStringLiteral("refused"));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailReason"))->text(), QStringLiteral("refused"));
}

void TestServiceDetailPane::rangeButtonsRequestTheirSpan_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<qint64>("spanMs");
    QTest::newRow("1 h") << int(ServiceDetailPane::Range::LastHour) << kHourMs;
    QTest::newRow("24 h") << int(ServiceDetailPane::Range::LastDay) << 24 * kHourMs;
    QTest::newRow("7 d") << int(ServiceDetailPane::Range::LastWeek) << 7 * 24 * kHourMs;
}

void TestServiceDetailPane::rangeButtonsRequestTheirSpan()
{
    QFETCH(int, range);
    QFETCH(qint64, spanMs);
    ManualClock clock;
    ServiceDetailPane pane(clock);
    pane.showService(checkout(), ServiceState::Up, clock.nowMs(), QString());
    clock.advanceMs(5 * kMinuteMs); // the request uses the clock's now at click time
    QSignalSpy requested(&pane, &ServiceDetailPane::historyRequested);
    QAbstractButton* button = pane.rangeButton(static_cast<ServiceDetailPane::Range>(range));
    QVERIFY(button);
    button->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().at(0).toLongLong(), 12);
    QCOMPARE(requested.last().at(2).toLongLong(), clock.nowMs());
    QCOMPARE(requested.last().at(2).toLongLong() - requested.last().at(1).toLongLong(), spanMs);
    QVERIFY(button->isChecked());
    QCOMPARE(int(pane.range()), range);
}

void TestServiceDetailPane::showHistoryFillsTheList()
{
    ManualClock clock;
    ServiceDetailPane pane(clock);
    pane.resize(700, 600);
    pane.showService(checkout(), ServiceState::Degraded, clock.nowMs() - 12 * kMinuteMs, QString());
    pane.showHistory(history(12, clock.nowMs()));
    StateChangeListModel* changes = pane.stateChangeModel();
    QCOMPARE(changes->rowCount(), 4);
    QCOMPARE(changes->changeAt(0).id, 4); // newest first
    QCOMPARE(changes->index(2, StateChangeListModel::Reason).data().toString(),
             QStringLiteral("Connection refused by 127.0.0.1:8443"));
    QVERIFY(pane.latencyChart()->avgPointCount() > 0);
    QVERIFY(pane.latencyChart()->failurePointCount() > 0);
}

void TestServiceDetailPane::historyOfAnotherServiceIsIgnored()
{
    ManualClock clock;
    ServiceDetailPane pane(clock);
    pane.showService(checkout(), ServiceState::Up, clock.nowMs(), QString());
    pane.showHistory(history(99, clock.nowMs()));
    QCOMPARE(pane.stateChangeModel()->rowCount(), 0);
    QCOMPARE(pane.latencyChart()->avgPointCount(), 0);
}

void TestServiceDetailPane::shortHistoryShowsItsRawResults()
{
    ManualClock clock;
    ServiceDetailPane pane(clock);
    pane.resize(700, 600);
    pane.showService(checkout(), ServiceState::Up, clock.nowMs() - kHourMs, QString());
    ServiceHistory h;
    h.serviceId = 12;
    h.fromMs = clock.nowMs() - kHourMs;
    h.toMs = clock.nowMs();
    for (int i = 0; i < 6; ++i) {
        CheckResult r;
        r.serviceId = 12;
        r.startedAtMs = h.fromMs + i * 10 * kMinuteMs;
        r.outcome = i == 3 ? CheckResult::Outcome::Down : CheckResult::Outcome::Up;
        r.totalUs = 90'000;
        h.results << r;
    }
    pane.showHistory(h);
    QCOMPARE(pane.latencyChart()->rawPointCount(), 6);
    QVERIFY(!pane.latencyChart()->showsNoDataMessage());
}

void TestServiceDetailPane::stateChangeUpdatesHeaderAndList()
{
    ManualClock clock;
    ServiceDetailPane pane(clock);
    pane.showService(checkout(), ServiceState::Up, clock.nowMs() - kHourMs, QString());
    pane.showHistory(history(12, clock.nowMs()));
    clock.advanceMs(kMinuteMs);
    pane.applyStateChange(StateChange{5, 12, clock.nowMs(), ServiceState::Degraded, ServiceState::Down,
                                      QStringLiteral("HTTP 503")});
    pane.applyStateChange(StateChange{6, 77, clock.nowMs(), ServiceState::Up, ServiceState::Down, QString()});
    QCOMPARE(pane.stateChangeModel()->rowCount(), 5);
    QCOMPARE(pane.stateChangeModel()->changeAt(0).id, 5);
    QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailState"))->text(),
             serviceStateLabel(ServiceState::Down));
    QCOMPARE(pane.findChild<QLabel*>(QStringLiteral("detailReason"))->text(), QStringLiteral("HTTP 503"));
}

void TestServiceDetailPane::liveResultsOnlyForTheShownService()
{
    ManualClock clock;
    ServiceDetailPane pane(clock);
    pane.showService(checkout(), ServiceState::Up, clock.nowMs(), QString());
    CheckResult mine;
    mine.serviceId = 12;
    mine.startedAtMs = clock.nowMs();
    mine.outcome = CheckResult::Outcome::Up;
    mine.totalUs = 85'000;
    mine.httpCode = 200;
    CheckResult other = mine;
    other.serviceId = 3;
    CheckResult failed = mine;
    failed.startedAtMs += 30'000;
    failed.outcome = CheckResult::Outcome::Down;
    failed.reason = QStringLiteral("refused");
    pane.applyResults({mine, other, failed});
    QCOMPARE(pane.latencyChart()->liveRingSize(), 2);
    QCOMPARE(pane.latencyChart()->livePointCount(), 1);
    QCOMPARE(pane.latencyChart()->failurePointCount(), 1);
}

void TestServiceDetailPane::declareIsOfferedForOutages()
{
    ManualClock clock;
    ServiceDetailPane pane(clock);
    pane.show();
    pane.showService(checkout(), ServiceState::Up, clock.nowMs() - kHourMs, QString());
    auto* declare = pane.findChild<QAbstractButton*>(QStringLiteral("detailDeclare"));
    QVERIFY(declare);
    QVERIFY(!declare->isVisible()); // nothing is wrong: nothing to declare

    // A DOWN band clicked on the timeline: declare from that outage, started when the band started.
    const qint64 outageStart = clock.nowMs() - 3 * kHourMs;
    pane.showPeriod(outageStart - kHourMs, outageStart + kHourMs, outageStart);
    QVERIFY(declare->isVisible());
    QVERIFY(declare->text().contains(QStringLiteral("outage")));
    QSignalSpy spy(&pane, &ServiceDetailPane::declareRequested);
    declare->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), checkout().id);
    QCOMPARE(spy.first().at(1).toLongLong(), outageStart);

    // Back to a range ending now while the service is down: declare from the current outage.
    pane.setRange(ServiceDetailPane::Range::LastHour);
    QVERIFY(!declare->isVisible());
    StateChange change;
    change.serviceId = checkout().id;
    change.atMs = clock.nowMs() - 5 * kMinuteMs;
    change.from = ServiceState::Up;
    change.to = ServiceState::Down;
    pane.applyStateChange(change);
    QVERIFY(declare->isVisible());
    declare->click();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().at(1).toLongLong(), change.atMs);
}

void TestServiceDetailPane::screenshot()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 21), QTime(14, 30)).toMSecsSinceEpoch());
    ServiceDetailPane pane(clock);
    pane.resize(760, 640);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showService(checkout(), ServiceState::Degraded, clock.nowMs() - 12 * kMinuteMs,
                     QStringLiteral("Slow: 1830 ms, above 1000 ms"));
    pane.showHistory(history(12, clock.nowMs()));
    QCOMPARE(pane.stateChangeModel()->rowCount(), 4);
    const QPixmap shot = pane.grab();
    QVERIFY(!shot.isNull());
    // Only when asked: a picture for a person to look at, never a committed artefact.
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("vigie-detail.png"))));
}

QTEST_MAIN(TestServiceDetailPane)
#include "tst_servicedetailpane.moc"
