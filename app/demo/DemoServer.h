#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QHttpServer;

// Serves the demo services on 127.0.0.1 over real HTTP, following DemoScenario, so that a new user with no
// internet sees the cockpit at work. Lives in the thread that creates it; slow answers are delayed with
// timers, never by blocking.
class DemoServer final : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject* parent = nullptr);
    ~DemoServer() override;

    // Listens on 127.0.0.1:port (0: any free port). Returns the port, or 0 with *error set.
    quint16 listen(quint16 port, QString* error);
    quint16 port() const { return m_port; }

    // Restarts the scenario from its beginning, or at `elapsedMs` into it.
    void restartScenario(qint64 elapsedMs = 0);

private:
    std::unique_ptr<QHttpServer> m_server;
    QElapsedTimer m_sinceStart;
    qint64 m_offsetMs = 0;
    quint16 m_port = 0;
};
