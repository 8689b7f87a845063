#include "ResultGenerator.h"
#include "store/Database.h"
#include "store/ResultTable.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The file must stay small enough to keep a month of results for hundreds of services: at most 40 bytes per
// raw result, measured on a realistic stream (500 services, 200k results, 2 % failures with a reason).
class TestStorageSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawResultsFitInFortyBytes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("size.db"));
        Database db;
        QVERIFY(db.open(path).ok());
        ResultTable table(db);
        ResultGenerator generator(500, 1'763'000'000'000);
        constexpr int Total = 200'000;
        constexpr int Batch = 500;
        for (int done = 0; done < Total; done += Batch) {
            QVERIFY(db.begin(QStringLiteral("test")).ok());
            const DbResult<int> inserted = table.insert(generator.next(Batch));
            QVERIFY2(inserted.ok(), qPrintable(inserted.error));
            QVERIFY(db.commit(QStringLiteral("test")).ok());
        }
        QCOMPARE(table.count().value, qint64(Total));
        QVERIFY(db.checkpoint().ok());
        const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        const double perResult = double(bytes) / Total;
        qInfo("%.2f bytes per raw result (%lld bytes for %d results)", perResult, bytes, Total);
        QVERIFY2(perResult <= 40.0, qPrintable(QString::number(perResult)));
    }
};

QTEST_GUILESS_MAIN(TestStorageSize)
#include "tst_storagesize.moc"
