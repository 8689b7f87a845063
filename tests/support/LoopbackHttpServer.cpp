#include "LoopbackHttpServer.h"

#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray LoopbackHttpServer::Request::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

LoopbackHttpServer::LoopbackHttpServer(QObject* parent) : QObject(parent) {}

LoopbackHttpServer::~LoopbackHttpServer() = default;

bool LoopbackHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LoopbackHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool LoopbackHttpServer::listenTls(const QSslConfiguration& configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LoopbackHttpServer::onNewConnection);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString LoopbackHttpServer::url(const QString& path) const
{
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + hostPort() + path;
}

QString LoopbackHttpServer::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

void LoopbackHttpServer::setReply(const QByteArray& path, const Reply& reply)
{
    m_replies.insert(path, reply);
    m_sequences.remove(path);
}

void LoopbackHttpServer::setReplies(const QByteArray& path, const QList<Reply>& replies)
{
    if (replies.isEmpty())
        return;
    m_replies.insert(path, replies.last());
    m_sequences.insert(path, replies.first(replies.size() - 1));
}

void LoopbackHttpServer::setHandler(const QByteArray& path, Handler handler)
{
    m_handlers.insert(path, std::move(handler));
}

quint16 LoopbackHttpServer::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_requests.append(request);
        answer(socket, request);
    }
}

void LoopbackHttpServer::answer(QTcpSocket* socket, const Request& request)
{
    const QByteArray path =
        request.path.left(request.path.indexOf('?') >= 0 ? request.path.indexOf('?') : request.path.size());
    const auto handler = m_handlers.constFind(path);
    Reply reply = m_replies.value(path, Reply{404, "no such page", {}, 0, 0, 0});
    if (handler != m_handlers.constEnd())
        reply = (*handler)(request);
    else if (auto sequence = m_sequences.find(path); sequence != m_sequences.end() && !sequence->isEmpty())
        reply = sequence->takeFirst();
    else if (m_fallback && !m_replies.contains(path))
        reply = m_fallback(request);
    if (m_observer)
        m_observer(request);
    if (request.method == "HEAD")
        reply.body.clear();
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
            if (guard)
                sendReply(guard, reply);
        });
        return;
    }
    sendReply(socket, reply);
}

void LoopbackHttpServer::sendReply(QTcpSocket* socket, const Reply& reply)
{
    const QByteArray body =
        reply.generatedBodyBytes > 0 ? QByteArray(qsizetype(reply.generatedBodyBytes), 'x') : reply.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);
    if (reply.trickleIntervalMs <= 0) {
        socket->write(body);
        return;
    }
    auto* timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
        if (*sent >= body.size() || socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(reply.trickleIntervalMs);
}
