#include "publish/upload/FileUploader.h"
#include "publish/upload/PrivateKeyFile.h"
#include "publish/upload/UploadTarget.h"

#include "SshServer.h"
#include "UploadTestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

QStringList everythingUnder(const QString& root)
{
    QStringList found;
    const QDir dir(root);
    for (const QFileInfo& entry :
         dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        if (entry.isDir()) {
            for (const QString& inner : everythingUnder(entry.filePath()))
                found.append(entry.fileName() + QLatin1Char('/') + inner);
        } else {
            found.append(entry.fileName());
        }
    }
    return found;
}

} // namespace

class TestSftpUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyFileIsPrivateAndRemoved();
    void filesLandByteForByte_data();
    void filesLandByteForByte();
    void wrongHostKeyPinIsRefused();
    void unknownHostIsRefused();
    void wrongKeyIsRefused();

private:
    UploadTarget target(const QVariantMap& verification, const QString& prefix = QString()) const;
    Secrets keySecrets(const QByteArray& key) const;

    SshServer m_sshd;
    QTemporaryDir m_tmp;
};

void TestSftpUpload::initTestCase()
{
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    // Key files go to TMPDIR: a private one, so the test sees that none is left behind.
    QVERIFY(m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
}

void TestSftpUpload::cleanupTestCase()
{
    m_sshd.stop();
}

UploadTarget TestSftpUpload::target(const QVariantMap& verification, const QString& prefix) const
{
    ChannelConfig channel;
    channel.name = QStringLiteral("Fallback SFTP");
    channel.settings = verification;
    channel.settings.insert(QStringLiteral("target"), QStringLiteral("sftp"));
    channel.settings.insert(QStringLiteral("url"), m_sshd.url());
    channel.settings.insert(QStringLiteral("username"), m_sshd.userName());
    channel.settings.insert(QStringLiteral("prefix"), prefix);
    channel.settings.insert(QStringLiteral("timeout_seconds"), 20);
    QString error;
    const auto parsed = UploadTarget::fromChannel(channel, &error);
    if (!parsed)
        qWarning("%s", qPrintable(error));
    return parsed.value_or(UploadTarget{});
}

Secrets TestSftpUpload::keySecrets(const QByteArray& key) const
{
    Secrets secrets;
    secrets.set(QStringLiteral("private_key"), key);
    return secrets;
}

void TestSftpUpload::keyFileIsPrivateAndRemoved()
{
    QString path;
    {
        const PrivateKeyFile file(
            "-----BEGIN OPENSSH PRIVATE KEY-----\r\nabc\r\n-----END OPENSSH PRIVATE KEY-----");
        QVERIFY(file.isValid());
        path = file.path();
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(readFile(path),
                 QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n"));
    }
    QVERIFY(!QFile::exists(path));
}

void TestSftpUpload::filesLandByteForByte_data()
{
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("pinned host key") << true << QString();
    QTest::newRow("known_hosts file, under a prefix") << false << QStringLiteral("status/page");
}

void TestSftpUpload::filesLandByteForByte()
{
    QFETCH(bool, pinned);
    QFETCH(QString, prefix);
    const QVariantMap verification =
        pinned ? QVariantMap{{QStringLiteral("host_key_sha256"),
                              QString(QStringLiteral("SHA256:") + m_sshd.hostKeySha256())}}
               : QVariantMap{{QStringLiteral("known_hosts"), m_sshd.knownHostsPath()}};
    const QString root = m_sshd.dataPath() + (prefix.isEmpty() ? QString() : QLatin1Char('/') + prefix);
    // Twice: the second upload replaces files that are already there.
    for (const QByteArray& version : {QByteArray("1"), QByteArray("2")}) {
        const PublishedFiles files = uploadTestFiles(version);
        const UploadResult result = FileUploader().upload(files, target(verification, prefix),
                                                          keySecrets(m_sshd.authorisedPrivateKey()));
        QVERIFY2(result.ok(), qPrintable(result.message + QLatin1Char('\n') + m_sshd.log()));
        QCOMPARE(result.uploaded.last(), QStringLiteral("index.html"));
        for (const PublishedFile& file : files)
            QCOMPARE(readFile(root + QLatin1Char('/') + file.path), file.bytes);
        QCOMPARE(everythingUnder(root),
                 (QStringList{QStringLiteral("fr/index.html"), QStringLiteral("history.atom"),
                              QStringLiteral("index.html"), QStringLiteral("summary.json")}));
    }
    QCOMPARE(everythingUnder(m_tmp.path()), QStringList());
}

void TestSftpUpload::wrongHostKeyPinIsRefused()
{
    QByteArray wrong = m_sshd.hostKeySha256().toLatin1();
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    const UploadResult result = FileUploader().upload(
        uploadTestFiles(),
        target({{QStringLiteral("host_key_sha256"), QVariant(QString::fromLatin1(wrong))}},
               QStringLiteral("pin")),
        keySecrets(m_sshd.authorisedPrivateKey()));
    QCOMPARE(result.status, UploadResult::Status::Failed);
    QVERIFY2(result.message.contains(QLatin1String("host key does not match")), qPrintable(result.message));
    QVERIFY(!QFile::exists(m_sshd.dataPath() + QStringLiteral("/pin")));
    QCOMPARE(everythingUnder(m_tmp.path()), QStringList());
}

void TestSftpUpload::unknownHostIsRefused()
{
    QTemporaryDir other;
    QFile empty(other.path() + QStringLiteral("/known_hosts"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const UploadResult result = FileUploader().upload(
        uploadTestFiles(),
        target({{QStringLiteral("known_hosts"), empty.fileName()}}, QStringLiteral("unknown")),
        keySecrets(m_sshd.authorisedPrivateKey()));
    QCOMPARE(result.status, UploadResult::Status::Failed);
    QVERIFY2(result.message.contains(QLatin1String("known_hosts")), qPrintable(result.message));
    QVERIFY(!QFile::exists(m_sshd.dataPath() + QStringLiteral("/unknown")));
}

void TestSftpUpload::wrongKeyIsRefused()
{
    const UploadResult result = FileUploader().upload(
        uploadTestFiles(),
        target({{QStringLiteral("host_key_sha256"), m_sshd.hostKeySha256()}}, QStringLiteral("stranger")),
        keySecrets(m_sshd.unauthorisedPrivateKey()));
    QCOMPARE(result.status, UploadResult::Status::Failed);
    QCOMPARE(result.failedPath, QStringLiteral("summary.json"));
    QVERIFY2(result.message.contains(QLatin1String("refused the credentials")), qPrintable(result.message));
    QVERIFY2(!result.message.contains(QLatin1String("PRIVATE KEY")), qPrintable(result.message));
    QVERIFY(!QFile::exists(m_sshd.dataPath() + QStringLiteral("/stranger")));
    QCOMPARE(everythingUnder(m_tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestSftpUpload)
#include "tst_sftpupload.moc"
