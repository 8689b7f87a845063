#include "PostMortemFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// `vigie report` end to end: the built executable, with no display, on a store the fixture prepared.
class TestReportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    Run report(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Nothing to draw on: the command must bring its own (offscreen) platform.
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VIGIE_EXECUTABLE), QStringList{QStringLiteral("report")} + arguments);
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromLocal8Bit(process.readAllStandardOutput()),
                   QString::fromLocal8Bit(process.readAllStandardError())};
    }

    QString output(const QString& name) { return m_dir.filePath(name); }

    QByteArray head(const QString& path, int bytes)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
    }

    QString pdfText(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        p.waitForFinished(60'000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("vigie.sqlite"));
        const QString error = PostMortemFixture::writeStore(m_database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("out.pdf") << QByteArray("%PDF-");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("out.html")
                              << QByteArray("<!DOCTYPE html>");
        QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("out.md")
                            << QByteArray("# INC-1 — Card");
        // No --format: the file's extension says.
        QTest::newRow("from the extension")
            << QString() << QStringLiteral("by-extension.html") << QByteArray("<!DOCTYPE html>");
    }

    void writesEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(QByteArray, start);
        QStringList arguments{QStringLiteral("INC-1"), QStringLiteral("-o"), output(file),
                              QStringLiteral("--database"), m_database};
        if (!format.isEmpty())
            arguments << QStringLiteral("--format") << format;
        const Run run = report(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("INC-1: post-mortem written to ") + output(file)),
                 qPrintable(run.out));
        QCOMPARE(head(output(file), int(start.size())), start);
        QVERIFY(QFileInfo(output(file)).size() > 1000);
    }

    void choosesLanguageZonePaperAndEdition()
    {
        const QString file = output(QStringLiteral("customer.pdf"));
        const Run run = report(
            {QStringLiteral("inc-1"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
             file, QStringLiteral("--database"), m_database, QStringLiteral("--language"),
             QStringLiteral("fr"), QStringLiteral("--time-zone"), QStringLiteral("UTC"),
             QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--customer")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("page")), qPrintable(run.out));
        const QString text = pdfText(file).normalized(QString::NormalizationForm_KC);
        QVERIFY(text.contains(QStringLiteral("3 mars 2026"))); // French dates, whatever the catalogue holds
        QVERIFY(text.contains(QStringLiteral("13:00")));       // started, in UTC
        QVERIFY(!text.contains(PostMortemFixture::internalNote()));
        QVERIFY(!text.contains(PostMortemFixture::scratchPad()));
        QVERIFY(text.contains(PostMortemFixture::publicNote()));
        QVERIFY(!text.contains(PostMortemFixture::plantedSecret()));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {file});
        QVERIFY(info.waitForFinished(60'000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(letter)")));
    }

    void unknownIncidentNamesWhatWasAskedAndWhatExists()
    {
        const QString file = output(QStringLiteral("never.pdf"));
        const Run run = report({QStringLiteral("INC-404"), QStringLiteral("-o"), file,
                                QStringLiteral("--database"), m_database});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("INC-404")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("the most recent are: INC-1.")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(file));
    }

    void unwritableFileIsAnError()
    {
        const QString file = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const Run run = report(
            {QStringLiteral("INC-1"), QStringLiteral("-o"), file, QStringLiteral("--database"), m_database});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Could not write the report to ") + file),
                 qPrintable(run.err));
    }

    void missingStoreIsAnError()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nothing.sqlite"));
        const Run run = report({QStringLiteral("INC-1"), QStringLiteral("-o"),
                                output(QStringLiteral("x.pdf")), QStringLiteral("--database"), missing});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("there is no Vigie store at ") + missing),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(missing)); // not created by asking
    }

    void wrongCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("format") << QStringList{QStringLiteral("INC-1"), QStringLiteral("-o"),
                                               QStringLiteral("r.docx"), QStringLiteral("--format"),
                                               QStringLiteral("docx")}
                                << QStringLiteral("--format: expected pdf, html or md");
        QTest::newRow("no format") << QStringList{QStringLiteral("INC-1"), QStringLiteral("-o"),
                                                  QStringLiteral("r")}
                                   << QStringLiteral("which format?");
        QTest::newRow("no output") << QStringList{QStringLiteral("INC-1")} << QStringLiteral("-o FILE");
        QTest::newRow("no incident") << QStringList{QStringLiteral("-o"), QStringLiteral("r.pdf")}
                                     << QStringLiteral("which incident?");
        QTest::newRow("zone") << QStringList{QStringLiteral("INC-1"), QStringLiteral("-o"),
                                             QStringLiteral("r.pdf"), QStringLiteral("--time-zone"),
                                             QStringLiteral("Mars/Olympus_Mons")}
                              << QStringLiteral("Mars/Olympus_Mons");
        QTest::newRow("language") << QStringList{QStringLiteral("INC-1"), QStringLiteral("-o"),
                                                 QStringLiteral("r.pdf"), QStringLiteral("--language"),
                                                 QStringLiteral("de")}
                                  << QStringLiteral("--language: expected en or fr");
        QTest::newRow("paper") << QStringList{QStringLiteral("INC-1"), QStringLiteral("-o"),
                                              QStringLiteral("r.pdf"), QStringLiteral("--paper"),
                                              QStringLiteral("a3")}
                               << QStringLiteral("--paper: expected a4 or letter");
    }

    void wrongCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = report(arguments << QStringLiteral("--database") << m_database);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
