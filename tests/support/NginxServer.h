#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A real nginx from Debian, started on a free 127.0.0.1 port under a temporary prefix, for tests and
// benchmarks that need a production-grade HTTP peer. Stopped (and waited for) on destruction.
class NginxServer
{
public:
    NginxServer();
    ~NginxServer();
    NginxServer(const NginxServer&) = delete;
    NginxServer& operator=(const NginxServer&) = delete;

    // `locations` is inserted into the server block, e.g. `location / { return 200 "OK"; }`.
    // Returns false with errorString() set when nginx is missing or does not come up.
    bool start(const QString& locations);
    void stop();

    quint16 port() const { return m_port; }
    // The temporary folder nginx runs under (its configuration, logs, and any root a test puts there).
    QString prefixPath() const { return m_prefix.path(); }
    QString url(const QString& path) const;
    QString errorString() const { return m_error; }
    static QString executable();

private:
    QTemporaryDir m_prefix;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
