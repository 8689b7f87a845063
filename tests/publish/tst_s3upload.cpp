#include "publish/upload/FileUploader.h"
#include "publish/upload/UploadTarget.h"

#include "OffThread.h"
#include "S3ContractServer.h"
#include "SigV4Signer.h"
#include "UploadTestFiles.h"

#include <QCryptographicHash>
#include <QTest>

namespace {

const QByteArray AccessKey = "AKIAVIGIETEST";
const QByteArray SecretKey = "vigie/secret+key/EXAMPLE";
const QByteArray Region = "eu-west-3";
const QByteArray Bucket = "status-page";

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

Secrets s3Secrets(const QByteArray& secret)
{
    Secrets secrets;
    secrets.set(QStringLiteral("access_key_id"), AccessKey);
    secrets.set(QStringLiteral("secret_access_key"), secret);
    return secrets;
}

} // namespace

class TestS3Upload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signerMatchesAwsTestVectors_data();
    void signerMatchesAwsTestVectors();
    void objectsArriveSignedByteForByte_data();
    void objectsArriveSignedByteForByte();
    void wrongSecretIsNotRetried();
    void serverTroubleIsRetried_data();
    void serverTroubleIsRetried();

private:
    UploadTarget target(const S3ContractServer& server, const QVariantMap& extra = {}) const;
    UploadResult upload(const PublishedFiles& files, const UploadTarget& where, const Secrets& secrets) const;
};

// Published by AWS: "get-vanilla" from the Signature Version 4 test suite, and the "GET Object" example of
// the S3 API reference (Authenticating Requests: Using the Authorization Header). Values as published, so
// the contract server's signing is proven against AWS, not only against libcurl.
void TestS3Upload::signerMatchesAwsTestVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QList<QByteArray>>("signedHeaders");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("amzDate");
    QTest::addColumn<QByteArray>("region");
    QTest::addColumn<QByteArray>("service");
    QTest::addColumn<QByteArray>("canonicalRequestHash");
    QTest::addColumn<QByteArray>("signature");
    const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("sigv4 suite get-vanilla")
        << QByteArray("GET") << QByteArray("/")
        << HeaderList{{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}}
        << QList<QByteArray>{"host", "x-amz-date"} << QByteArray("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        << QByteArray("20150830T123600Z") << QByteArray("us-east-1") << QByteArray("service")
        << QByteArray("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
        << QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    QTest::newRow("s3 reference GET object")
        << QByteArray("GET") << QByteArray("/test.txt")
        << HeaderList{{"Host", "examplebucket.s3.amazonaws.com"},
                      {"Range", "bytes=0-9"},
                      {"x-amz-content-sha256", emptyHash},
                      {"x-amz-date", "20130524T000000Z"}}
        << QList<QByteArray>{"host", "range", "x-amz-content-sha256", "x-amz-date"}
        << QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY") << QByteArray("20130524T000000Z")
        << QByteArray("us-east-1") << QByteArray("s3")
        << QByteArray("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972")
        << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
}

void TestS3Upload::signerMatchesAwsTestVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(HeaderList, headers);
    QFETCH(QList<QByteArray>, signedHeaders);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, amzDate);
    QFETCH(QByteArray, region);
    QFETCH(QByteArray, service);
    QFETCH(QByteArray, canonicalRequestHash);
    QFETCH(QByteArray, signature);
    const SigV4Signer::Request request{method, path, QByteArray(), headers,
                                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"};
    const QByteArray canonical = SigV4Signer::canonicalRequest(request, signedHeaders);
    QCOMPARE(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex(), canonicalRequestHash);
    QCOMPARE(SigV4Signer::sign(request, signedHeaders, secret, amzDate, region, service), signature);
}

UploadTarget TestS3Upload::target(const S3ContractServer& server, const QVariantMap& extra) const
{
    ChannelConfig channel;
    channel.name = QStringLiteral("Status bucket");
    channel.settings = extra;
    channel.settings.insert(QStringLiteral("target"), QStringLiteral("s3"));
    channel.settings.insert(QStringLiteral("url"), server.endpoint());
    channel.settings.insert(QStringLiteral("bucket"), QString::fromLatin1(Bucket));
    channel.settings.insert(QStringLiteral("region"), QString::fromLatin1(Region));
    channel.settings.insert(QStringLiteral("timeout_seconds"), 10);
    QString error;
    const auto parsed = UploadTarget::fromChannel(channel, &error);
    if (!parsed)
        qWarning("%s", qPrintable(error));
    return parsed.value_or(UploadTarget{});
}

UploadResult TestS3Upload::upload(const PublishedFiles& files, const UploadTarget& where,
                                  const Secrets& secrets) const
{
    // The contract server runs on this thread's event loop: the blocking upload runs beside it.
    return offThread([&] { return FileUploader().upload(files, where, secrets); }).value_or(UploadResult{});
}

void TestS3Upload::objectsArriveSignedByteForByte_data()
{
    QTest::addColumn<QVariantMap>("extra");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QByteArray>("acl");
    QTest::newRow("bucket policy decides who reads") << QVariantMap{} << QString() << QByteArray();
    QTest::newRow("public-read asked, under a prefix")
        << QVariantMap{{QStringLiteral("acl"), QStringLiteral("public-read")},
                       {QStringLiteral("prefix"), QStringLiteral("status")}}
        << QStringLiteral("status/") << QByteArray("public-read");
}

void TestS3Upload::objectsArriveSignedByteForByte()
{
    QFETCH(QVariantMap, extra);
    QFETCH(QString, prefix);
    QFETCH(QByteArray, acl);
    S3ContractServer server(AccessKey, SecretKey, Region, Bucket);
    QVERIFY(server.listen());
    const PublishedFiles files = uploadTestFiles();
    const UploadResult result = upload(files, target(server, extra), s3Secrets(SecretKey));
    QVERIFY2(result.ok(),
             qPrintable(result.message + QLatin1Char('\n') + server.rejections().join(QLatin1Char('\n'))));
    QVERIFY(server.rejections().isEmpty());
    QCOMPARE(server.keysInArrivalOrder().last(), prefix + QStringLiteral("index.html"));
    QCOMPARE(server.keysInArrivalOrder().size(), files.size());
    for (const PublishedFile& file : files) {
        const auto stored = server.object(prefix + file.path);
        QVERIFY2(stored, qPrintable(file.path));
        QCOMPARE(stored->bytes, file.bytes);
        QCOMPARE(stored->contentType, file.contentType);
        QByteArray sentAcl;
        for (const auto& [name, value] : stored->headers) {
            if (name.compare("x-amz-acl", Qt::CaseInsensitive) == 0)
                sentAcl = value;
        }
        QCOMPARE(sentAcl, acl);
    }
}

void TestS3Upload::wrongSecretIsNotRetried()
{
    S3ContractServer server(AccessKey, SecretKey, Region, Bucket);
    QVERIFY(server.listen());
    const UploadResult result = upload(uploadTestFiles(), target(server), s3Secrets("not-the-secret-key"));
    QCOMPARE(result.status, UploadResult::Status::Failed);
    QCOMPARE(result.failedPath, QStringLiteral("summary.json"));
    QVERIFY2(result.message.contains(QLatin1String("SignatureDoesNotMatch")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("Status bucket")), qPrintable(result.message));
    QVERIFY2(!result.message.contains(QLatin1String("not-the-secret-key")), qPrintable(result.message));
    QVERIFY(server.keysInArrivalOrder().isEmpty());
}

void TestS3Upload::serverTroubleIsRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("503 SlowDown") << 503 << QByteArray("SlowDown");
    QTest::newRow("500 InternalError") << 500 << QByteArray("InternalError");
}

void TestS3Upload::serverTroubleIsRetried()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    S3ContractServer server(AccessKey, SecretKey, Region, Bucket);
    QVERIFY(server.listen());
    const UploadTarget where = target(server);
    // The first object goes up, the second meets the trouble.
    const UploadResult first = upload(uploadTestFiles().mid(2, 1), where, s3Secrets(SecretKey));
    QVERIFY2(first.ok(), qPrintable(first.message));
    server.failNext(1, status, code);
    const UploadResult result = upload(uploadTestFiles(), where, s3Secrets(SecretKey));
    QCOMPARE(result.status, UploadResult::Status::Retry);
    QCOMPARE(result.failedPath, QStringLiteral("summary.json"));
    QVERIFY2(result.message.contains(QString::fromLatin1(code)), qPrintable(result.message));
    QCOMPARE(result.toOutcome(QString()).kind, DeliveryOutcome::Kind::Retry);
    // The next attempt goes through.
    const UploadResult again = upload(uploadTestFiles(), where, s3Secrets(SecretKey));
    QVERIFY2(again.ok(), qPrintable(again.message));
    QCOMPARE(server.object(QStringLiteral("index.html"))->bytes, uploadTestFiles().first().bytes);
}

QTEST_GUILESS_MAIN(TestS3Upload)
#include "tst_s3upload.moc"
