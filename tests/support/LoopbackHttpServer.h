#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1 for tests, written on a raw QTcpServer (or QSslServer for https)
// so that tests control what a real server would only do by accident: slow answers, bodies that trickle,
// huge bodies, keep-alive, and the number of TCP connections it accepted.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;               // wait this long before answering
        int trickleIntervalMs = 0;     // > 0: send the body one byte per interval
        qint64 generatedBodyBytes = 0; // > 0: a body of this many 'x' instead of body
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
    };

    explicit LoopbackHttpServer(QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    // Plain HTTP on a free port of 127.0.0.1.
    bool listen();
    // HTTPS with the given certificate and key.
    bool listenTls(const QSslConfiguration& configuration);

    quint16 port() const;
    // "http://127.0.0.1:<port><path>" (https when serving TLS).
    QString url(const QString& path = QStringLiteral("/")) const;
    QString hostPort() const;

    // Unknown paths get a 404. Paths match without their query.
    void setReply(const QByteArray& path, const Reply& reply);
    // Answers requests to `path` (without its query) by calling `handler` on the server's thread, for
    // contract servers whose answer depends on the method, the body or how many requests came before.
    // A handler takes precedence over a fixed reply for the same path.
    using Handler = std::function<Reply(const Request&)>;
    void setHandler(const QByteArray& path, Handler handler);
    // Answers every path that has no handler, reply or sequence of its own (object stores, file servers).
    void setFallbackHandler(Handler handler) { m_fallback = std::move(handler); }
    // Called with every request once it is complete, before it is answered (a test's trap: kill the client
    // while the server has its request and the client has no answer yet).
    void setObserver(std::function<void(const Request&)> observer) { m_observer = std::move(observer); }
    // Answers the path's next requests with these replies in turn; the last one then stays (a 503 then a
    // 200, without racing the client to change the reply between two requests).
    void setReplies(const QByteArray& path, const QList<Reply>& replies);

    int connectionCount() const { return m_connections; }
    int requestCount() const { return m_requests.size(); }
    const QList<Request>& requests() const { return m_requests; }

    // A port on 127.0.0.1 that was just free: bound, then released, so connecting to it is refused.
    static quint16 closedPort();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);
    void sendReply(QTcpSocket* socket, const Reply& reply);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Reply> m_replies;
    QHash<QByteArray, Handler> m_handlers;
    Handler m_fallback;
    std::function<void(const Request&)> m_observer;
    QHash<QByteArray, QList<Reply>> m_sequences; // replies still to give, before m_replies
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
    int m_connections = 0;
};
