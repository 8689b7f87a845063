#include "SshServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

SshServer::SshServer() = default;

SshServer::~SshServer()
{
    stop();
}

QString SshServer::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("sshd"), {QStringLiteral("/usr/sbin")});
}

QString SshServer::userName() const
{
    const passwd* entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

QString SshServer::dataPath() const
{
    return m_dir.path() + QStringLiteral("/data");
}

QString SshServer::url() const
{
    return QStringLiteral("sftp://127.0.0.1:%1%2/").arg(m_port).arg(dataPath());
}

QByteArray SshServer::read(const QString& name) const
{
    QFile file(m_dir.path() + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SshServer::generateKey(const QString& name)
{
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                  QString(), QStringLiteral("-C"), name, QStringLiteral("-f"),
                  m_dir.path() + QLatin1Char('/') + name});
    if (!keygen.waitForFinished(20'000) || keygen.exitStatus() != QProcess::NormalExit ||
        keygen.exitCode() != 0) {
        m_error = QStringLiteral("ssh-keygen (Debian package openssh-client) failed for %1: %2 %3")
                      .arg(name, keygen.errorString(), QString::fromLocal8Bit(keygen.readAllStandardError()));
        return false;
    }
    return true;
}

QString SshServer::hostKeySha256() const
{
    // "ssh-ed25519 AAAA... comment": the fingerprint is SHA-256 over the decoded key blob.
    const QByteArray blob = QByteArray::fromBase64(read(QStringLiteral("host_key.pub")).split(' ').value(1));
    QByteArray fingerprint = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (fingerprint.endsWith('='))
        fingerprint.chop(1);
    return QString::fromLatin1(fingerprint);
}

QString SshServer::knownHostsPath() const
{
    return m_dir.path() + QStringLiteral("/known_hosts");
}

QByteArray SshServer::authorisedPrivateKey() const
{
    return read(QStringLiteral("client_key"));
}

QByteArray SshServer::unauthorisedPrivateKey() const
{
    return read(QStringLiteral("stranger_key"));
}

QString SshServer::log() const
{
    return QString::fromLocal8Bit(read(QStringLiteral("sshd.log")));
}

bool SshServer::start()
{
    const QString sshd = executable();
    if (sshd.isEmpty()) {
        m_error = QStringLiteral("sshd is not installed (Debian package openssh-server)");
        return false;
    }
    if (!m_dir.isValid() || !QDir().mkpath(dataPath())) {
        m_error = QStringLiteral("cannot make a temporary folder for sshd");
        return false;
    }
    for (const QString& name :
         {QStringLiteral("host_key"), QStringLiteral("client_key"), QStringLiteral("stranger_key")}) {
        if (!generateKey(name))
            return false;
    }
    // As root, sshd insists on its privilege separation folder; as another user it does not use it.
    if (geteuid() == 0 && !QDir().mkpath(QStringLiteral("/run/sshd"))) {
        m_error = QStringLiteral("cannot create /run/sshd for sshd running as root");
        return false;
    }
    m_port = freeLoopbackPort();
    const QString dir = m_dir.path();
    const QString config = QStringLiteral("ListenAddress 127.0.0.1\n"
                                          "HostKey %1/host_key\n"
                                          "PidFile none\n"
                                          "UsePAM no\n"
                                          "StrictModes no\n"
                                          "PubkeyAuthentication yes\n"
                                          "PasswordAuthentication no\n"
                                          "KbdInteractiveAuthentication no\n"
                                          "PermitRootLogin prohibit-password\n"
                                          "AuthorizedKeysFile %1/authorized_keys\n"
                                          "AllowUsers %2\n"
                                          "Subsystem sftp internal-sftp\n"
                                          "LogLevel VERBOSE\n")
                               .arg(dir, userName());
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir + QLatin1Char('/') + name);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    const QByteArray hostPublic = read(QStringLiteral("host_key.pub")).trimmed();
    const QByteArray knownHost =
        "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + hostPublic.split(' ').mid(0, 2).join(' ') + '\n';
    if (!write(QStringLiteral("sshd_config"), config.toUtf8()) ||
        !write(QStringLiteral("authorized_keys"), read(QStringLiteral("client_key.pub"))) ||
        !write(QStringLiteral("known_hosts"), knownHost)) {
        m_error = QStringLiteral("cannot write the sshd configuration");
        return false;
    }
    m_process.setStandardOutputFile(dir + QStringLiteral("/sshd.log"));
    m_process.setStandardErrorFile(dir + QStringLiteral("/sshd.log"), QIODevice::Append);
    m_process.start(sshd,
                    {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                     dir + QStringLiteral("/sshd_config"), QStringLiteral("-p"), QString::number(m_port)});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("sshd did not start: %1").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("sshd did not answer on 127.0.0.1:%1: %2").arg(m_port).arg(log());
    stop();
    return false;
}

void SshServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
