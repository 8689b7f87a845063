#pragma once

#include <QList>
#include <QString>

// The scripted health of the demo services. It repeats every period so that a new user sees, within a minute
// of starting, a service slow down, another fail and recover, and later a JSON health check go red.
class DemoScenario
{
public:
    struct Endpoint
    {
        QString path; // "/payments"
        QString name; // service name in the demo workspace
        QString group;
    };

    struct Behaviour
    {
        int status = 200;
        int delayMs = 0;
        QByteArray body;
        QByteArray contentType = "text/plain";
    };

    static constexpr qint64 periodMs = 8 * 60 * 1000;

    static const QList<Endpoint>& endpoints();
    // How the endpoint at `path` answers `elapsedMs` after the scenario started. Unknown paths: 404.
    static Behaviour behaviourAt(const QString& path, qint64 elapsedMs);
};
