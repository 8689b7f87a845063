#include "style/StateStyle.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineView.h"
#include "timeline/UptimeTableModel.h"

#include "ManualClock.h"
#include "TimelineHistoryGenerator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kDay = 24 * 60 * kMin;
constexpr qint64 kNow = 1'717'243'200'000; // 2024-06-01 12:00 UTC, 14:00 in Paris

ServiceDefinition service(qint64 id, const QString& name, const QString& group)
{
    ServiceDefinition def;
    def.id = id;
    def.name = name;
    def.group = group;
    return def;
}

StateBand band(qint64 id, ServiceState state, qint64 start, qint64 end, const QString& reason = {},
               bool known = true)
{
    return StateBand{id, state, start, end, reason, known};
}

// Checkout API: up, down 20 min, degraded 20 min, up. Login: no data, then paused. Mail relay (own group):
// up.
struct Fixture
{
    ManualClock clock{kNow};
    TimelineModel model{clock};
    TimelineView view{&model, clock};

    Fixture()
    {
        model.setServices({service(1, QStringLiteral("Checkout API"), QStringLiteral("Payments")),
                           service(2, QStringLiteral("Login"), QStringLiteral("Payments")),
                           service(3, QStringLiteral("Mail relay"), QStringLiteral("Network"))});
        model.setBands(1, {band(1, ServiceState::Up, kNow - 100 * kMin, kNow - 60 * kMin),
                           band(1, ServiceState::Down, kNow - 60 * kMin, kNow - 40 * kMin,
                                QStringLiteral("Connection refused by 127.0.0.1:8443")),
                           band(1, ServiceState::Degraded, kNow - 40 * kMin, kNow - 20 * kMin),
                           band(1, ServiceState::Up, kNow - 20 * kMin, kNow)});
        model.setBands(2, {band(2, ServiceState::Unknown, kNow - 100 * kMin, kNow - 50 * kMin, {}, false),
                           band(2, ServiceState::Paused, kNow - 50 * kMin, kNow)});
        model.setBands(3, {band(3, ServiceState::Up, kNow - 100 * kMin, kNow)});
        view.setTimeZone(QTimeZone(QByteArrayLiteral("Europe/Paris")));
        view.resize(TimelineFrame::kNameWidth + 600 + 8, 240);
        // 110 minutes with now 10 minutes before the right edge.
        view.setRange(TimelineRange::custom(kNow - 100 * kMin, kNow + 10 * kMin, kNow));
        view.show();
    }
};

QColor pixel(const QImage& image, int x, int y)
{
    return image.pixelColor(x, y);
}

void sendWheel(QWidget* target, const QPoint& pos, int deltaY)
{
    QWheelEvent wheel(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, deltaY), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &wheel);
}

QString parisTime(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Europe/Paris")));
    return local.time().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsStateColoursAtTheirTimes_data();
    void paintsStateColoursAtTheirTimes();
    void paintsTheNowLine();
    void hoverShowsTheBand();
    void wheelZoomsAroundTheCursor();
    void dragPans();
    void shiftDragZoomsToTheSelection();
    void keysZoomPanAndReset();
    void groupRowsCollapseWithKeysAndClicks();
    void clickActivatesABand();
    void movingOutsideTheLoadedDataRequestsMore();
    void compactModePaintsDayBars();
    void panelWithAWeekOfHistory();
};

void TestTimelineView::paintsStateColoursAtTheirTimes_data()
{
    QTest::addColumn<qint64>("serviceId");
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("up before the outage")
        << qint64(1) << kNow - 80 * kMin << StateStyle::colorFor(ServiceState::Up);
    QTest::newRow("down") << qint64(1) << kNow - 50 * kMin << StateStyle::colorFor(ServiceState::Down);
    QTest::newRow("degraded") << qint64(1) << kNow - 30 * kMin
                              << StateStyle::colorFor(ServiceState::Degraded);
    QTest::newRow("paused") << qint64(2) << kNow - 25 * kMin << StateStyle::colorFor(ServiceState::Paused);
    QTest::newRow("other group up") << qint64(3) << kNow - 50 * kMin
                                    << StateStyle::colorFor(ServiceState::Up);
}

void TestTimelineView::paintsStateColoursAtTheirTimes()
{
    QFETCH(qint64, serviceId);
    QFETCH(qint64, atMs);
    QFETCH(QColor, expected);
    Fixture f;
    QVERIFY(QTest::qWaitForWindowExposed(&f.view));
    const QImage image = f.view.grab().toImage();
    const int x = f.view.xForTime(atMs);
    const int y = f.view.rowCenterY(serviceId);
    QVERIFY(y > 0);
    QCOMPARE(pixel(image, x, y), expected);
    // No data is a light grey hatch: never a state colour.
    const QColor noData = pixel(image, f.view.xForTime(kNow - 75 * kMin), f.view.rowCenterY(2));
    QVERIFY(noData == TimelinePainter::noDataColor() || noData == TimelinePainter::noDataHatchColor());
    // Nothing is painted in the future of a service's data.
    QCOMPARE(pixel(image, f.view.xForTime(kNow + 5 * kMin), f.view.rowCenterY(3)).lightness(), 255);
}

void TestTimelineView::paintsTheNowLine()
{
    Fixture f;
    const QImage image = f.view.grab().toImage();
    const int x = f.view.xForTime(kNow);
    const int y = f.view.rowCenterY(3);
    const bool onLine = pixel(image, x, y) == TimelinePainter::nowLineColor() ||
                        pixel(image, x - 1, y) == TimelinePainter::nowLineColor();
    QVERIFY(onLine);
    // The line moves with the clock once the view repaints.
    f.clock.advanceMs(5 * kMin);
    const QImage later = f.view.grab().toImage();
    const int x2 = f.view.xForTime(kNow + 5 * kMin);
    QVERIFY(x2 > x + 10);
    QVERIFY(pixel(later, x2, y) == TimelinePainter::nowLineColor() ||
            pixel(later, x2 - 1, y) == TimelinePainter::nowLineColor());
}

void TestTimelineView::hoverShowsTheBand()
{
    Fixture f;
    const QString text = f.view.toolTipAt(QPoint(f.view.xForTime(kNow - 50 * kMin), f.view.rowCenterY(1)));
    QVERIFY2(text.contains(QStringLiteral("Checkout API: Down")), qPrintable(text));
    QVERIFY2(text.contains(parisTime(kNow - 60 * kMin)), qPrintable(text)); // 13:00:00 in Paris
    QVERIFY2(text.contains(parisTime(kNow - 40 * kMin)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("13:00:00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("20 min")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reason: Connection refused by 127.0.0.1:8443")), qPrintable(text));

    const QString ongoing = f.view.toolTipAt(QPoint(f.view.xForTime(kNow - 10 * kMin), f.view.rowCenterY(1)));
    QVERIFY2(ongoing.contains(QStringLiteral("to now")), qPrintable(ongoing));
    const QString gap = f.view.toolTipAt(QPoint(f.view.xForTime(kNow - 70 * kMin), f.view.rowCenterY(2)));
    QVERIFY2(gap.contains(QStringLiteral("Login: No data")), qPrintable(gap));
    QVERIFY(f.view.toolTipAt(QPoint(5, 5)).isEmpty());
}

void TestTimelineView::wheelZoomsAroundTheCursor()
{
    Fixture f;
    QSignalSpy changed(&f.view, &TimelineView::rangeChanged);
    const TimelineRange before = f.view.range();
    const int x = f.view.xForTime(kNow - 50 * kMin);
    const qint64 anchor = f.view.timeAtX(x);
    sendWheel(f.view.viewport(), QPoint(x, f.view.rowCenterY(1)), 120);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f.view.range().spanMs(), qint64(before.spanMs() * 0.8));
    const qint64 msPerPixel = f.view.range().spanMs() / f.view.plotRect().width();
    QVERIFY(qAbs(f.view.timeAtX(x) - anchor) <= msPerPixel);
    sendWheel(f.view.viewport(), QPoint(x, f.view.rowCenterY(1)), -240);
    QVERIFY(f.view.range().spanMs() > before.spanMs());
}

void TestTimelineView::dragPans()
{
    Fixture f;
    const TimelineRange before = f.view.range();
    const qint64 msPerPx = before.spanMs() / f.view.plotRect().width();
    const int y = f.view.rowCenterY(3);
    QWidget* vp = f.view.viewport();
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, QPoint(500, y));
    QTest::mouseMove(vp, QPoint(550, y));
    QTest::mouseMove(vp, QPoint(600, y));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, QPoint(600, y));
    // Dragging right by 100 px shows 100 px worth of earlier time.
    QVERIFY(qAbs(f.view.range().fromMs() - (before.fromMs() - 100 * msPerPx)) <= 100);
    QCOMPARE(f.view.range().spanMs(), before.spanMs());
}

void TestTimelineView::shiftDragZoomsToTheSelection()
{
    Fixture f;
    QWidget* vp = f.view.viewport();
    const int y = f.view.rowCenterY(1);
    const int x0 = f.view.xForTime(kNow - 60 * kMin);
    const int x1 = f.view.xForTime(kNow - 40 * kMin);
    const qint64 t0 = f.view.timeAtX(x0);
    const qint64 t1 = f.view.timeAtX(x1);
    QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(x0, y));
    QTest::mouseMove(vp, QPoint((x0 + x1) / 2, y));
    QTest::mouseMove(vp, QPoint(x1, y));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, QPoint(x1, y));
    QCOMPARE(f.view.range().fromMs(), t0);
    QCOMPARE(f.view.range().toMs(), t1);
    // Right drag does the same.
    const TimelineRange zoomed = f.view.range();
    QTest::mousePress(vp, Qt::RightButton, Qt::NoModifier, QPoint(300, y));
    QTest::mouseMove(vp, QPoint(350, y));
    QTest::mouseMove(vp, QPoint(400, y));
    QTest::mouseRelease(vp, Qt::RightButton, Qt::NoModifier, QPoint(400, y));
    QVERIFY(f.view.range().spanMs() < zoomed.spanMs());
}

void TestTimelineView::keysZoomPanAndReset()
{
    Fixture f;
    f.view.setPreset(TimelineRange::Preset::Last24Hours);
    const TimelineRange day = f.view.range();
    QCOMPARE(day.spanMs(), kDay);
    QTest::keyClick(&f.view, Qt::Key_Plus);
    QCOMPARE(f.view.range().spanMs(), kDay / 2);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QCOMPARE(f.view.range().spanMs(), 2 * kDay);
    const TimelineRange wide = f.view.range();
    QTest::keyClick(&f.view, Qt::Key_Left);
    QCOMPARE(f.view.range().fromMs(), wide.fromMs() - wide.spanMs() / 5);
    QTest::keyClick(&f.view, Qt::Key_Home);
    QCOMPARE(f.view.range(), day);
    QTest::keyClick(&f.view, Qt::Key_Left);
    QTest::keyClick(&f.view, Qt::Key_0);
    QCOMPARE(f.view.range(), day);
}

void TestTimelineView::groupRowsCollapseWithKeysAndClicks()
{
    Fixture f;
    QVERIFY(f.view.rowCenterY(1) > 0);
    const TimelineRange before = f.view.range();
    QTest::keyClick(&f.view, Qt::Key_Down); // focus the "Network" group row (first in name order)
    QTest::keyClick(&f.view, Qt::Key_Down); // Mail relay
    QTest::keyClick(&f.view, Qt::Key_Down); // Payments
    QCOMPARE(f.view.focusedRow(), 2);
    QTest::keyClick(&f.view, Qt::Key_Left);
    QVERIFY(!f.view.isGroupExpanded(QStringLiteral("Payments")));
    QCOMPARE(f.view.rowCenterY(1), -1);
    QCOMPARE(f.view.range(), before); // the key went to the group, not the axis
    QTest::keyClick(&f.view, Qt::Key_Right);
    QVERIFY(f.view.rowCenterY(1) > 0);
    // A click on the group's name toggles it too.
    const QPoint header(40, f.view.groupRowCenterY(QStringLiteral("Network")));
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, header);
    QCOMPARE(f.view.rowCenterY(3), -1);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, header);
    QVERIFY(f.view.rowCenterY(3) > 0);
}

void TestTimelineView::clickActivatesABand()
{
    Fixture f;
    QSignalSpy activated(&f.view, &TimelineView::bandActivated);
    QTest::mouseClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(f.view.xForTime(kNow - 50 * kMin), f.view.rowCenterY(1)));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), 1);
    const auto b = activated.at(0).at(1).value<StateBand>();
    QCOMPARE(b.state, ServiceState::Down);
    QCOMPARE(b.startMs, kNow - 60 * kMin);
    QCOMPARE(b.endMs, kNow - 40 * kMin);
}

void TestTimelineView::movingOutsideTheLoadedDataRequestsMore()
{
    Fixture f;
    f.view.setLoadedRange(kNow - 100 * kMin, kNow);
    QSignalSpy requested(&f.view, &TimelineView::rangeRequested);
    QTest::keyClick(&f.view, Qt::Key_Plus); // zooming in stays inside the loaded data
    QCOMPARE(requested.size(), 0);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QTest::keyClick(&f.view, Qt::Key_Minus);
    QCOMPARE(requested.size(), 1);
    QVERIFY(requested.at(0).at(0).toLongLong() <= f.view.range().fromMs());
    QVERIFY(requested.at(0).at(1).toLongLong() <= kNow);
}

void TestTimelineView::compactModePaintsDayBars()
{
    Fixture f;
    const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(kNow, paris).date();
    const qint64 outage = QDateTime(today.addDays(-2), QTime(10, 0), paris).toMSecsSinceEpoch();
    f.model.setBands(1, {band(1, ServiceState::Up, kNow - 100 * kDay, outage),
                         band(1, ServiceState::Down, outage, outage + 5 * kMin),
                         band(1, ServiceState::Up, outage + 5 * kMin, kNow)});
    f.view.setCompactMode(true);
    const QImage image = f.view.grab().toImage();
    const QRect plot = f.view.plotRect();
    const double slot = double(plot.width()) / TimelineFrame::kCompactDays;
    const int y = f.view.rowCenterY(1);
    const auto dayX = [&](int daysAgo) {
        return plot.left() + int((TimelineFrame::kCompactDays - 1 - daysAgo + 0.4) * slot);
    };
    QCOMPARE(pixel(image, dayX(2), y), StateStyle::colorFor(ServiceState::Down));
    QCOMPARE(pixel(image, dayX(10), y), StateStyle::colorFor(ServiceState::Up));
    QCOMPARE(pixel(image, dayX(0), y), StateStyle::colorFor(ServiceState::Up));
    const QString tip = f.view.toolTipAt(QPoint(dayX(2), y));
    QVERIFY2(tip.contains(QStringLiteral("Worst state: Down")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Down: 5 min")), qPrintable(tip));
}

void TestTimelineView::panelWithAWeekOfHistory()
{
    ManualClock clock(kNow);
    TimelinePanel panel(clock);
    QSignalSpy requested(&panel, &TimelinePanel::timelineRequested);
    const QList<ServiceDefinition> services = TimelineHistoryGenerator::services(20);
    const auto bands = TimelineHistoryGenerator::bands(services, kNow - 7 * kDay, kNow);
    panel.timelineModel()->setServices(services);
    panel.presetButton(TimelineRange::Preset::Last7Days)->click();
    QCOMPARE(panel.view()->range().spanMs(), 7 * kDay);
    QCOMPARE(requested.size(), 1);
    panel.setTimeline(bands, kNow - 7 * kDay, kNow);

    QList<UptimeRow> rows;
    for (const ServiceDefinition& def : services) {
        qint64 up = 0;
        qint64 down = 0;
        for (const StateBand& b : bands.value(def.id)) {
            if (b.known && b.state == ServiceState::Down)
                down += b.durationMs();
            else if (b.known && b.state != ServiceState::Paused)
                up += b.durationMs();
        }
        const double uptime = up + down > 0 ? 100.0 * up / (up + down) : -1;
        const double budget = 100 - def.slaTargetPercent;
        rows.append(UptimeRow{def.id, def.name, def.group, def.slaTargetPercent, uptime, uptime, uptime,
                              uptime, uptime, down / 60'000.0, 100 * (budget - (100 - uptime)) / budget});
    }
    panel.setUptimeRows(rows);
    panel.resize(1280, 820);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.uptimeTable()->model()->rowCount(), 20);
    QVERIFY(panel.presetButton(TimelineRange::Preset::Last7Days)->isChecked());

    const QImage shot = panel.grab().toImage();
    // Payments sorts after Data, Identity, Integrations and Network: scroll down to it.
    panel.view()->verticalScrollBar()->setValue(panel.view()->verticalScrollBar()->maximum());
    const QImage timeline = panel.view()->grab().toImage();
    QVERIFY(panel.view()->rowCenterY(2) > panel.view()->plotRect().top());
    QVERIFY(panel.view()->rowCenterY(2) < timeline.height());
    // The shared Payments incident shows on the Checkout API row.
    const qint64 incident = kNow - 7 * kDay + 7 * kDay * 2 / 3 + 20 * kMin;
    QCOMPARE(pixel(timeline, panel.view()->xForTime(incident), panel.view()->rowCenterY(2)),
             StateStyle::colorFor(ServiceState::Down));
    const QString dir = qEnvironmentVariable("VIGIE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("vigie-timeline.png"))));
        panel.compactButton()->click();
        QVERIFY(panel.grab().save(QDir(dir).filePath(QStringLiteral("vigie-timeline-compact.png"))));
    }
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
