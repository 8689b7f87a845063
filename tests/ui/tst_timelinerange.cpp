#include "timeline/TimelineRange.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kNow = 1'700'000'000'000;
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;

} // namespace

class TestTimelineRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsEndAtNow_data();
    void presetsEndAtNow();
    void zoomKeepsTheAnchorInPlace();
    void zoomIsClampedToAMinuteAndAYear();
    void panTurnsAPresetIntoACustomRange();
    void panStopsShortOfTheFuture();
    void saveRestore_data();
    void saveRestore();
    void restoreWithoutSettingsFallsBack();
};

void TestTimelineRange::presetsEndAtNow_data()
{
    QTest::addColumn<TimelineRange::Preset>("preset");
    QTest::addColumn<qint64>("span");
    QTest::newRow("last hour") << TimelineRange::Preset::LastHour << kHour;
    QTest::newRow("24 h") << TimelineRange::Preset::Last24Hours << kDay;
    QTest::newRow("7 days") << TimelineRange::Preset::Last7Days << 7 * kDay;
    QTest::newRow("30 days") << TimelineRange::Preset::Last30Days << 30 * kDay;
    QTest::newRow("90 days") << TimelineRange::Preset::Last90Days << 90 * kDay;
}

void TestTimelineRange::presetsEndAtNow()
{
    QFETCH(TimelineRange::Preset, preset);
    QFETCH(qint64, span);
    const TimelineRange r = TimelineRange::fromPreset(preset, kNow);
    QCOMPARE(r.toMs(), kNow);
    QCOMPARE(r.fromMs(), kNow - span);
    QCOMPARE(r.preset(), preset);
    QVERIFY(r.followsNow());
    QCOMPARE(r.slidTo(kNow + kHour).toMs(), kNow + kHour);
    QCOMPARE(r.slidTo(kNow + kHour).spanMs(), span);
}

void TestTimelineRange::zoomKeepsTheAnchorInPlace()
{
    const TimelineRange r = TimelineRange::custom(kNow - 10 * kDay, kNow - 2 * kDay, kNow);
    const qint64 anchor = kNow - 8 * kDay; // a quarter into the range
    const TimelineRange in = r.zoomed(0.5, anchor, kNow);
    QCOMPARE(in.spanMs(), 4 * kDay);
    QCOMPARE(in.fromMs(), anchor - kDay);
    QCOMPARE(in.toMs(), anchor + 3 * kDay);
    QCOMPARE(in.preset(), TimelineRange::Preset::Custom);
    QVERIFY(!in.followsNow());
}

void TestTimelineRange::zoomIsClampedToAMinuteAndAYear()
{
    const TimelineRange r = TimelineRange::fromPreset(TimelineRange::Preset::LastHour, kNow);
    const TimelineRange tiny = r.zoomed(1e-6, kNow - 30 * kMin, kNow);
    QCOMPARE(tiny.spanMs(), TimelineRange::kMinSpanMs);
    const TimelineRange huge = r.zoomed(1e6, kNow - 30 * kMin, kNow);
    QCOMPARE(huge.spanMs(), 365 * kDay);
    QVERIFY(huge.toMs() <= kNow + TimelineRange::futureSlackMs(huge.spanMs()));
}

void TestTimelineRange::panTurnsAPresetIntoACustomRange()
{
    const TimelineRange r = TimelineRange::fromPreset(TimelineRange::Preset::Last24Hours, kNow);
    const TimelineRange back = r.panned(-6 * kHour, kNow);
    QCOMPARE(back.fromMs(), kNow - 30 * kHour);
    QCOMPARE(back.toMs(), kNow - 6 * kHour);
    QCOMPARE(back.preset(), TimelineRange::Preset::Custom);
    QVERIFY(!back.followsNow());
    // Panning back to now follows now again.
    QVERIFY(back.panned(6 * kHour, kNow).followsNow());
}

void TestTimelineRange::panStopsShortOfTheFuture()
{
    const TimelineRange r = TimelineRange::fromPreset(TimelineRange::Preset::Last24Hours, kNow);
    const TimelineRange ahead = r.panned(30 * kDay, kNow);
    QCOMPARE(ahead.spanMs(), kDay);
    QCOMPARE(ahead.toMs(), kNow + kDay / 10);
}

void TestTimelineRange::saveRestore_data()
{
    QTest::addColumn<TimelineRange>("saved");
    QTest::addColumn<qint64>("restoredFrom");
    QTest::addColumn<qint64>("restoredTo");
    // Restored a day later: presets and ranges that ended at now follow now; a fixed period stays put.
    const qint64 later = kNow + kDay;
    QTest::newRow("preset 7 days") << TimelineRange::fromPreset(TimelineRange::Preset::Last7Days, kNow)
                                   << later - 7 * kDay << later;
    QTest::newRow("zoomed, ending at now")
        << TimelineRange::fromPreset(TimelineRange::Preset::Last24Hours, kNow).zoomed(0.25, kNow, kNow)
        << later - 6 * kHour << later;
    QTest::newRow("fixed period") << TimelineRange::custom(kNow - 5 * kDay, kNow - 4 * kDay, kNow)
                                  << kNow - 5 * kDay << kNow - 4 * kDay;
}

void TestTimelineRange::saveRestore()
{
    QFETCH(TimelineRange, saved);
    QFETCH(qint64, restoredFrom);
    QFETCH(qint64, restoredTo);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("vigie.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        saved.save(settings, QStringLiteral("timeline/range"));
    }
    QSettings settings(path, QSettings::IniFormat);
    const TimelineRange restored =
        TimelineRange::restore(settings, QStringLiteral("timeline/range"), kNow + kDay);
    QCOMPARE(restored.fromMs(), restoredFrom);
    QCOMPARE(restored.toMs(), restoredTo);
    QCOMPARE(restored.preset(), saved.preset());
}

void TestTimelineRange::restoreWithoutSettingsFallsBack()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const TimelineRange r = TimelineRange::restore(settings, QStringLiteral("timeline/range"), kNow,
                                                   TimelineRange::Preset::Last7Days);
    QCOMPARE(r.preset(), TimelineRange::Preset::Last7Days);
    QCOMPARE(r.toMs(), kNow);
}

QTEST_GUILESS_MAIN(TestTimelineRange)
#include "tst_timelinerange.moc"
