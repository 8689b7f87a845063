#include "history/IncidentHistory.h"

#include <QDateTime>
#include <QTest>

namespace {

constexpr qint64 kMin = 60'000;

qint64 utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

// An incident started at `startedMs`, detected and resolved that many minutes later (-1: not reached).
Incident incident(const QString& reference, Severity severity, qint64 startedMs, int detectAfterMin = -1,
                  int resolveAfterMin = -1)
{
    Incident made;
    made.id = reference;
    made.reference = reference;
    made.severity = severity;
    made.declaredAtMs = startedMs;
    made.moments.startedMs = startedMs;
    if (detectAfterMin >= 0)
        made.moments.detectedMs = startedMs + detectAfterMin * kMin;
    if (resolveAfterMin >= 0) {
        made.moments.resolvedMs = startedMs + resolveAfterMin * kMin;
        made.status = IncidentStatus::Resolved;
    }
    return made;
}

IncidentHistory::Range months(int firstYear, int firstMonth, int lastYear, int lastMonth)
{
    return {QDate(firstYear, firstMonth, 1), QDate(lastYear, lastMonth, 1)};
}

using Counts = QList<int>; // per month: SEV1, SEV2, SEV3, SEV4, total

Counts countsOf(const IncidentHistory::Period& period)
{
    return {period.bySeverity[0], period.bySeverity[1], period.bySeverity[2], period.bySeverity[3],
            period.total};
}

} // namespace

// The history's arithmetic against cases worked out by hand: months in a zone, empty months, means and
// medians (odd and even counts), incidents not yet detected or resolved, drills and maintenances.
class TestIncidentHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durationStats_data();
    void durationStats();
    void monthInZone_data();
    void monthInZone();
    void countsPerMonthAndSeverity();
    void timesPerMonthAndOverall();
    void incidentsWithoutDetectOrResolve();
    void drillsAndMaintenances();
    void ranges_data();
    void ranges();
    void spanningRangeCoversEveryIncident();
    void incidentsOutsideTheRangeDoNotCount();
    void countsInTheChosenZone();
};

void TestIncidentHistory::durationStats_data()
{
    QTest::addColumn<QList<qint64>>("spans");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("outOfOrder");
    QTest::addColumn<qint64>("mean");
    QTest::addColumn<qint64>("median");

    QTest::newRow("none") << QList<qint64>{} << 0 << 0 << qint64(0) << qint64(0);
    QTest::newRow("one") << QList<qint64>{7 * kMin} << 1 << 0 << 7 * kMin << 7 * kMin;
    // 3, 5, 100 min: mean 108/3 = 36, median the middle one, 5.
    QTest::newRow("odd count") << QList<qint64>{100 * kMin, 3 * kMin, 5 * kMin} << 3 << 0 << 36 * kMin
                               << 5 * kMin;
    // 2, 4, 10, 20 min: mean 36/4 = 9, median (4 + 10) / 2 = 7.
    QTest::newRow("even count") << QList<qint64>{20 * kMin, 2 * kMin, 10 * kMin, 4 * kMin} << 4 << 0
                                << 9 * kMin << 7 * kMin;
    // 1 and 2 ms: mean and median 1.5 ms, rounded half up to 2.
    QTest::newRow("even count, half a millisecond")
        << QList<qint64>{1, 2} << 2 << 0 << qint64(2) << qint64(2);
    // A zero span is a real one (detected the moment it started).
    QTest::newRow("zero counts") << QList<qint64>{0, 10 * kMin} << 2 << 0 << 5 * kMin << 5 * kMin;
    // -5 min is a typo in the moments: left out, counted apart; 6 and 12 min remain.
    QTest::newRow("negative left out")
        << QList<qint64>{6 * kMin, -5 * kMin, 12 * kMin} << 2 << 1 << 9 * kMin << 9 * kMin;
    QTest::newRow("only negative") << QList<qint64>{-kMin} << 0 << 1 << qint64(0) << qint64(0);
    // Days-long spans: 2 d and 3 d, mean and median 2.5 d.
    QTest::newRow("days") << QList<qint64>{2 * 1440 * kMin, 3 * 1440 * kMin} << 2 << 0 << 3600 * kMin
                          << 3600 * kMin;
}

void TestIncidentHistory::durationStats()
{
    QFETCH(QList<qint64>, spans);
    const IncidentHistory::DurationStats stats = IncidentHistory::DurationStats::of(spans);
    QTEST(stats.count, "count");
    QTEST(stats.outOfOrder, "outOfOrder");
    QTEST(stats.meanMs, "mean");
    QTEST(stats.medianMs, "median");
    QCOMPARE(stats.hasData(), stats.count > 0);
}

void TestIncidentHistory::monthInZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<QDate>("month");

    const qint64 lateJanuary = utc(2026, 1, 31, 23, 30);
    QTest::newRow("31 Jan 23:30 UTC, in UTC") << QStringLiteral("UTC") << lateJanuary << QDate(2026, 1, 1);
    QTest::newRow("31 Jan 23:30 UTC is 1 Feb 00:30 in Paris")
        << QStringLiteral("Europe/Paris") << lateJanuary << QDate(2026, 2, 1);
    QTest::newRow("31 Jan 23:30 UTC is 31 Jan 18:30 in New York")
        << QStringLiteral("America/New_York") << lateJanuary << QDate(2026, 1, 1);
    const qint64 earlyMarch = utc(2026, 3, 1, 2, 0);
    QTest::newRow("1 Mar 02:00 UTC is 28 Feb 21:00 in New York")
        << QStringLiteral("America/New_York") << earlyMarch << QDate(2026, 2, 1);
    QTest::newRow("1 Mar 02:00 UTC is 1 Mar 03:00 in Paris")
        << QStringLiteral("Europe/Paris") << earlyMarch << QDate(2026, 3, 1);
    // Summer time: Paris is UTC+2 on 30 Jun, so 22:30 UTC is already July there.
    QTest::newRow("30 Jun 22:30 UTC is 1 Jul 00:30 in Paris (summer time)")
        << QStringLiteral("Europe/Paris") << utc(2026, 6, 30, 22, 30) << QDate(2026, 7, 1);
    QTest::newRow("30 Jun 21:30 UTC is 30 Jun 23:30 in Paris (summer time)")
        << QStringLiteral("Europe/Paris") << utc(2026, 6, 30, 21, 30) << QDate(2026, 6, 1);
    // Half-hour offsets and the year boundary: Kolkata is UTC+5:30.
    QTest::newRow("31 Dec 18:45 UTC is 1 Jan 00:15 in Kolkata")
        << QStringLiteral("Asia/Kolkata") << utc(2025, 12, 31, 18, 45) << QDate(2026, 1, 1);
}

void TestIncidentHistory::monthInZone()
{
    QFETCH(QString, zone);
    QFETCH(qint64, atMs);
    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY2(timeZone.isValid(), qPrintable(zone));
    QTEST(IncidentHistory::monthOf(atMs, timeZone), "month");
}

void TestIncidentHistory::countsPerMonthAndSeverity()
{
    const QList<Incident> incidents{
        incident(QStringLiteral("INC-1"), Severity::Sev1, utc(2026, 1, 5, 10, 0)),
        incident(QStringLiteral("INC-2"), Severity::Sev2, utc(2026, 1, 20, 10, 0)),
        incident(QStringLiteral("INC-3"), Severity::Sev2, utc(2026, 1, 31, 23, 59)),
        incident(QStringLiteral("INC-4"), Severity::Sev4, utc(2026, 3, 1, 0, 0)),
        incident(QStringLiteral("INC-5"), Severity::Sev3, utc(2026, 4, 30, 12, 0)),
    };
    const IncidentHistory history(incidents, QTimeZone::utc(), months(2026, 1, 2026, 4));
    QCOMPARE(history.months().size(), 4);
    QCOMPARE(history.months().at(0).month, QDate(2026, 1, 1));
    QCOMPARE(countsOf(history.months().at(0)), (Counts{1, 2, 0, 0, 3}));
    // February had none and still has its row.
    QCOMPARE(history.months().at(1).month, QDate(2026, 2, 1));
    QCOMPARE(countsOf(history.months().at(1)), (Counts{0, 0, 0, 0, 0}));
    QVERIFY(!history.months().at(1).detect.hasData());
    QCOMPARE(countsOf(history.months().at(2)), (Counts{0, 0, 0, 1, 1}));
    QCOMPARE(countsOf(history.months().at(3)), (Counts{0, 0, 1, 0, 1}));
    QCOMPARE(countsOf(history.overall()), (Counts{1, 2, 1, 1, 5}));
    QCOMPARE(history.overall().count(Severity::Sev2), 2);
    QVERIFY(history.overall().month.isNull());
    // The incidents counted, oldest first.
    QStringList references;
    for (const Incident& counted : history.incidents())
        references.append(counted.reference);
    QCOMPARE(references,
             (QStringList{QStringLiteral("INC-1"), QStringLiteral("INC-2"), QStringLiteral("INC-3"),
                          QStringLiteral("INC-4"), QStringLiteral("INC-5")}));
}

void TestIncidentHistory::timesPerMonthAndOverall()
{
    // January: detect 2, 4, 10, 20 min (mean 9, median 7); resolve 30, 60, 90, 240 (mean 105, median 75).
    // February: detect 3 (mean = median = 3); resolve 45.
    // Overall detect: 2, 3, 4, 10, 20 -> mean 39/5 = 7.8 min, median 4 min.
    // Overall resolve: 30, 45, 60, 90, 240 -> mean 465/5 = 93 min, median 60 min.
    const QList<Incident> incidents{
        incident(QStringLiteral("INC-1"), Severity::Sev1, utc(2026, 1, 3, 8, 0), 2, 30),
        incident(QStringLiteral("INC-2"), Severity::Sev2, utc(2026, 1, 9, 8, 0), 20, 240),
        incident(QStringLiteral("INC-3"), Severity::Sev2, utc(2026, 1, 12, 8, 0), 4, 60),
        incident(QStringLiteral("INC-4"), Severity::Sev3, utc(2026, 1, 28, 8, 0), 10, 90),
        incident(QStringLiteral("INC-5"), Severity::Sev3, utc(2026, 2, 14, 8, 0), 3, 45),
    };
    const IncidentHistory history(incidents, QTimeZone::utc(), months(2026, 1, 2026, 2));
    const IncidentHistory::Period& january = history.months().at(0);
    QCOMPARE(january.detect.count, 4);
    QCOMPARE(january.detect.meanMs, 9 * kMin);
    QCOMPARE(january.detect.medianMs, 7 * kMin);
    QCOMPARE(january.resolve.count, 4);
    QCOMPARE(january.resolve.meanMs, 105 * kMin);
    QCOMPARE(january.resolve.medianMs, 75 * kMin);
    const IncidentHistory::Period& february = history.months().at(1);
    QCOMPARE(february.detect.meanMs, 3 * kMin);
    QCOMPARE(february.detect.medianMs, 3 * kMin);
    QCOMPARE(february.resolve.medianMs, 45 * kMin);
    QCOMPARE(history.overall().detect.count, 5);
    QCOMPARE(history.overall().detect.meanMs, 7 * kMin + 48'000);
    QCOMPARE(history.overall().detect.medianMs, 4 * kMin);
    QCOMPARE(history.overall().resolve.meanMs, 93 * kMin);
    QCOMPARE(history.overall().resolve.medianMs, 60 * kMin);
}

void TestIncidentHistory::incidentsWithoutDetectOrResolve()
{
    // Three incidents in March: one still open (detected after 6 min, not resolved), one resolved after
    // 50 min with no detection moment, one with both (4 min, 70 min). One more whose detection was typed
    // before its start: its time to detect is left out and counted apart; its resolve (20 min) counts.
    Incident typo = incident(QStringLiteral("INC-4"), Severity::Sev2, utc(2026, 3, 20, 9, 0), -1, 20);
    typo.moments.detectedMs = typo.moments.startedMs - 5 * kMin;
    const QList<Incident> incidents{
        incident(QStringLiteral("INC-1"), Severity::Sev1, utc(2026, 3, 2, 9, 0), 6, -1),
        incident(QStringLiteral("INC-2"), Severity::Sev2, utc(2026, 3, 5, 9, 0), -1, 50),
        incident(QStringLiteral("INC-3"), Severity::Sev2, utc(2026, 3, 9, 9, 0), 4, 70),
        typo,
    };
    const IncidentHistory history(incidents, QTimeZone::utc(), months(2026, 3, 2026, 3));
    const IncidentHistory::Period& march = history.months().at(0);
    QCOMPARE(march.total, 4);
    QCOMPARE(march.detect.count, 2); // 6 and 4 min
    QCOMPARE(march.detect.outOfOrder, 1);
    QCOMPARE(march.detect.meanMs, 5 * kMin);
    QCOMPARE(march.detect.medianMs, 5 * kMin);
    QCOMPARE(march.resolve.count, 3); // 50, 70 and 20 min
    QCOMPARE(march.resolve.outOfOrder, 0);
    QCOMPARE(march.resolve.meanMs, 140 * kMin / 3);
    QCOMPARE(march.resolve.medianMs, 50 * kMin);

    // An incident with no start moment is placed by its declaration and has no spans at all.
    Incident unstarted = incident(QStringLiteral("INC-5"), Severity::Sev4, 0, -1, -1);
    unstarted.declaredAtMs = utc(2026, 3, 31, 12, 0);
    const IncidentHistory alone({unstarted}, QTimeZone::utc(), months(2026, 3, 2026, 3));
    QCOMPARE(alone.overall().total, 1);
    QCOMPARE(alone.overall().count(Severity::Sev4), 1);
    QVERIFY(!alone.overall().detect.hasData());
    QVERIFY(!alone.overall().resolve.hasData());
}

void TestIncidentHistory::drillsAndMaintenances()
{
    Incident drill = incident(QStringLiteral("INC-2"), Severity::Sev1, utc(2026, 5, 10, 9, 0), 1, 10);
    drill.drill = true;
    Incident maintenance = incident(QStringLiteral("MNT-1"), Severity::Sev3, utc(2026, 5, 11, 21, 0), 0, 90);
    maintenance.kind = Incident::Kind::Maintenance;
    maintenance.status = IncidentStatus::Completed;
    const QList<Incident> incidents{
        incident(QStringLiteral("INC-1"), Severity::Sev2, utc(2026, 5, 3, 9, 0), 9, 30),
        drill,
        maintenance,
    };
    const IncidentHistory withoutDrills(incidents, QTimeZone::utc(), months(2026, 5, 2026, 5));
    QCOMPARE(countsOf(withoutDrills.overall()), (Counts{0, 1, 0, 0, 1}));
    QCOMPARE(withoutDrills.overall().detect.medianMs, 9 * kMin);
    QCOMPARE(withoutDrills.drillsLeftOut(), 1);
    QCOMPARE(withoutDrills.incidents().size(), 1);

    IncidentHistory::Options options;
    options.includeDrills = true;
    const IncidentHistory withDrills(incidents, QTimeZone::utc(), months(2026, 5, 2026, 5), options);
    // The drill counts (SEV1); the maintenance never does.
    QCOMPARE(countsOf(withDrills.overall()), (Counts{1, 1, 0, 0, 2}));
    QCOMPARE(withDrills.overall().detect.meanMs, 5 * kMin);
    QCOMPARE(withDrills.overall().resolve.medianMs, 20 * kMin);
    QCOMPARE(withDrills.drillsLeftOut(), 0);
    QCOMPARE(withDrills.incidents().size(), 2);
}

void TestIncidentHistory::ranges_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("months");

    QTest::newRow("6 months to mid-March") << 6 << utc(2026, 3, 15, 12, 0) << QStringLiteral("UTC")
                                           << QDate(2025, 10, 1) << QDate(2026, 3, 1) << 6;
    QTest::newRow("12 months to December") << 12 << utc(2026, 12, 1, 0, 0) << QStringLiteral("UTC")
                                           << QDate(2026, 1, 1) << QDate(2026, 12, 1) << 12;
    QTest::newRow("24 months") << 24 << utc(2026, 3, 15, 12, 0) << QStringLiteral("UTC") << QDate(2024, 4, 1)
                               << QDate(2026, 3, 1) << 24;
    // 31 Mar 22:30 UTC is already April in Paris (summer time, UTC+2).
    QTest::newRow("now is next month in Paris")
        << 6 << utc(2026, 3, 31, 22, 30) << QStringLiteral("Europe/Paris") << QDate(2025, 11, 1)
        << QDate(2026, 4, 1) << 6;
    QTest::newRow("one month") << 1 << utc(2026, 3, 15, 12, 0) << QStringLiteral("UTC") << QDate(2026, 3, 1)
                               << QDate(2026, 3, 1) << 1;
}

void TestIncidentHistory::ranges()
{
    QFETCH(int, count);
    QFETCH(qint64, nowMs);
    QFETCH(QString, zone);
    const IncidentHistory::Range range =
        IncidentHistory::Range::lastMonths(count, nowMs, QTimeZone(zone.toUtf8()));
    QTEST(range.firstMonth, "first");
    QTEST(range.lastMonth, "last");
    QTEST(range.monthCount(), "months");
    QVERIFY(range.isValid());
}

void TestIncidentHistory::spanningRangeCoversEveryIncident()
{
    Incident oldDrill = incident(QStringLiteral("INC-1"), Severity::Sev1, utc(2024, 2, 10, 9, 0));
    oldDrill.drill = true;
    Incident oldMaintenance = incident(QStringLiteral("MNT-1"), Severity::Sev3, utc(2023, 7, 1, 9, 0));
    oldMaintenance.kind = Incident::Kind::Maintenance;
    const QList<Incident> incidents{
        oldDrill,
        oldMaintenance,
        incident(QStringLiteral("INC-2"), Severity::Sev2, utc(2025, 11, 3, 9, 0)),
    };
    const qint64 now = utc(2026, 2, 1, 0, 0);
    // Without drills the earliest counted incident is INC-2; maintenances never widen the range.
    QCOMPARE(IncidentHistory::Range::spanning(incidents, now, QTimeZone::utc()), months(2025, 11, 2026, 2));
    IncidentHistory::Options options;
    options.includeDrills = true;
    const IncidentHistory::Range all =
        IncidentHistory::Range::spanning(incidents, now, QTimeZone::utc(), options);
    QCOMPARE(all, months(2024, 2, 2026, 2));
    QCOMPARE(all.monthCount(), 25);
    const IncidentHistory history(incidents, QTimeZone::utc(), all, options);
    QCOMPARE(history.months().size(), 25);
    QCOMPARE(history.overall().total, 2);
    // Nothing at all: the current month alone.
    QCOMPARE(IncidentHistory::Range::spanning({}, now, QTimeZone::utc()), months(2026, 2, 2026, 2));
    // An incident placed after now (a clock set wrong) stretches the range rather than vanish.
    QCOMPARE(IncidentHistory::Range::spanning(
                 {incident(QStringLiteral("INC-9"), Severity::Sev4, utc(2026, 4, 2, 9, 0))}, now,
                 QTimeZone::utc()),
             months(2026, 2, 2026, 4));
}

void TestIncidentHistory::incidentsOutsideTheRangeDoNotCount()
{
    Incident drillBefore = incident(QStringLiteral("INC-0"), Severity::Sev1, utc(2025, 12, 31, 23, 0));
    drillBefore.drill = true;
    const QList<Incident> incidents{
        drillBefore,
        incident(QStringLiteral("INC-1"), Severity::Sev1, utc(2025, 12, 31, 23, 59), 5, 10),
        incident(QStringLiteral("INC-2"), Severity::Sev2, utc(2026, 1, 1, 0, 0), 7, 20),
        incident(QStringLiteral("INC-3"), Severity::Sev3, utc(2026, 3, 1, 0, 0), 9, 30),
    };
    const IncidentHistory history(incidents, QTimeZone::utc(), months(2026, 1, 2026, 2));
    QCOMPARE(countsOf(history.overall()), (Counts{0, 1, 0, 0, 1}));
    QCOMPARE(history.overall().detect.medianMs, 7 * kMin);
    // A drill outside the range was not "left out": it was never in.
    QCOMPARE(history.drillsLeftOut(), 0);
}

void TestIncidentHistory::countsInTheChosenZone()
{
    // Started 31 Jan 23:30 UTC: January in UTC and New York, February in Paris.
    const QList<Incident> incidents{
        incident(QStringLiteral("INC-1"), Severity::Sev1, utc(2026, 1, 31, 23, 30), 5, 60),
    };
    const IncidentHistory::Range range = months(2026, 1, 2026, 2);
    const IncidentHistory inUtc(incidents, QTimeZone::utc(), range);
    QCOMPARE(countsOf(inUtc.months().at(0)), (Counts{1, 0, 0, 0, 1}));
    QCOMPARE(countsOf(inUtc.months().at(1)), (Counts{0, 0, 0, 0, 0}));
    const IncidentHistory inParis(incidents, QTimeZone("Europe/Paris"), range);
    QCOMPARE(countsOf(inParis.months().at(0)), (Counts{0, 0, 0, 0, 0}));
    QCOMPARE(countsOf(inParis.months().at(1)), (Counts{1, 0, 0, 0, 1}));
    QCOMPARE(inParis.months().at(1).detect.medianMs, 5 * kMin);
    const IncidentHistory inNewYork(incidents, QTimeZone("America/New_York"), range);
    QCOMPARE(countsOf(inNewYork.months().at(0)), (Counts{1, 0, 0, 0, 1}));
}

QTEST_GUILESS_MAIN(TestIncidentHistory)
#include "tst_incidenthistory.moc"
