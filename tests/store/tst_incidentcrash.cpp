#include "store/Database.h"
#include "store/IncidentTable.h"
#include "TypedText.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A draft saved as it is typed survives a SIGKILL of the process: every version the store reported
// committed (or a newer one) is in the file afterwards, and the file opens cleanly.
class TestIncidentCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedDraftSavesSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("crash.db"));

        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/incident_writer_child"),
                    {path});
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));

        int lastReported = -1;
        auto readReports = [&child, &lastReported] {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("committed "))
                    lastReported = line.mid(10).toInt();
            }
        };
        connect(&child, &QProcess::readyReadStandardOutput, this, readReports);
        QTRY_VERIFY2_WITH_TIMEOUT(lastReported >= 400 || child.state() != QProcess::Running,
                                  child.readAllStandardError().constData(), 60'000);
        QCOMPARE(child.state(), QProcess::Running);
        child.kill();
        QVERIFY(child.waitForFinished(10'000));
        readReports(); // lines written before the kill still count
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(lastReported >= 400);

        Database db;
        const DbResult<bool> reopened = db.open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error));
        QCOMPARE(db.integrityCheck().value, QStringLiteral("ok"));
        const DbResult<QList<IncidentRecord>> records = IncidentTable(db).loadAll();
        QVERIFY2(records.ok(), qPrintable(records.error));
        QCOMPARE(records.value.size(), 1);
        QCOMPARE(records.value.first().incident.reference, QStringLiteral("INC-1"));
        QCOMPARE(records.value.first().drafts.size(), 1);
        const QString body = records.value.first().drafts.first().body;
        const int keystrokes = TypedText::keystrokesOf(body);
        QVERIFY2(keystrokes >= 0, qPrintable(QStringLiteral("not a typed version: %1").arg(body)));
        QVERIFY2(keystrokes >= lastReported,
                 qPrintable(QStringLiteral("%1 keystrokes stored, %2 reported committed")
                                .arg(keystrokes)
                                .arg(lastReported)));
        QVERIFY(body.startsWith(TypedText::after(lastReported)));
    }
};

QTEST_GUILESS_MAIN(TestIncidentCrash)
#include "tst_incidentcrash.moc"
