#pragma once

#include "publish/HttpExchange.h"

#include <QString>

#include <atomic>
#include <memory>

// Sends one HTTP request with libcurl and waits for the answer. Blocking on purpose: it runs only on the
// outbox's own thread (and in tests on a thread of their own), never on the UI thread. Redirects are not
// followed (a publishing API that redirects a POST is misconfigured), TLS is verified, bodies are capped.
class HttpClient
{
public:
    struct Options
    {
        QString caBundlePath;              // PEM file of authorities to trust instead of the system store
        qint64 maxResponseBytes = 1 << 20; // answers are read up to this size
        QByteArray userAgent = "Vigie";
        // When set and raised, a request under way ends at once, so that whoever owns the thread doing
        // it can shut down without waiting out the request's timeout.
        std::shared_ptr<const std::atomic_bool> abort;
    };

    HttpClient();
    explicit HttpClient(Options options);
    virtual ~HttpClient() = default;

    virtual HttpResponse send(const HttpRequest& request);

private:
    Options m_options;
};
