#include "publish/live/PublicTextExtractor.h"

#include <QTest>

// What "Verify live" compares: the public page's HTML or JSON, and the message's body, in one normal form,
// so that markup, entities, spacing, case and Unicode composition never hide an update that is there.
class TestPublicTextExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data();
    void html();
    void json_data();
    void json();
    void plainText_data();
    void plainText();
    void picksTheFormatFromTheAnswer_data();
    void picksTheFormatFromTheAnswer();
    void findsTheMessageOnTheFallbackPageMarkup();
    void anEmptyNeedleShowsNothing();
};

void TestPublicTextExtractor::html_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("tags stripped") << QStringLiteral("<p>We are <strong>investigating</strong>.</p>")
                                   << QStringLiteral("we are investigating.");
    QTest::newRow("block tags keep words apart")
        << QStringLiteral("<ul><li>one</li><li>two</li></ul><p>three</p>four<br/>five")
        << QStringLiteral("one two three four five");
    QTest::newRow("inline tags join") << QStringLiteral("in<em>ves</em>ti<span class=\"x\">gating</span>")
                                      << QStringLiteral("investigating");
    QTest::newRow("named entities") << QStringLiteral("Payments &lt;failing&gt; &amp; &quot;slow&quot;")
                                    << QStringLiteral("payments <failing> & \"slow\"");
    QTest::newRow("numeric entities")
        << QStringLiteral("caf&#233; &#x2014; d&#xE9;j&#224; vu") << QStringLiteral("café — déjà vu");
    QTest::newRow("no-break space") << QStringLiteral("next&nbsp;update\u00A0at&#160;15:00")
                                    << QStringLiteral("next update at 15:00");
    QTest::newRow("unknown entity kept")
        << QStringLiteral("a &bogus; b &#0; c") << QStringLiteral("a &bogus; b &#0; c");
    QTest::newRow("script and style dropped")
        << QStringLiteral("<style>p { color: red }</style><SCRIPT>var x = 'hidden';</SCRIPT>Hello")
        << QStringLiteral("hello");
    QTest::newRow("comment dropped") << QStringLiteral("before<!-- not <p>shown</p> -->after")
                                     << QStringLiteral("before after");
    QTest::newRow("a lone less-than is text")
        << QStringLiteral("latency < 200 ms") << QStringLiteral("latency < 200 ms");
    QTest::newRow("tag cut off at the end") << QStringLiteral("Hello <span cla") << QStringLiteral("hello");
    QTest::newRow("upper-case tags") << QStringLiteral("<P>Hi</P><BR>there") << QStringLiteral("hi there");
    QTest::newRow("whitespace collapsed") << QStringLiteral("\n  <p>We are\n\n   investigating\t now</p>\n")
                                          << QStringLiteral("we are investigating now");
    QTest::newRow("doctype and head")
        << QStringLiteral("<!DOCTYPE html><html><head><title>Status</title></head><body>Up</body></html>")
        << QStringLiteral("status up");
}

void TestPublicTextExtractor::html()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(PublicTextExtractor::fromHtml(html), text);
}

void TestPublicTextExtractor::json_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("scopeId");
    QTest::addColumn<QString>("text");

    const QByteArray incidents = R"({"page":{"id":"p1","name":"Example"},"incidents":[
        {"id":"old1","name":"Earlier outage","incident_updates":[{"id":"u0","body":"Resolved   yesterday."}]},
        {"id":"abc123","name":"Checkout errors","incident_updates":[
            {"id":"u2","body":"We found the cause."},{"id":"u1","body":"We are\ninvestigating."}]}]})";
    // QJsonObject keeps its members in key order: the strings come in that order.
    QTest::newRow("every string") << QByteArray(R"({"a":"One","b":[2,"Two",{"c":"Three"}],"d":true})")
                                  << QString() << QStringLiteral("one two three");
    QTest::newRow("whole page") << incidents << QString()
                                << QStringLiteral(
                                       "old1 resolved yesterday. u0 earlier outage abc123 we found the "
                                       "cause. u2 we are investigating. u1 checkout errors p1 "
                                       "example");
    QTest::newRow("scoped to one incident")
        << incidents << QStringLiteral("abc123")
        << QStringLiteral("abc123 we found the cause. u2 we are investigating. u1 checkout errors");
    QTest::newRow("scope not there") << incidents << QStringLiteral("zzz") << QString();
    QTest::newRow("numeric id (Cachet)")
        << QByteArray(R"({"data":[{"id":41,"message":"Other"},{"id":42,"message":"Ours"}]})")
        << QStringLiteral("42") << QStringLiteral("ours");
    QTest::newRow("markup in a string stays") << QByteArray(R"({"body":"on it <team> &amp; co"})")
                                              << QString() << QStringLiteral("on it <team> &amp; co");
    QTest::newRow("top-level array") << QByteArray(R"([{"id":"x","body":"A"},{"id":"y","body":"B"}])")
                                     << QStringLiteral("y") << QStringLiteral("b y");
    QTest::newRow("not JSON") << QByteArray("<html>nope</html>") << QString() << QString();
}

void TestPublicTextExtractor::json()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, scopeId);
    QFETCH(QString, text);
    QCOMPARE(PublicTextExtractor::fromJson(json, scopeId), text);
}

void TestPublicTextExtractor::plainText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");

    QTest::newRow("case folded") << QStringLiteral("WE ARE Investigating")
                                 << QStringLiteral("we are investigating");
    QTest::newRow("composed") << QStringLiteral("cafe\u0301 ouvert") << QStringLiteral("café ouvert");
    QTest::newRow("accented capitals") << QStringLiteral("ÉTÉ Été") << QStringLiteral("été été");
    QTest::newRow("line breaks") << QStringLiteral("Line one\r\nLine two\n\nThree")
                                 << QStringLiteral("line one line two three");
    QTest::newRow("thin and no-break spaces")
        << QStringLiteral("15\u202F%\u00A0faster") << QStringLiteral("15 % faster");
    QTest::newRow("empty") << QStringLiteral("  \n ") << QString();
}

void TestPublicTextExtractor::plainText()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QCOMPARE(PublicTextExtractor::fromPlainText(input), text);
}

void TestPublicTextExtractor::picksTheFormatFromTheAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("text");

    QTest::newRow("json by type") << QByteArray(R"({"b":"Hi &amp; bye"})")
                                  << QByteArray("application/json; charset=utf-8")
                                  << QStringLiteral("hi &amp; bye");
    QTest::newRow("html by type") << QByteArray("<p>Hi &amp; bye</p>") << QByteArray("text/html")
                                  << QStringLiteral("hi & bye");
    QTest::newRow("json sniffed") << QByteArray(" \n[\"Hi\"]") << QByteArray() << QStringLiteral("hi");
    QTest::newRow("html sniffed") << QByteArray("<!doctype html><p>Hi</p>") << QByteArray()
                                  << QStringLiteral("hi");
    QTest::newRow("plain text") << QByteArray("Hi <there>") << QByteArray("text/plain")
                                << QStringLiteral("hi <there>");
    QTest::newRow("utf-8") << QByteArray("<p>Incident r\xc3\xa9solu</p>") << QByteArray("text/html")
                           << QStringLiteral("incident résolu");
}

void TestPublicTextExtractor::picksTheFormatFromTheAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, text);
    QCOMPARE(PublicTextExtractor::fromResponse(body, contentType), text);
}

void TestPublicTextExtractor::findsTheMessageOnTheFallbackPageMarkup()
{
    // The body as the commander wrote it, and as the fallback page escapes and wraps it.
    const QString body = QStringLiteral("Payments <failing> & slow.\n\nNext update by 15:00 — merci.");
    const QString page = QStringLiteral(
        "<li>\n<p class=\"meta\"><strong>Investigating</strong> · 14:02</p>\n<p class=\"text\" dir=\"auto\">"
        "Payments &lt;failing&gt; &amp; slow.\n\nNext update by 15:00 &#8212; merci.</p>\n</li>");
    QVERIFY(PublicTextExtractor::shows(PublicTextExtractor::fromHtml(page),
                                       PublicTextExtractor::fromPlainText(body)));
    QVERIFY(!PublicTextExtractor::shows(
        PublicTextExtractor::fromHtml(page),
        PublicTextExtractor::fromPlainText(QStringLiteral("Payments are back."))));
}

void TestPublicTextExtractor::anEmptyNeedleShowsNothing()
{
    QVERIFY(!PublicTextExtractor::shows(QStringLiteral("anything"), QString()));
    QVERIFY(PublicTextExtractor::shows(QStringLiteral("anything"), QStringLiteral("thing")));
}

QTEST_GUILESS_MAIN(TestPublicTextExtractor)
#include "tst_publictextextractor.moc"
