#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real OpenSSH sshd (Debian package openssh-server) on a free 127.0.0.1 port, serving SFTP with the
// internal sftp server, for the current user (root included: then /run/sshd, its privilege separation
// folder, is created if missing). Its host key and one authorised client key are made by ssh-keygen in a
// temporary folder; a second, unauthorised key is made too. Stopped (and waited for) on destruction.
class SshServer
{
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer&) = delete;
    SshServer& operator=(const SshServer&) = delete;

    // false with errorString() set when sshd or ssh-keygen is missing or sshd does not come up.
    bool start();
    void stop();

    quint16 port() const { return m_port; }
    QString userName() const;
    // A folder the server's user may write, to upload into.
    QString dataPath() const;
    // "sftp://127.0.0.1:<port><dataPath>/"
    QString url() const;
    // The host key's SHA256 fingerprint in base64 without padding, computed here from the public key.
    QString hostKeySha256() const;
    // A known_hosts file naming this server and its host key.
    QString knownHostsPath() const;
    QByteArray authorisedPrivateKey() const;
    QByteArray unauthorisedPrivateKey() const;
    QString errorString() const { return m_error; }
    // What sshd wrote (for a failing test's message).
    QString log() const;

    static QString executable();

private:
    bool generateKey(const QString& name);
    QByteArray read(const QString& name) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
