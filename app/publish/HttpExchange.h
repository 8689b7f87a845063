#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One HTTP request a publishing adapter wants sent, and what came back. Plain values: the adapter builds the
// request, HttpClient runs it, the adapter reads the response.
struct HttpRequest
{
    QByteArray method = "POST";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 15'000;

    void setHeader(const QByteArray& name, const QByteArray& value);
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer came (see transportError)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set when the request never got an answer: refused, timed out, TLS failure... A sentence for a person.
    QString transportError;

    bool answered() const { return status > 0; }
    // The first header of that name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray& name) const;
};
