#include "monitor/JsonPointer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestJsonPointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void rejectsMalformedPointers_data();
    void rejectsMalformedPointers();
};

namespace {

const QByteArray document = R"({"status": "UP", "a/b": 1, "m~n": 2, "items": [{"id": 7}, {"id": 8}],
                                "": {"x": true}, "nested": {"deep": [0, [1, 2]]}, "0": "zero key"})";

QJsonValue root()
{
    return QJsonDocument::fromJson(document).object();
}

} // namespace

void TestJsonPointer::resolve_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("whole document") << QString() << true << root();
    QTest::newRow("member") << QStringLiteral("/status") << true << QJsonValue(QStringLiteral("UP"));
    QTest::newRow("~1 is a slash") << QStringLiteral("/a~1b") << true << QJsonValue(1);
    QTest::newRow("~0 is a tilde") << QStringLiteral("/m~0n") << true << QJsonValue(2);
    QTest::newRow("array index") << QStringLiteral("/items/1/id") << true << QJsonValue(8);
    QTest::newRow("nested arrays") << QStringLiteral("/nested/deep/1/0") << true << QJsonValue(1);
    QTest::newRow("empty key") << QStringLiteral("//x") << true << QJsonValue(true);
    QTest::newRow("digits as object key")
        << QStringLiteral("/0") << true << QJsonValue(QStringLiteral("zero key"));
    QTest::newRow("missing member") << QStringLiteral("/missing") << false << QJsonValue();
    QTest::newRow("index past the end") << QStringLiteral("/items/2") << false << QJsonValue();
    QTest::newRow("leading zero index") << QStringLiteral("/items/01") << false << QJsonValue();
    QTest::newRow("dash index") << QStringLiteral("/items/-") << false << QJsonValue();
    QTest::newRow("non-numeric index") << QStringLiteral("/items/id") << false << QJsonValue();
    QTest::newRow("below a scalar") << QStringLiteral("/status/x") << false << QJsonValue();
}

void TestJsonPointer::resolve()
{
    QFETCH(QString, pointer);
    QFETCH(bool, found);
    QFETCH(QJsonValue, expected);

    QString error;
    const std::optional<JsonPointer> parsed = JsonPointer::parse(pointer, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    const std::optional<QJsonValue> value = parsed->resolve(root());
    QCOMPARE(value.has_value(), found);
    if (found)
        QCOMPARE(*value, expected);
}

void TestJsonPointer::rejectsMalformedPointers_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no leading slash") << QStringLiteral("status") << QStringLiteral("must start with /");
    QTest::newRow("JSONPath style") << QStringLiteral("$.status") << QStringLiteral("must start with /");
    QTest::newRow("bad escape") << QStringLiteral("/a~2") << QStringLiteral("~0");
    QTest::newRow("dangling tilde") << QStringLiteral("/a~") << QStringLiteral("~1");
}

void TestJsonPointer::rejectsMalformedPointers()
{
    QFETCH(QString, pointer);
    QFETCH(QString, messagePart);
    QString error;
    QVERIFY(!JsonPointer::parse(pointer, &error).has_value());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QVERIFY2(error.contains(pointer), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJsonPointer)
#include "tst_jsonpointer.moc"
