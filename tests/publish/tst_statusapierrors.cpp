#include "publish/LinkFinder.h"
#include "publish/StatusApiErrors.h"

#include <QTest>

// The pure helpers the status-page and social adapters share: error classification and link finding.
class TestStatusApiErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data();
    void classifies();
    void readsRetryAfter_data();
    void readsRetryAfter();
    void quotesTheApiMessage_data();
    void quotesTheApiMessage();
    void blanksSecrets();
    void findsLinks_data();
    void findsLinks();
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

void TestStatusApiErrors::classifies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("success");
    QTest::addColumn<DeliveryOutcome::Kind>("kind");
    QTest::newRow("200") << 200 << true << DeliveryOutcome::Kind::Sent;
    QTest::newRow("201") << 201 << true << DeliveryOutcome::Kind::Sent;
    QTest::newRow("no answer") << 0 << false << DeliveryOutcome::Kind::Retry;
    QTest::newRow("302") << 302 << false << DeliveryOutcome::Kind::Failed;
    QTest::newRow("400") << 400 << false << DeliveryOutcome::Kind::Failed;
    QTest::newRow("401") << 401 << false << DeliveryOutcome::Kind::Failed;
    QTest::newRow("403") << 403 << false << DeliveryOutcome::Kind::Failed;
    QTest::newRow("408") << 408 << false << DeliveryOutcome::Kind::Retry;
    QTest::newRow("420") << 420 << false << DeliveryOutcome::Kind::Retry;
    QTest::newRow("422") << 422 << false << DeliveryOutcome::Kind::Failed;
    QTest::newRow("429") << 429 << false << DeliveryOutcome::Kind::Retry;
    QTest::newRow("500") << 500 << false << DeliveryOutcome::Kind::Retry;
    QTest::newRow("503") << 503 << false << DeliveryOutcome::Kind::Retry;
}

void TestStatusApiErrors::classifies()
{
    QFETCH(int, status);
    QFETCH(bool, success);
    QFETCH(DeliveryOutcome::Kind, kind);
    HttpResponse response;
    response.status = status;
    if (status == 0)
        response.transportError = QStringLiteral("POST http://127.0.0.1:9: Connection refused");
    const auto outcome = StatusApiErrors::check(response, QStringLiteral("Statuspage"),
                                                QStringLiteral("creating the incident"), {});
    QCOMPARE(!outcome.has_value(), success);
    if (success)
        return;
    QCOMPARE(outcome->kind, kind);
    QVERIFY2(outcome->message.contains(QStringLiteral("Statuspage")), qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(QStringLiteral("creating the incident")),
             qPrintable(outcome->message));
}

void TestStatusApiErrors::readsRetryAfter_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none") << Headers{} << qint64(-1);
    QTest::newRow("seconds") << Headers{{"Retry-After", "120"}} << qint64(120'000);
    QTest::newRow("HTTP date against Date") << Headers{{"Date", "Tue, 03 Mar 2026 14:00:00 GMT"},
                                                       {"Retry-After", "Tue, 03 Mar 2026 14:00:45 GMT"}}
                                            << qint64(45'000);
    QTest::newRow("HTTP date without Date")
        << Headers{{"Retry-After", "Tue, 03 Mar 2026 14:00:45 GMT"}} << qint64(-1);
    QTest::newRow("date in the past") << Headers{{"Date", "Tue, 03 Mar 2026 14:00:00 GMT"},
                                                 {"Retry-After", "Tue, 03 Mar 2026 13:59:00 GMT"}}
                                      << qint64(0);
    QTest::newRow("Mastodon ISO reset") << Headers{{"Date", "Tue, 03 Mar 2026 14:00:00 GMT"},
                                                   {"X-RateLimit-Reset", "2026-03-03T14:05:00.000Z"}}
                                        << qint64(300'000);
    QTest::newRow("PDS epoch reset") << Headers{{"Date", "Tue, 03 Mar 2026 14:00:00 GMT"},
                                                {"RateLimit-Reset", "1772546410"}}
                                     << qint64(10'000);
    QTest::newRow("garbage") << Headers{{"Retry-After", "soon"}} << qint64(-1);
}

void TestStatusApiErrors::readsRetryAfter()
{
    QFETCH(Headers, headers);
    QFETCH(qint64, expected);
    HttpResponse response;
    response.status = 429;
    response.headers = headers;
    QCOMPARE(StatusApiErrors::retryAfterMs(response), expected);
}

void TestStatusApiErrors::quotesTheApiMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Statuspage string") << QByteArray(R"({"error":"Page not found"})") << "Page not found";
    QTest::newRow("Statuspage list") << QByteArray(R"({"error":["a","b"]})") << "a; b";
    QTest::newRow("Cachet 2 JSON:API")
        << QByteArray(R"({"errors":[{"title":"Bad","detail":"Name missing"}]})") << "Name missing";
    QTest::newRow("Laravel fields") << QByteArray(R"({"message":"Invalid.","errors":{"name":["Required."]}})")
                                    << "Required.";
    QTest::newRow("XRPC") << QByteArray(R"({"error":"ExpiredToken","message":"Token has expired"})")
                          << "ExpiredToken: Token has expired";
    QTest::newRow("plain text, squeezed") << QByteArray("invalid_payload\n  here") << "invalid_payload here";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestStatusApiErrors::quotesTheApiMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(StatusApiErrors::apiMessage(body), expected);
}

void TestStatusApiErrors::blanksSecrets()
{
    HttpResponse response;
    response.status = 401;
    response.body = R"({"error":"token tok-9f8e7d6c rejected for user pw-abc"})";
    const auto outcome = StatusApiErrors::check(response, QStringLiteral("Mastodon"),
                                                QStringLiteral("posting"), {"tok-9f8e7d6c"});
    QVERIFY(outcome);
    QVERIFY2(!outcome->message.contains(QStringLiteral("tok-9f8e7d6c")), qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(QStringLiteral("rejected")), qPrintable(outcome->message));
    QCOMPARE(StatusApiErrors::redact(QStringLiteral("a secret1 b"), {"secret1"}), QStringLiteral("a ••• b"));
}

void TestStatusApiErrors::findsLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QList<int>>("starts");
    QTest::newRow("sentence end") << QStringLiteral("See https://a.io/x.")
                                  << QStringList{QStringLiteral("https://a.io/x")} << QList<int>{4};
    QTest::newRow("two, with query") << QStringLiteral("http://a.io?q=1&r=2, https://b.io/é")
                                     << QStringList{QStringLiteral("http://a.io?q=1&r=2"),
                                                    QStringLiteral("https://b.io/é")}
                                     << QList<int>{0, 21};
    QTest::newRow("in parentheses") << QStringLiteral("(https://a.io/x)")
                                    << QStringList{QStringLiteral("https://a.io/x")} << QList<int>{1};
    QTest::newRow("balanced parentheses")
        << QStringLiteral("https://w.org/A_(b)!") << QStringList{QStringLiteral("https://w.org/A_(b)")}
        << QList<int>{0};
    QTest::newRow("scheme alone") << QStringLiteral("https:// nothing") << QStringList{} << QList<int>{};
    QTest::newRow("other schemes") << QStringLiteral("ftp://a.io mailto:x@y.z") << QStringList{}
                                   << QList<int>{};
}

void TestStatusApiErrors::findsLinks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QFETCH(QList<int>, starts);
    const QList<LinkFinder::Link> links = LinkFinder::find(text);
    QCOMPARE(links.size(), urls.size());
    for (qsizetype i = 0; i < links.size(); ++i) {
        QCOMPARE(links.at(i).url, urls.at(i));
        QCOMPARE(links.at(i).start, qsizetype(starts.at(i)));
        QCOMPARE(text.mid(links.at(i).start, links.at(i).length), urls.at(i));
    }
}

QTEST_GUILESS_MAIN(TestStatusApiErrors)
#include "tst_statusapierrors.moc"
