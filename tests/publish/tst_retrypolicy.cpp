#include "publish/RetryPolicy.h"

#include <QTest>

// Backoff with full jitter, Retry-After in both forms, and when the outbox stops trying.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data();
    void backoff();
    void parsesRetryAfter_data();
    void parsesRetryAfter();
    void retryAfterOnlyForRateLimitsAndUnavailable_data();
    void retryAfterOnlyForRateLimitsAndUnavailable();
    void decides_data();
    void decides();
};

// Sun, 06 Nov 1994 08:49:37 GMT, the example date of RFC 9110.
constexpr qint64 rfcExampleMs = 784'111'777'000;

void TestRetryPolicy::backoff_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    // Defaults: base 2 s, cap 15 min. The delay is random * min(cap, base * 2^(attempts - 1)).
    QTest::newRow("first retry, middle of the range") << 1 << 0.5 << qint64(1'000);
    QTest::newRow("first retry, lowest draw") << 1 << 0.0 << qint64(0);
    QTest::newRow("third retry doubles twice") << 3 << 0.5 << qint64(4'000);
    QTest::newRow("ninth retry: 512 s range") << 9 << 0.5 << qint64(256'000);
    QTest::newRow("tenth retry reaches the cap") << 10 << 0.25 << qint64(225'000);
    QTest::newRow("far attempts stay capped") << 40 << 1.0 << qint64(900'000);
    QTest::newRow("a zero attempt count counts as the first") << 0 << 1.0 << qint64(2'000);
}

void TestRetryPolicy::backoff()
{
    QFETCH(int, attempts);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    const RetryPolicy policy(RetryPolicy::Options{}, [random] { return random; });
    QCOMPARE(policy.backoffMs(attempts), expectedMs);
}

void TestRetryPolicy::parsesRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
    QTest::newRow("seconds with spaces") << QByteArray(" 7 ") << qint64(7'000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("HTTP date 30 s ahead") << QByteArray("Sun, 06 Nov 1994 08:50:07 GMT") << qint64(30'000);
    QTest::newRow("HTTP date in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << qint64(0);
    QTest::newRow("numeric offset form") << QByteArray("Sun, 06 Nov 1994 09:50:37 +0100") << qint64(60'000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::parsesRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    QCOMPARE(RetryPolicy::parseRetryAfter(value, rfcExampleMs), expectedMs);
}

void TestRetryPolicy::retryAfterOnlyForRateLimitsAndUnavailable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("429") << 429 << qint64(5'000);
    QTest::newRow("Statuspage's 420") << 420 << qint64(5'000);
    QTest::newRow("503") << 503 << qint64(5'000);
    QTest::newRow("500 ignores it") << 500 << qint64(-1);
    QTest::newRow("401 ignores it") << 401 << qint64(-1);
    QTest::newRow("200 ignores it") << 200 << qint64(-1);
}

void TestRetryPolicy::retryAfterOnlyForRateLimitsAndUnavailable()
{
    QFETCH(int, status);
    QFETCH(qint64, expectedMs);
    HttpResponse response;
    response.status = status;
    response.headers = {{"retry-after", "5"}};
    QCOMPARE(RetryPolicy::retryAfterMs(response, rfcExampleMs), expectedMs);
}

void TestRetryPolicy::decides_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<bool>("giveUp");
    QTest::addColumn<qint64>("delayMs");
    // Options: base 1 s, cap 60 s, 5 attempts, 1 h old at most; the random source draws 0.5.
    QTest::newRow("backoff after the first attempt") << 1 << qint64(0) << qint64(-1) << false << qint64(500);
    QTest::newRow("Retry-After replaces the backoff")
        << 2 << qint64(0) << qint64(30'000) << false << qint64(30'000);
    QTest::newRow("Retry-After beyond the cap is still honoured")
        << 2 << qint64(0) << qint64(120'000) << false << qint64(120'000);
    QTest::newRow("the last allowed attempt gives up") << 5 << qint64(0) << qint64(-1) << true << qint64(0);
    QTest::newRow("too old once the wait is over")
        << 2 << qint64(3'590'000) << qint64(30'000) << true << qint64(0);
    QTest::newRow("just young enough") << 2 << qint64(3'570'000) << qint64(30'000) << false << qint64(30'000);
}

void TestRetryPolicy::decides()
{
    QFETCH(int, attempts);
    QFETCH(qint64, ageMs);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, giveUp);
    QFETCH(qint64, delayMs);
    RetryPolicy::Options options;
    options.baseMs = 1'000;
    options.capMs = 60'000;
    options.maxAttempts = 5;
    options.maxAgeMs = 3'600'000;
    const RetryPolicy policy(options, [] { return 0.5; });
    const RetryPolicy::Decision decision =
        policy.afterFailure(attempts, ageMs, retryAfterMs, QStringLiteral("HTTP 503: busy"));
    QCOMPARE(decision.giveUp, giveUp);
    QCOMPARE(decision.delayMs, delayMs);
    if (giveUp) {
        QVERIFY2(decision.finalError.contains(QStringLiteral("HTTP 503: busy")),
                 qPrintable(decision.finalError));
        QVERIFY(decision.finalError.contains(QString::number(attempts)));
    } else {
        QVERIFY(decision.finalError.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
