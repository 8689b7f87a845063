#include "NginxServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace {
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

NginxServer::NginxServer() = default;

NginxServer::~NginxServer()
{
    stop();
}

QString NginxServer::executable()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (!onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
}

bool NginxServer::start(const QString& locations)
{
    const QString nginx = executable();
    if (nginx.isEmpty()) {
        m_error = QStringLiteral("nginx is not installed (Debian package nginx-light)");
        return false;
    }
    m_port = freeLoopbackPort();
    const QString prefix = m_prefix.path();
    QDir(prefix).mkpath(QStringLiteral("logs"));
    const QString conf = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
error_log %1/logs/error.log warn;
pid %1/nginx.pid;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    keepalive_timeout 120s;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2;
        %3
    }
}
)")
                             .arg(prefix)
                             .arg(m_port)
                             .arg(locations);
    QFile file(prefix + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(nginx, {QStringLiteral("-p"), prefix, QStringLiteral("-c"), file.fileName()});
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("nginx did not start: %1").arg(m_process.errorString());
        return false;
    }
    // Bounded wait until the port answers.
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("nginx did not answer on 127.0.0.1:%1").arg(m_port);
    stop();
    return false;
}

void NginxServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString NginxServer::url(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}
