#include "ResultGenerator.h"
#include "store/Database.h"
#include "store/ResultTable.h"
#include "store/RollupTable.h"
#include "store/Store.h"
#include "time/Clock.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// What the store reports as stored survives a SIGKILL of the process, and the file opens cleanly afterwards.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedResultsSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));

        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/store_writer_child"), {path});
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));

        qint64 lastReported = 0;
        auto readReports = [&child, &lastReported] {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("stored "))
                    lastReported = line.mid(7).toLongLong();
            }
        };
        connect(&child, &QProcess::readyReadStandardOutput, this, readReports);
        QTRY_VERIFY2_WITH_TIMEOUT(lastReported >= 20000 || child.state() != QProcess::Running,
                                  child.readAllStandardError().constData(), 60'000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished(10'000));
        readReports(); // lines written before the kill still count
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(lastReported >= 20000);

        Database db;
        const DbResult<bool> reopened = db.open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error));
        QCOMPARE(db.integrityCheck().value, QStringLiteral("ok"));
        ResultTable results(db);
        const qint64 count = results.count().value;
        QVERIFY2(count >= lastReported,
                 qPrintable(QStringLiteral("%1 stored, %2 reported").arg(count).arg(lastReported)));

        // The open minutes the kill left unwritten are rebuilt: every stored result is in exactly one rollup.
        QVERIFY(RollupTable(db).recover(results).ok());
        QSqlQuery sum(db.connection());
        QVERIFY(sum.exec(QStringLiteral("SELECT SUM(result_count) FROM rollups")) && sum.next());
        QCOMPARE(sum.value(0).toLongLong(), count);

        // And a new run writes to the same file.
        QVERIFY(db.begin(QStringLiteral("test")).ok());
        CheckResult next;
        next.serviceId = 9999;
        next.startedAtMs = SystemClock::instance().nowMs() + 3'600'000;
        QCOMPARE(results.insert({next}).value, 1);
        QVERIFY(db.commit(QStringLiteral("test")).ok());
        QCOMPARE(results.count().value, count + 1);
        db.close();

        Store store(SystemClock::instance());
        const DbResult<bool> restarted = store.open(path);
        QVERIFY2(restarted.ok(), qPrintable(restarted.error));
        QSignalSpy stored(&store, &Store::resultsStored);
        store.enqueueResults(ResultGenerator(10, next.startedAtMs + 60'000, 7).next(10));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10'000);
        QCOMPARE(stored.first().first().toInt(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
