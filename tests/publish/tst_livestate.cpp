#include "publish/live/LiveState.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

// The words of the Deliveries tab's Live column, measured against a fixed "now".
class TestLiveState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void texts_data();
    void texts();
    void details();
};

void TestLiveState::durations_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("45 s") << qint64(45'900) << QStringLiteral("45 s");
    QTest::newRow("1 min") << qint64(60'000) << QStringLiteral("1 min");
    QTest::newRow("2 min") << qint64(179'000) << QStringLiteral("2 min");
    QTest::newRow("1 h 05") << qint64(65 * 60'000) << QStringLiteral("1 h 05 min");
    QTest::newRow("negative") << qint64(-5'000) << QStringLiteral("0 s");
}

void TestLiveState::durations()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(LiveState::durationText(ms), text);
}

void TestLiveState::texts_data()
{
    const qint64 sent = 1'700'000'000'000;
    const qint64 now = sent + 150'000;
    QTest::addColumn<LiveState>("state");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("text");
    const QString seenAt =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(sent + 12'000).time(), QLocale::ShortFormat);
    QTest::newRow("unknown") << LiveState() << now << QStringLiteral("—");
    QTest::newRow("checking") << LiveState::checking(sent) << now << QStringLiteral("Checking…");
    QTest::newRow("live") << LiveState::live(sent, sent + 12'000, 2, QStringLiteral("https://s/")) << now
                          << QStringLiteral("Live since ") + seenAt;
    QTest::newRow("pending grows with now")
        << LiveState::pending(sent, sent + 30'000, 3, QStringLiteral("not yet"), QStringLiteral("https://s/"))
        << now << QStringLiteral("Pending for 2 min");
    QTest::newRow("given up stays put")
        << LiveState::gaveUp(sent, sent + 30 * 60'000, 20, QStringLiteral("not yet"),
                             QStringLiteral("https://s/"))
        << sent + 5 * 3'600'000 << QStringLiteral("Not live after 30 min");
}

void TestLiveState::texts()
{
    QFETCH(LiveState, state);
    QFETCH(qint64, now);
    QFETCH(QString, text);
    QCOMPARE(state.text(now), text);
}

void TestLiveState::details()
{
    const qint64 sent = 1'700'000'000'000;
    const LiveState pending = LiveState::pending(
        sent, sent + 1'000, 3, QStringLiteral("The public page does not show the update yet."),
        QStringLiteral("https://status.example.org/index.html"));
    QVERIFY(pending.detail().contains(QStringLiteral("3 check(s)")));
    QVERIFY(pending.detail().contains(QStringLiteral("does not show the update yet")));
    QVERIFY(pending.detail().contains(QStringLiteral("https://status.example.org/index.html")));
    QVERIFY(!pending.isFinal());
    const LiveState live = LiveState::live(sent, sent + 65'000, 2, QStringLiteral("https://s/"));
    QVERIFY(live.isFinal());
    QVERIFY2(live.detail().contains(QStringLiteral("1 min after it was sent")), qPrintable(live.detail()));
    QVERIFY(LiveState::gaveUp(sent, sent, 1, QString(), QString()).isFinal());
    QVERIFY(!LiveState().detail().isEmpty());
}

QTEST_GUILESS_MAIN(TestLiveState)
#include "tst_livestate.moc"
