#include "publish/upload/FileUploader.h"
#include "publish/upload/UploadTarget.h"

#include "UploadTestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

ChannelConfig channelWith(const QVariantMap& settings)
{
    ChannelConfig channel;
    channel.name = QStringLiteral("Fallback page");
    channel.type = QStringLiteral("fallback-page");
    channel.settings = settings;
    return channel;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

UploadTarget folderTarget(const QString& path)
{
    QString error;
    const auto target = UploadTarget::fromChannel(
        channelWith({{QStringLiteral("target"), QStringLiteral("folder")}, {QStringLiteral("path"), path}}),
        &error);
    return target.value_or(UploadTarget{});
}

} // namespace

class TestFileUploader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsAreRefusedWithTheirName_data();
    void settingsAreRefusedWithTheirName();
    void settingsAreRead();
    void indexPagesGoLast();
    void unsafePathsAreRefused();
    void folderReceivesEveryFileAtomically();
    void unchangedFilesAreNotWrittenAgain();
    void unwritableFolderIsNamed_data();
    void unwritableFolderIsNamed();
};

void TestFileUploader::settingsAreRefusedWithTheirName_data()
{
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("named");
    const QString target = QStringLiteral("target");
    QTest::newRow("no target") << QVariantMap{} << QStringLiteral("\"target\"");
    QTest::newRow("unknown target") << QVariantMap{{target, QStringLiteral("ftp")}}
                                    << QStringLiteral("\"target\"");
    QTest::newRow("folder without path")
        << QVariantMap{{target, QStringLiteral("folder")}} << QStringLiteral("\"path\"");
    QTest::newRow("relative folder") << QVariantMap{{target, QStringLiteral("folder")},
                                                    {QStringLiteral("path"), QStringLiteral("www")}}
                                     << QStringLiteral("\"path\"");
    QTest::newRow("webdav without url")
        << QVariantMap{{target, QStringLiteral("webdav")}} << QStringLiteral("\"url\"");
    QTest::newRow("webdav with ftp url")
        << QVariantMap{{target, QStringLiteral("webdav")},
                       {QStringLiteral("url"), QStringLiteral("ftp://127.0.0.1/")}}
        << QStringLiteral("\"url\"");
    QTest::newRow("password in url") << QVariantMap{{target, QStringLiteral("webdav")},
                                                    {QStringLiteral("url"),
                                                     QStringLiteral("http://u:hunter2@127.0.0.1/")}}
                                     << QStringLiteral("\"password\"");
    QTest::newRow("prefix climbs out")
        << QVariantMap{{target, QStringLiteral("webdav")},
                       {QStringLiteral("url"), QStringLiteral("http://127.0.0.1/")},
                       {QStringLiteral("prefix"), QStringLiteral("../etc")}}
        << QStringLiteral("\"prefix\"");
    QTest::newRow("sftp without host verification")
        << QVariantMap{{target, QStringLiteral("sftp")},
                       {QStringLiteral("url"), QStringLiteral("sftp://127.0.0.1/srv/www")},
                       {QStringLiteral("username"), QStringLiteral("www")}}
        << QStringLiteral("\"host_key_sha256\"");
    QTest::newRow("sftp malformed fingerprint")
        << QVariantMap{{target, QStringLiteral("sftp")},
                       {QStringLiteral("url"), QStringLiteral("sftp://127.0.0.1/srv/www")},
                       {QStringLiteral("username"), QStringLiteral("www")},
                       {QStringLiteral("host_key_sha256"), QStringLiteral("abc")}}
        << QStringLiteral("\"host_key_sha256\"");
    QTest::newRow("sftp without user")
        << QVariantMap{{target, QStringLiteral("sftp")},
                       {QStringLiteral("url"), QStringLiteral("sftp://127.0.0.1/srv/www")},
                       {QStringLiteral("known_hosts"), QStringLiteral("/dev/null")}}
        << QStringLiteral("\"username\"");
    QTest::newRow("sftp with missing known_hosts file")
        << QVariantMap{{target, QStringLiteral("sftp")},
                       {QStringLiteral("url"), QStringLiteral("sftp://www@127.0.0.1/srv/www")},
                       {QStringLiteral("known_hosts"), QStringLiteral("/nonexistent/known_hosts")}}
        << QStringLiteral("\"known_hosts\"");
    QTest::newRow("s3 without region")
        << QVariantMap{{target, QStringLiteral("s3")},
                       {QStringLiteral("url"), QStringLiteral("https://127.0.0.1/")}}
        << QStringLiteral("\"region\"");
    QTest::newRow("timeout not a number")
        << QVariantMap{{target, QStringLiteral("folder")},
                       {QStringLiteral("path"), QStringLiteral("/srv/www")},
                       {QStringLiteral("timeout_seconds"), QStringLiteral("soon")}}
        << QStringLiteral("\"timeout_seconds\"");
}

void TestFileUploader::settingsAreRefusedWithTheirName()
{
    QFETCH(QVariantMap, settings);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!UploadTarget::fromChannel(channelWith(settings), &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.startsWith(QLatin1String("Fallback page:")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error));
}

void TestFileUploader::settingsAreRead()
{
    QString error;
    const auto target = UploadTarget::fromChannel(
        channelWith({{QStringLiteral("target"), QStringLiteral("SFTP")},
                     {QStringLiteral("url"), QStringLiteral("sftp://www@127.0.0.1:2222/srv/status")},
                     {QStringLiteral("prefix"), QStringLiteral("/public//page")},
                     {QStringLiteral("host_key_sha256"),
                      QStringLiteral("SHA256:Eu3apdYNc3JhgWz/kQNmyailcCOlzttilKcp/KF9Gbo=")},
                     {QStringLiteral("timeout_seconds"), 12}}),
        &error);
    QVERIFY2(target, qPrintable(error));
    QCOMPARE(target->kind, UploadTarget::Kind::Sftp);
    QCOMPARE(target->username, QStringLiteral("www"));
    QCOMPARE(target->prefix, QStringLiteral("public/page/"));
    QCOMPARE(target->hostKeySha256, QStringLiteral("Eu3apdYNc3JhgWz/kQNmyailcCOlzttilKcp/KF9Gbo"));
    QCOMPARE(target->timeoutMs, 12'000);
    QCOMPARE(target->describe(), QStringLiteral("SFTP sftp://127.0.0.1:2222/srv/status/public/page/"));
    QVERIFY(target->secretNames().contains(QStringLiteral("private_key")));
}

void TestFileUploader::indexPagesGoLast()
{
    const PublishedFiles ordered = FileUploader::inUploadOrder(uploadTestFiles());
    QStringList paths;
    for (const PublishedFile& file : ordered)
        paths.append(file.path);
    QCOMPARE(paths, (QStringList{QStringLiteral("summary.json"), QStringLiteral("history.atom"),
                                 QStringLiteral("fr/index.html"), QStringLiteral("index.html")}));
}

void TestFileUploader::unsafePathsAreRefused()
{
    QTemporaryDir root;
    for (const QString& path : {QStringLiteral("../escape.html"), QStringLiteral("/etc/passwd"),
                                QStringLiteral("a//b.html"), QStringLiteral("")}) {
        const UploadResult result =
            FileUploader().upload({{path, "text/html", "x"}}, folderTarget(root.path()), Secrets());
        QCOMPARE(result.status, UploadResult::Status::Failed);
        QVERIFY(result.uploaded.isEmpty());
    }
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
    QVERIFY(!QFile::exists(QFileInfo(root.path()).dir().filePath(QStringLiteral("escape.html"))));
}

void TestFileUploader::folderReceivesEveryFileAtomically()
{
    QTemporaryDir root;
    const QString www = root.path() + QStringLiteral("/www");
    const PublishedFiles files = uploadTestFiles();
    UploadResult result = FileUploader().upload(files, folderTarget(www), Secrets());
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.uploaded.last(), QStringLiteral("index.html"));
    QCOMPARE(result.uploaded.size(), files.size());
    for (const PublishedFile& file : files) {
        QCOMPARE(readFile(www + QLatin1Char('/') + file.path), file.bytes);
        // The web server serving the folder is usually another user.
        QVERIFY(QFile::permissions(www + QLatin1Char('/') + file.path) & QFileDevice::ReadOther);
    }
    // A second version replaces the first; no temporary file is left beside them.
    const PublishedFiles second = uploadTestFiles("2");
    result = FileUploader().upload(second, folderTarget(www), Secrets());
    QVERIFY2(result.ok(), qPrintable(result.message));
    for (const PublishedFile& file : second)
        QCOMPARE(readFile(www + QLatin1Char('/') + file.path), file.bytes);
    QCOMPARE(QDir(www).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral("fr"), QStringLiteral("history.atom"), QStringLiteral("index.html"),
                          QStringLiteral("summary.json")}));
    QCOMPARE(
        QDir(www + QStringLiteral("/fr")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
        QStringList{QStringLiteral("index.html")});
}

void TestFileUploader::unchangedFilesAreNotWrittenAgain()
{
    QTemporaryDir root;
    const UploadTarget target = folderTarget(root.path());
    const UploadResult first = FileUploader().upload(uploadTestFiles(), target, Secrets());
    QVERIFY2(first.ok(), qPrintable(first.message));
    // Mark the copies so that a rewrite would show.
    for (const QString& path : {QStringLiteral("summary.json"), QStringLiteral("history.atom")}) {
        QFile file(root.path() + QLatin1Char('/') + path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("marker");
    }
    PublishedFiles changed = uploadTestFiles();
    changed[0].bytes += "<p>update</p>"; // index.html only
    const UploadResult second =
        FileUploader().upload(changed, target, Secrets(), UploadDigests::fromJson(first.digests.toJson()));
    QVERIFY2(second.ok(), qPrintable(second.message));
    QCOMPARE(second.uploaded, QStringList{QStringLiteral("index.html")});
    QCOMPARE(second.unchanged.size(), 3);
    QCOMPARE(readFile(root.path() + QStringLiteral("/summary.json")), QByteArray("marker"));
    QCOMPARE(readFile(root.path() + QStringLiteral("/index.html")), changed[0].bytes);

    // Digests made for another place count for nothing there.
    QTemporaryDir elsewhere;
    const UploadResult third =
        FileUploader().upload(changed, folderTarget(elsewhere.path()), Secrets(), second.digests);
    QVERIFY2(third.ok(), qPrintable(third.message));
    QCOMPARE(third.uploaded.size(), 4);
    QVERIFY(third.unchanged.isEmpty());
}

void TestFileUploader::unwritableFolderIsNamed_data()
{
    QTest::addColumn<QString>("relative");
    // A path under a plain file fails for every user, root included (tests may run as root, which
    // ignores permission bits).
    QTest::newRow("folder is a file") << QStringLiteral("plain-file");
    QTest::newRow("parent is a file") << QStringLiteral("plain-file/www");
}

void TestFileUploader::unwritableFolderIsNamed()
{
    QFETCH(QString, relative);
    QTemporaryDir root;
    QFile plain(root.path() + QStringLiteral("/plain-file"));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QString folder = root.path() + QLatin1Char('/') + relative;
    const UploadResult result = FileUploader().upload(uploadTestFiles(), folderTarget(folder), Secrets());
    QCOMPARE(result.status, UploadResult::Status::Failed);
    QVERIFY(result.uploaded.isEmpty());
    QCOMPARE(result.failedPath, QStringLiteral("summary.json"));
    QVERIFY2(result.message.contains(QDir::toNativeSeparators(folder)), qPrintable(result.message));
    QVERIFY2(result.message.startsWith(QLatin1String("Fallback page:")), qPrintable(result.message));
    QCOMPARE(result.toOutcome(QString()).kind, DeliveryOutcome::Kind::Failed);
}

QTEST_GUILESS_MAIN(TestFileUploader)
#include "tst_fileuploader.moc"
