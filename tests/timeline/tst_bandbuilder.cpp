#include "timeline/BandBuilder.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace {

constexpr qint64 Sec = 1000;
constexpr qint64 Min = 60 * Sec;
constexpr qint64 Hour = 60 * Min;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 T0 = 1'700'000'000'000;
constexpr qint64 Svc = 4;

using S = ServiceState;

StateChange change(qint64 atMs, S to, const QString& reason = {})
{
    StateChange c;
    c.serviceId = Svc;
    c.atMs = atMs;
    c.to = to;
    c.reason = reason;
    return c;
}

StateBand band(qint64 startMs, qint64 endMs, S state, bool known = true, const QString& reason = {})
{
    StateBand b;
    b.serviceId = Svc;
    b.state = state;
    b.startMs = startMs;
    b.endMs = endMs;
    b.known = known;
    b.reason = reason;
    return b;
}

StateBand gap(qint64 startMs, qint64 endMs)
{
    return band(startMs, endMs, S::Unknown, false);
}

qint64 utc(const char* isoUtc)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t.toMSecsSinceEpoch();
}

QString localText(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

using Changes = QList<StateChange>;
using Bands = QList<StateBand>;

class TestBandBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<Changes>("changes");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<Bands>("expected");
        const qint64 F = T0, E = T0 + Day, Late = T0 + 10 * Day;

        QTest::newRow("no changes at all: one no-data band")
            << Changes{} << F << E << Late << Bands{gap(F, E)};
        QTest::newRow("only a prior change: its state fills the range")
            << Changes{change(F - Hour, S::Up, QStringLiteral("ok"))} << F << E << Late
            << Bands{band(F, E, S::Up, true, QStringLiteral("ok"))};
        QTest::newRow("gap before the first change") << Changes{change(F + Hour, S::Up)} << F << E << Late
                                                     << Bands{gap(F, F + Hour), band(F + Hour, E, S::Up)};
        QTest::newRow("prior change then outage inside, clipped at both edges")
            << Changes{change(F - Day, S::Up), change(F + Hour, S::Down, QStringLiteral("timeout")),
                       change(F + 2 * Hour, S::Up)}
            << F << E << Late
            << Bands{band(F, F + Hour, S::Up),
                     band(F + Hour, F + 2 * Hour, S::Down, true, QStringLiteral("timeout")),
                     band(F + 2 * Hour, E, S::Up)};
        QTest::newRow("change exactly at from sets the starting state")
            << Changes{change(F - Hour, S::Up), change(F, S::Down)} << F << E << Late
            << Bands{band(F, E, S::Down)};
        QTest::newRow("change exactly at to is outside")
            << Changes{change(F - Hour, S::Up), change(E, S::Down)} << F << E << Late
            << Bands{band(F, E, S::Up)};
        QTest::newRow("outage running past to is clipped")
            << Changes{change(F - Hour, S::Up), change(E - Min, S::Down)} << F << E << Late
            << Bands{band(F, E - Min, S::Up), band(E - Min, E, S::Down)};
        QTest::newRow("paused is a band of its own")
            << Changes{change(F - Hour, S::Up), change(F + Hour, S::Paused), change(F + 3 * Hour, S::Up)} << F
            << E << Late
            << Bands{band(F, F + Hour, S::Up), band(F + Hour, F + 3 * Hour, S::Paused),
                     band(F + 3 * Hour, E, S::Up)};
        QTest::newRow("pending after a change to unknown is no data")
            << Changes{change(F - Hour, S::Up), change(F + Hour, S::Unknown), change(F + 2 * Hour, S::Up)}
            << F << E << Late
            << Bands{band(F, F + Hour, S::Up), gap(F + Hour, F + 2 * Hour), band(F + 2 * Hour, E, S::Up)};
        QTest::newRow("consecutive same-state changes make one band with the first reason")
            << Changes{change(F + Hour, S::Down, QStringLiteral("refused")),
                       change(F + 2 * Hour, S::Down, QStringLiteral("timeout")), change(F + 3 * Hour, S::Up)}
            << F << E << Late
            << Bands{gap(F, F + Hour), band(F + Hour, F + 3 * Hour, S::Down, true, QStringLiteral("refused")),
                     band(F + 3 * Hour, E, S::Up)};
        QTest::newRow("now inside the range: nothing after now")
            << Changes{change(F - Hour, S::Up), change(F + Hour, S::Down), change(F + 5 * Hour, S::Up)} << F
            << E << F + 2 * Hour << Bands{band(F, F + Hour, S::Up), band(F + Hour, F + 2 * Hour, S::Down)};
        QTest::newRow("now before the range: no bands")
            << Changes{change(F - Hour, S::Up)} << F << E << F - Min << Bands{};
        QTest::newRow("empty range: no bands")
            << Changes{change(F - Hour, S::Up)} << F << F << Late << Bands{};
    }

    void build()
    {
        QFETCH(Changes, changes);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, now);
        QFETCH(Bands, expected);
        const Bands bands = BandBuilder::build(Svc, changes, from, to, now);
        QCOMPARE(bands, expected);
    }

    void merge_data()
    {
        QTest::addColumn<Bands>("bands");
        QTest::addColumn<qint64>("minWidth");
        QTest::addColumn<Bands>("expected");
        const qint64 F = T0;
        const qint64 Pixel = 90 * Day / 1000; // 90 days on 1000 pixels: 7.776 h a pixel

        QTest::newRow("wide bands are kept")
            << Bands{band(F, F + Day, S::Up), band(F + Day, F + 2 * Day, S::Down)} << Pixel
            << Bands{band(F, F + Day, S::Up), band(F + Day, F + 2 * Day, S::Down)};
        QTest::newRow("10 s down inside 90 days of up stays visible a pixel wide")
            << Bands{band(F, F + 40 * Day, S::Up), band(F + 40 * Day, F + 40 * Day + 10 * Sec, S::Down),
                     band(F + 40 * Day + 10 * Sec, F + 90 * Day, S::Up)}
            << Pixel
            << Bands{band(F, F + 40 * Day, S::Up), band(F + 40 * Day, F + 40 * Day + Pixel, S::Down),
                     band(F + 40 * Day + Pixel, F + 90 * Day, S::Up)};
        QTest::newRow("a run of narrow bands keeps its worst state")
            << Bands{band(F, F + Min, S::Up), band(F + Min, F + 2 * Min, S::Degraded),
                     band(F + 2 * Min, F + 3 * Min, S::Down), band(F + 3 * Min, F + 4 * Min, S::Up)}
            << 4 * Min << Bands{band(F, F + 4 * Min, S::Down)};
        QTest::newRow("degraded beats up, up beats no data and paused")
            << Bands{gap(F, F + Min),
                     band(F + Min, F + 2 * Min, S::Paused),
                     band(F + 2 * Min, F + 3 * Min, S::Up),
                     band(F + 3 * Min, F + 4 * Min, S::Degraded),
                     gap(F + 4 * Min, F + 8 * Min),
                     band(F + 8 * Min, F + 9 * Min, S::Paused),
                     band(F + 9 * Min, F + 12 * Min, S::Up)}
            << 3 * Min
            << Bands{band(F, F + 3 * Min, S::Up), band(F + 3 * Min, F + 6 * Min, S::Degraded),
                     gap(F + 6 * Min, F + 9 * Min), band(F + 9 * Min, F + 12 * Min, S::Up)};
        QTest::newRow("no bands") << Bands{} << Pixel << Bands{};
    }

    void merge()
    {
        QFETCH(Bands, bands);
        QFETCH(qint64, minWidth);
        QFETCH(Bands, expected);
        const Bands merged = BandBuilder::merge(bands, minWidth);
        QCOMPARE(merged, expected);
        if (!bands.isEmpty()) {
            QCOMPARE(merged.first().startMs, bands.first().startMs);
            QCOMPARE(merged.last().endMs, bands.last().endMs);
        }
        for (qsizetype i = 1; i < merged.size(); ++i)
            QCOMPARE(merged.at(i).startMs, merged.at(i - 1).endMs);
    }

    // Bands are UTC: across a daylight-saving change the wall clock jumps, the duration does not.
    void daylightSaving_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("downAt");
        QTest::addColumn<qint64>("upAt");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QString>("localStart");
        QTest::addColumn<QString>("localEnd");

        // 2026-03-29 01:00 UTC: Paris goes from 02:00 CET to 03:00 CEST. Down 01:30 -> 03:30 local is 1 h.
        QTest::newRow("Paris spring forward")
            << QByteArray("Europe/Paris") << utc("2026-03-29T00:30:00") << utc("2026-03-29T01:30:00") << Hour
            << QStringLiteral("2026-03-29 01:30") << QStringLiteral("2026-03-29 03:30");
        // 2026-10-25 01:00 UTC: Paris goes from 03:00 CEST back to 02:00 CET. Down 02:30 -> 02:30 local is 1
        // h.
        QTest::newRow("Paris fall back")
            << QByteArray("Europe/Paris") << utc("2026-10-25T00:30:00") << utc("2026-10-25T01:30:00") << Hour
            << QStringLiteral("2026-10-25 02:30") << QStringLiteral("2026-10-25 02:30");
        // A local "day" of 23 h: midnight to midnight on the spring-forward day.
        QTest::newRow("Paris 23-hour day")
            << QByteArray("Europe/Paris") << utc("2026-03-28T23:00:00") << utc("2026-03-29T22:00:00")
            << 23 * Hour << QStringLiteral("2026-03-29 00:00") << QStringLiteral("2026-03-30 00:00");
        // New York springs forward on 2026-03-08 07:00 UTC (02:00 EST -> 03:00 EDT).
        QTest::newRow("New York spring forward")
            << QByteArray("America/New_York") << utc("2026-03-08T06:00:00") << utc("2026-03-08T08:00:00")
            << 2 * Hour << QStringLiteral("2026-03-08 01:00") << QStringLiteral("2026-03-08 04:00");
        QTest::newRow("UTC has no jump")
            << QByteArray("UTC") << utc("2026-03-29T00:30:00") << utc("2026-03-29T01:30:00") << Hour
            << QStringLiteral("2026-03-29 00:30") << QStringLiteral("2026-03-29 01:30");
    }

    void daylightSaving()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, downAt);
        QFETCH(qint64, upAt);
        QFETCH(qint64, duration);
        QFETCH(QString, localStart);
        QFETCH(QString, localEnd);
        const QTimeZone tz(zone);
        QVERIFY2(tz.isValid(), zone.constData());
        const qint64 from = downAt - Day;
        const Bands bands = BandBuilder::build(
            Svc, Changes{change(from - Hour, S::Up), change(downAt, S::Down), change(upAt, S::Up)}, from,
            upAt + Day, upAt + 2 * Day);
        QCOMPARE(bands.size(), 3);
        const StateBand& down = bands.at(1);
        QCOMPARE(down.state, S::Down);
        QCOMPARE(down.durationMs(), duration);
        QCOMPARE(localText(down.startMs, tz), localStart);
        QCOMPARE(localText(down.endMs, tz), localEnd);
        // The whole range keeps its real length too: two days and the outage, whatever the wall clock did.
        QCOMPARE(bands.last().endMs - bands.first().startMs, 2 * Day + duration);
    }
};

QTEST_GUILESS_MAIN(TestBandBuilder)
#include "tst_bandbuilder.moc"
