#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>

namespace {

const char authorityConfig[] = "[ ca ]\n"
                               "default_ca = test_ca\n"
                               "[ test_ca ]\n"
                               "database = index.txt\n"
                               "new_certs_dir = .\n"
                               "serial = serial\n"
                               "default_md = sha256\n"
                               "policy = any_name\n"
                               "copy_extensions = copy\n"
                               "unique_subject = no\n"
                               "[ any_name ]\n"
                               "commonName = supplied\n";

QString opensslDate(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z');
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

const QString subjectAltName = QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost");

} // namespace

TestCertificates::TestCertificates()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return;
    }
    if (!writeFile(m_dir.filePath(QStringLiteral("ca.cnf")), authorityConfig) ||
        !writeFile(m_dir.filePath(QStringLiteral("index.txt")), QByteArray()) ||
        !writeFile(m_dir.filePath(QStringLiteral("serial")), "1000\n")) {
        m_error = QStringLiteral("cannot write the test authority's files");
        return;
    }
    run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
         QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
         QStringLiteral("/CN=Vigie Test Authority")});
}

std::optional<TestCertificates::Pair> TestCertificates::issue(const QString& name, const QDateTime& notBefore,
                                                              const QDateTime& notAfter)
{
    if (!m_error.isEmpty())
        return std::nullopt;
    const Pair pair{m_dir.filePath(name + QStringLiteral(".pem")),
                    m_dir.filePath(name + QStringLiteral(".key"))};
    const QString request = name + QStringLiteral(".csr");
    if (!run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), pair.keyPath, QStringLiteral("-out"),
              request, QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
              subjectAltName}))
        return std::nullopt;
    if (!run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
              QStringLiteral("ca.cnf"), QStringLiteral("-cert"), QStringLiteral("ca.pem"),
              QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"), request,
              QStringLiteral("-out"), pair.certificatePath, QStringLiteral("-notext"),
              QStringLiteral("-startdate"), opensslDate(notBefore), QStringLiteral("-enddate"),
              opensslDate(notAfter)}))
        return std::nullopt;
    return pair;
}

std::optional<TestCertificates::Pair> TestCertificates::selfSigned(const QString& name, int days)
{
    if (!m_dir.isValid())
        return std::nullopt;
    const Pair pair{m_dir.filePath(name + QStringLiteral(".pem")),
                    m_dir.filePath(name + QStringLiteral(".key"))};
    if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), pair.keyPath, QStringLiteral("-out"),
              pair.certificatePath, QStringLiteral("-days"), QString::number(days), QStringLiteral("-subj"),
              QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), subjectAltName}))
        return std::nullopt;
    return pair;
}

QSslConfiguration TestCertificates::serverConfiguration(const Pair& pair)
{
    QFile certificateFile(pair.certificatePath);
    QFile keyFile(pair.keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return QSslConfiguration();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(&certificateFile, QSsl::Pem));
    configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

bool TestCertificates::run(const QStringList& arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2")
                      .arg(arguments.value(0), QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    return true;
}
