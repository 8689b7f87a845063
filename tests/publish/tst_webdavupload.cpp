#include "publish/HttpClient.h"
#include "publish/upload/FileUploader.h"
#include "publish/upload/UploadTarget.h"

#include "NginxServer.h"
#include "UploadTestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

namespace {

const QByteArray User = "publisher";
const QByteArray Password = "correct horse battery";

// An nginx {SSHA} entry (salted SHA-1, as OpenLDAP writes it): base64(SHA1(password + salt) + salt).
QByteArray sshaEntry(const QByteArray& user, const QByteArray& password)
{
    const QByteArray salt = "vigiesalt";
    const QByteArray digest = QCryptographicHash::hash(QByteArray(password + salt), QCryptographicHash::Sha1);
    return user + ":{SSHA}" + QByteArray(digest + salt).toBase64() + '\n';
}

} // namespace

class TestWebDavUpload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filesArriveByteForByte_data();
    void filesArriveByteForByte();
    void wrongPasswordIsNotRetried();
    void missingPasswordIsNamed();
    void stoppedServerIsRetried();

private:
    UploadTarget target(const QString& location, const QString& prefix = QString()) const;
    Secrets secrets(const QByteArray& password) const;
    QByteArray fetch(const QString& path) const;

    std::unique_ptr<NginxServer> m_nginx;
};

void TestWebDavUpload::init()
{
    m_nginx = std::make_unique<NginxServer>();
    const QString prefix = m_nginx->prefixPath();
    QVERIFY(QDir(prefix).mkpath(QStringLiteral("dav")));
    QFile htpasswd(prefix + QStringLiteral("/htpasswd"));
    QVERIFY(htpasswd.open(QIODevice::WriteOnly));
    htpasswd.write(sshaEntry(User, Password));
    htpasswd.close();
    // /dav/ creates missing folders itself; /strict/ answers 409 until they are made with MKCOL; /public/
    // serves what arrived, without authentication, as the public would read it.
    const QString locations = QStringLiteral(R"(
        location /dav/ {
            alias %1/dav/;
            dav_methods PUT DELETE MKCOL;
            create_full_put_path on;
            auth_basic "Vigie";
            auth_basic_user_file %1/htpasswd;
        }
        location /strict/ {
            alias %1/dav/;
            dav_methods PUT DELETE MKCOL;
            auth_basic "Vigie";
            auth_basic_user_file %1/htpasswd;
        }
        location /public/ {
            alias %1/dav/;
        }
    )")
                                  .arg(prefix);
    QVERIFY2(m_nginx->start(locations), qPrintable(m_nginx->errorString()));
}

void TestWebDavUpload::cleanup()
{
    m_nginx.reset();
}

UploadTarget TestWebDavUpload::target(const QString& location, const QString& prefix) const
{
    ChannelConfig channel;
    channel.name = QStringLiteral("Status mirror");
    channel.settings = {{QStringLiteral("target"), QStringLiteral("webdav")},
                        {QStringLiteral("url"), m_nginx->url(location)},
                        {QStringLiteral("username"), QString::fromLatin1(User)},
                        {QStringLiteral("prefix"), prefix},
                        {QStringLiteral("timeout_seconds"), 10}};
    QString error;
    const auto parsed = UploadTarget::fromChannel(channel, &error);
    if (!parsed)
        qWarning("%s", qPrintable(error));
    return parsed.value_or(UploadTarget{});
}

Secrets TestWebDavUpload::secrets(const QByteArray& password) const
{
    Secrets values;
    values.set(QStringLiteral("password"), password);
    return values;
}

QByteArray TestWebDavUpload::fetch(const QString& path) const
{
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(m_nginx->url(QStringLiteral("/public/") + path));
    const HttpResponse response = HttpClient().send(request);
    return response.status == 200 ? response.body : "HTTP " + QByteArray::number(response.status);
}

void TestWebDavUpload::filesArriveByteForByte_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("server creates folders") << QStringLiteral("/dav/") << QString();
    QTest::newRow("folders made with MKCOL") << QStringLiteral("/strict/") << QString();
    QTest::newRow("under a new prefix with MKCOL")
        << QStringLiteral("/strict/") << QStringLiteral("site/status");
}

void TestWebDavUpload::filesArriveByteForByte()
{
    QFETCH(QString, location);
    QFETCH(QString, prefix);
    const QString under = prefix.isEmpty() ? QString() : prefix + QLatin1Char('/');
    for (const QByteArray& version : {QByteArray("1"), QByteArray("2")}) {
        const PublishedFiles files = uploadTestFiles(version);
        const UploadResult result = FileUploader().upload(files, target(location, prefix), secrets(Password));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.uploaded.size(), files.size());
        QCOMPARE(result.uploaded.last(), QStringLiteral("index.html"));
        for (const PublishedFile& file : files)
            QCOMPARE(fetch(under + file.path), file.bytes);
    }
}

void TestWebDavUpload::wrongPasswordIsNotRetried()
{
    const UploadResult result =
        FileUploader().upload(uploadTestFiles(), target(QStringLiteral("/dav/")), secrets("wrong password"));
    QCOMPARE(result.status, UploadResult::Status::Failed);
    QCOMPARE(result.failedPath, QStringLiteral("summary.json"));
    QVERIFY(result.uploaded.isEmpty());
    QVERIFY2(result.message.contains(QLatin1String("401")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("Status mirror")), qPrintable(result.message));
    QVERIFY2(!result.message.contains(QLatin1String("wrong password")), qPrintable(result.message));
    QCOMPARE(fetch(QStringLiteral("summary.json")), QByteArray("HTTP 404"));
    QCOMPARE(result.toOutcome(QString()).kind, DeliveryOutcome::Kind::Failed);
}

void TestWebDavUpload::missingPasswordIsNamed()
{
    const UploadResult result =
        FileUploader().upload(uploadTestFiles(), target(QStringLiteral("/dav/")), Secrets());
    QCOMPARE(result.status, UploadResult::Status::Failed);
    QVERIFY2(result.message.contains(QLatin1String("\"password\"")), qPrintable(result.message));
}

void TestWebDavUpload::stoppedServerIsRetried()
{
    const UploadTarget where = target(QStringLiteral("/dav/"));
    m_nginx->stop();
    const UploadResult result = FileUploader().upload(uploadTestFiles(), where, secrets(Password));
    QCOMPARE(result.status, UploadResult::Status::Retry);
    QCOMPARE(result.failedPath, QStringLiteral("summary.json"));
    QVERIFY2(!result.message.contains(QString::fromLatin1(Password)), qPrintable(result.message));
    QCOMPARE(result.toOutcome(QString()).kind, DeliveryOutcome::Kind::Retry);
}

QTEST_GUILESS_MAIN(TestWebDavUpload)
#include "tst_webdavupload.moc"
