#include "comms/GraphemeCounter.h"
#include "comms/MessageLimits.h"
#include "comms/MessagePreview.h"

#include <QTest>

namespace {

QString repeated(const QString& unit, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += unit;
    return text;
}

} // namespace

class MessageLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphemes_data();
    void graphemes();
    void leftNeverSplitsACluster();
    void limits_data();
    void limits();
    void mastodonCountsUrlsAs23_data();
    void mastodonCountsUrlsAs23();
    void previewPerTarget();
    void previewBlocksWhatIsOver();
};

void MessageLimitsTest::graphemes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << QStringLiteral("API down") << 8;
    QTest::newRow("precomposed é") << QStringLiteral("\u00e9t\u00e9") << 3;
    QTest::newRow("e + combining acute") << QStringLiteral("e\u0301te\u0301") << 3;
    QTest::newRow("stacked combining marks") << QStringLiteral("a\u0301\u0323\u0308") << 1;
    QTest::newRow("emoji ZWJ family")
        << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466") << 1;
    QTest::newRow("rainbow flag (ZWJ + VS16)") << QStringLiteral("\U0001F3F3\uFE0F\u200D\U0001F308") << 1;
    QTest::newRow("thumbs up, medium skin tone") << QStringLiteral("\U0001F44D\U0001F3FD") << 1;
    QTest::newRow("two flags") << QStringLiteral("\U0001F1EB\U0001F1F7\U0001F1E8\U0001F1E6") << 2;
    QTest::newRow("CJK") << QStringLiteral("\u65E5\u672C\u8A9E") << 3;
    QTest::newRow("mixed") << QStringLiteral("OK \U0001F44D\U0001F3FD \U0001F1EB\U0001F1F7!") << 7;
    QTest::newRow("CRLF is one") << QStringLiteral("a\r\nb") << 3;
}

void MessageLimitsTest::graphemes()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(GraphemeCounter::count(text), count);
}

void MessageLimitsTest::leftNeverSplitsACluster()
{
    const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    const QString text = QStringLiteral("ab") + family + QStringLiteral("c");
    QCOMPARE(GraphemeCounter::left(text, 3), QStringLiteral("ab") + family);
    QCOMPARE(GraphemeCounter::left(text, 2), QStringLiteral("ab"));
    QCOMPARE(GraphemeCounter::left(text, 10), text);
}

void MessageLimitsTest::limits_data()
{
    QTest::addColumn<PreviewTarget>("target");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("used");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("over");
    const QString flag = QStringLiteral("\U0001F1EB\U0001F1F7");
    QTest::newRow("mastodon at the limit")
        << PreviewTarget::Mastodon << repeated(QStringLiteral("a"), 500) << 500 << 500 << false;
    QTest::newRow("mastodon one over")
        << PreviewTarget::Mastodon << repeated(QStringLiteral("a"), 501) << 501 << 500 << true;
    QTest::newRow("bluesky: 300 flags fit")
        << PreviewTarget::Bluesky << repeated(flag, 300) << 300 << 300 << false;
    QTest::newRow("bluesky: 301 graphemes do not")
        << PreviewTarget::Bluesky << repeated(QStringLiteral("e\u0301"), 301) << 301 << 300 << true;
    QTest::newRow("email subject 78")
        << PreviewTarget::Email << repeated(QStringLiteral("s"), 78) << 78 << 78 << false;
    QTest::newRow("email subject 79")
        << PreviewTarget::Email << repeated(QStringLiteral("s"), 79) << 79 << 78 << true;
    QTest::newRow("chat under 4000") << PreviewTarget::Chat << repeated(QStringLiteral("c"), 3999) << 3999
                                     << 4000 << false;
    QTest::newRow("chat over 4000") << PreviewTarget::Chat << repeated(QStringLiteral("c"), 4001) << 4001
                                    << 4000 << true;
    QTest::newRow("status page has no limit")
        << PreviewTarget::StatusPage << repeated(QStringLiteral("p"), 20000) << 20000 << 0 << false;
}

void MessageLimitsTest::limits()
{
    QFETCH(PreviewTarget, target);
    QFETCH(QString, text);
    QFETCH(int, used);
    QFETCH(int, limit);
    QFETCH(bool, over);
    const MessageLimits::Measure measure = MessageLimits::measure(target, text);
    QCOMPARE(measure.used, used);
    QCOMPARE(measure.limit, limit);
    QCOMPARE(measure.over, over);
}

void MessageLimitsTest::mastodonCountsUrlsAs23_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mastodon");
    QTest::addColumn<int>("bluesky");
    const QString longUrl =
        QStringLiteral("https://status.example.com/incidents/2026/03/03/inc-42-checkout-errors?lang=fr");
    QTest::newRow("long url") << longUrl << 23 << int(longUrl.size());
    QTest::newRow("short url") << QStringLiteral("http://a.io") << 23 << 11;
    QTest::newRow("url in a sentence, full stop after")
        << QStringLiteral("See ") + longUrl + QStringLiteral(".") << 4 + 23 + 1
        << int(4 + longUrl.size() + 1);
    QTest::newRow("remote mention counts its local part")
        << QStringLiteral("cc @ops@social.example.org") << 7 << 26;
    QTest::newRow("no url") << QStringLiteral("status.example.com") << 18 << 18;
}

void MessageLimitsTest::mastodonCountsUrlsAs23()
{
    QFETCH(QString, text);
    QFETCH(int, mastodon);
    QFETCH(int, bluesky);
    QCOMPARE(MessageLimits::measure(PreviewTarget::Mastodon, text).used, mastodon);
    QCOMPARE(MessageLimits::measure(PreviewTarget::Bluesky, text).used, bluesky);
}

void MessageLimitsTest::previewPerTarget()
{
    const MessagePreview social = MessagePreview::build(ChannelKind::Social, QString(),
                                                        QStringLiteral("API is down. Next update by 14:30."));
    QCOMPARE(social.targets.size(), 2);
    QVERIFY(social.find(PreviewTarget::Mastodon).has_value());
    QVERIFY(social.find(PreviewTarget::Bluesky).has_value());
    QVERIFY(!social.find(PreviewTarget::Email).has_value());
    QCOMPARE(social.find(PreviewTarget::Bluesky)->text, QStringLiteral("API is down. Next update by 14:30."));
    QVERIFY(!social.anyBlocked());

    const MessagePreview email = MessagePreview::build(ChannelKind::Email, QStringLiteral("INC-42: API down"),
                                                       QStringLiteral("Hello,"));
    QCOMPARE(email.targets.size(), 1);
    const MessagePreview::Target target = email.targets.constFirst();
    QCOMPARE(target.target, PreviewTarget::Email);
    QVERIFY(target.text.contains(QStringLiteral("INC-42: API down")));
    QVERIFY(target.text.endsWith(QStringLiteral("\n\nHello,")));
    QCOMPARE(target.measure.used, 16);
    QCOMPARE(target.measure.limit, 78);
    QVERIFY(!target.blocked);
}

void MessageLimitsTest::previewBlocksWhatIsOver()
{
    // 301 graphemes: fine on Mastodon (500), blocked on Bluesky (300).
    const QString post = repeated(QStringLiteral("\U0001F44D\U0001F3FD"), 301);
    const MessagePreview social = MessagePreview::build(ChannelKind::Social, QString(), post);
    QVERIFY(!social.find(PreviewTarget::Mastodon)->blocked);
    QVERIFY(social.find(PreviewTarget::Bluesky)->blocked);
    QVERIFY(social.find(PreviewTarget::Bluesky)->blockReason.contains(QStringLiteral("301")));
    QVERIFY(social.anyBlocked());

    const MessagePreview longSubject =
        MessagePreview::build(ChannelKind::Email, repeated(QStringLiteral("x"), 79), QStringLiteral("body"));
    QVERIFY(longSubject.targets.constFirst().blocked);
    const MessagePreview noSubject =
        MessagePreview::build(ChannelKind::Email, QString(), QStringLiteral("body"));
    QVERIFY(noSubject.targets.constFirst().blocked);
    const MessagePreview empty = MessagePreview::build(ChannelKind::Chat, QString(), QStringLiteral("  "));
    QVERIFY(empty.targets.constFirst().blocked);
}

QTEST_GUILESS_MAIN(MessageLimitsTest)
#include "tst_messagelimits.moc"
