#include "publish/ResponseClassifier.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// How an answer an adapter did not accept becomes an outcome: kind, delay and a message without secrets.
class TestResponseClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void retryDelay_data();
    void retryDelay();
    void serviceError_data();
    void serviceError();
    void neverQuotesSecrets();
};

namespace {

using Kind = DeliveryOutcome::Kind;
using Headers = QList<QPair<QByteArray, QByteArray>>;

// 2026-03-03 14:30:00 UTC.
const qint64 Now = QDateTime(QDate(2026, 3, 3), QTime(14, 30), QTimeZone::utc()).toMSecsSinceEpoch();

HttpResponse answer(int status, const QByteArray& body, const Headers& headers = {})
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    return response;
}

} // namespace

void TestResponseClassifier::classifies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("no answer") << 0 << QByteArray() << int(Kind::Retry) << QString();
    QTest::newRow("500 rollup_error")
        << 500 << QByteArray("rollup_error") << int(Kind::Retry) << QStringLiteral("rollup_error");
    QTest::newRow("503") << 503 << QByteArray() << int(Kind::Retry) << QStringLiteral("503");
    QTest::newRow("408") << 408 << QByteArray() << int(Kind::Retry) << QStringLiteral("408");
    QTest::newRow("429") << 429 << QByteArray() << int(Kind::Retry) << QStringLiteral("429");
    QTest::newRow("420 Statuspage") << 420 << QByteArray() << int(Kind::Retry) << QStringLiteral("420");
    QTest::newRow("400 Slack invalid_payload")
        << 400 << QByteArray("invalid_payload") << int(Kind::Failed) << QStringLiteral("invalid_payload");
    QTest::newRow("401 JSON error") << 401 << QByteArray(R"({"error":"invalid_token"})") << int(Kind::Failed)
                                    << QStringLiteral("invalid_token");
    QTest::newRow("403 Slack action_prohibited")
        << 403 << QByteArray("action_prohibited") << int(Kind::Failed) << QStringLiteral("action_prohibited");
    QTest::newRow("404 Discord message") << 404 << QByteArray(R"({"message":"Unknown Webhook","code":10015})")
                                         << int(Kind::Failed) << QStringLiteral("Unknown Webhook");
    QTest::newRow("410 channel_is_archived") << 410 << QByteArray("channel_is_archived") << int(Kind::Failed)
                                             << QStringLiteral("channel_is_archived");
    QTest::newRow("422 errors array") << 422 << QByteArray(R"({"errors":["Text can't be blank"]})")
                                      << int(Kind::Failed) << QStringLiteral("Text can't be blank");
    QTest::newRow("302 redirect") << 302 << QByteArray() << int(Kind::Failed) << QStringLiteral("302");
}

void TestResponseClassifier::classifies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, quoted);
    HttpResponse response = answer(status, body);
    if (status == 0)
        response.transportError = QStringLiteral("POST http://127.0.0.1:9: Connection refused");
    const DeliveryOutcome outcome = ResponseClassifier::classify(response, QStringLiteral("Ops chat"), Now);
    QCOMPARE(int(outcome.kind), kind);
    QVERIFY2(outcome.message.startsWith(QStringLiteral("Ops chat: ")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(quoted), qPrintable(outcome.message));
    if (status != 0)
        QVERIFY2(outcome.message.contains(QString::number(status)), qPrintable(outcome.message));
}

void TestResponseClassifier::retryDelay_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("delayMs");

    QTest::newRow("Retry-After seconds") << Headers{{"Retry-After", "7"}} << QByteArray() << qint64(7000);
    QTest::newRow("Retry-After HTTP-date")
        << Headers{{"Retry-After", "Tue, 03 Mar 2026 14:31:30 GMT"}} << QByteArray() << qint64(90'000);
    QTest::newRow("Retry-After date in the past")
        << Headers{{"Retry-After", "Tue, 03 Mar 2026 14:00:00 GMT"}} << QByteArray() << qint64(0);
    QTest::newRow("Reset-After fraction")
        << Headers{{"X-RateLimit-Reset-After", "1.25"}} << QByteArray() << qint64(1250);
    QTest::newRow("Retry-After wins over Reset-After")
        << Headers{{"X-RateLimit-Reset-After", "1.25"}, {"Retry-After", "2"}} << QByteArray() << qint64(2000);
    QTest::newRow("Reset epoch seconds")
        << Headers{{"X-RateLimit-Reset", QByteArray::number(Now / 1000 + 12)}} << QByteArray()
        << qint64(12'000);
    QTest::newRow("Discord body retry_after")
        << Headers{} << QByteArray(R"({"retry_after":0.5,"global":false})") << qint64(500);
    QTest::newRow("Telegram parameters.retry_after")
        << Headers{} << QByteArray(R"({"ok":false,"error_code":429,"parameters":{"retry_after":31}})")
        << qint64(31'000);
    QTest::newRow("nothing said") << Headers{} << QByteArray("slow down") << qint64(-1);
}

void TestResponseClassifier::retryDelay()
{
    QFETCH(Headers, headers);
    QFETCH(QByteArray, body);
    QFETCH(qint64, delayMs);
    const DeliveryOutcome outcome =
        ResponseClassifier::classify(answer(429, body, headers), QStringLiteral("Ops chat"), Now);
    QCOMPARE(outcome.kind, Kind::Retry);
    QCOMPARE(outcome.retryAfterMs, delayMs);
}

void TestResponseClassifier::serviceError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("words");

    QTest::newRow("plain text") << QByteArray("no_text\n") << QStringLiteral("no_text");
    QTest::newRow("description")
        << QByteArray(R"({"ok":false,"error_code":400,"description":"Bad Request: chat not found"})")
        << QStringLiteral("Bad Request: chat not found");
    QTest::newRow("error object") << QByteArray(R"({"error":{"message":"Quota exceeded"}})")
                                  << QStringLiteral("Quota exceeded");
    QTest::newRow("html page") << QByteArray("<html><body>Bad gateway</body></html>") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("long text is cut")
        << QByteArray(300, 'e') << QString(199, QLatin1Char('e')) + QChar(0x2026);
}

void TestResponseClassifier::serviceError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, words);
    QCOMPARE(ResponseClassifier::serviceError(body), words);
}

void TestResponseClassifier::neverQuotesSecrets()
{
    const QByteArray url = "https://hooks.example.test/services/T0/B0/s3cr3tT0ken";
    const HttpResponse response =
        answer(400, "bad payload for https://hooks.example.test/services/T0/B0/s3cr3tT0ken and "
                    "/services/T0/B0/s3cr3tT0ken");
    const DeliveryOutcome outcome = ResponseClassifier::classify(response, QStringLiteral("Ops"), Now, {url});
    QCOMPARE(outcome.kind, Kind::Failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("bad payload")), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QStringLiteral("s3cr3tT0ken")), qPrintable(outcome.message));
    QVERIFY2(!outcome.message.contains(QStringLiteral("/services/")), qPrintable(outcome.message));
}

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
