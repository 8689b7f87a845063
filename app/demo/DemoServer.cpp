#include "demo/DemoServer.h"

#include "demo/DemoScenario.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTimer>

DemoServer::DemoServer(QObject* parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    m_sinceStart.start();
    m_server->route(QStringLiteral("/<arg>"), [this](const QString& name, const QHttpServerRequest&,
                                                     QHttpServerResponder&& responder) {
        const auto b =
            DemoScenario::behaviourAt(QLatin1Char('/') + name, m_offsetMs + m_sinceStart.elapsed());
        // A slow answer keeps the responder alive past the handler: the server stays free
        // for the other demo services meanwhile.
        auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
        auto answer = [kept, b] {
            kept->write(b.body, b.contentType, static_cast<QHttpServerResponder::StatusCode>(b.status));
        };
        if (b.delayMs > 0)
            QTimer::singleShot(b.delayMs, this, answer);
        else
            answer();
    });
}

DemoServer::~DemoServer() = default;

quint16 DemoServer::listen(quint16 port, QString* error)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0 && error) {
        *error = QCoreApplication::translate("DemoServer",
                                             "The demo services could not listen on 127.0.0.1 port %1: "
                                             "is another Vigie or program using it?")
                     .arg(port);
    }
    return m_port;
}

void DemoServer::restartScenario(qint64 elapsedMs)
{
    m_offsetMs = elapsedMs;
    m_sinceStart.restart();
}
