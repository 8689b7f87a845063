#include "publish/HttpClient.h"

#include "monitor/CurlGlobal.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <memory>

namespace {

struct Capture
{
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 cap = 0;
};

size_t onBody(char* data, size_t size, size_t count, void* user)
{
    auto* capture = static_cast<Capture*>(user);
    const qint64 bytes = qint64(size * count);
    const qint64 room = capture->cap - capture->body.size();
    if (room > 0)
        capture->body.append(data, qsizetype(std::min(room, bytes)));
    return size * count; // the rest is dropped, not an error
}

size_t onHeader(char* data, size_t size, size_t count, void* user)
{
    auto* capture = static_cast<Capture*>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) {
        capture->headers.clear(); // a new response (after 100 Continue): only the last one counts
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        capture->headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* abort = static_cast<const std::atomic_bool*>(user);
    return abort->load() ? 1 : 0; // non-zero makes libcurl end the transfer with CURLE_ABORTED_BY_CALLBACK
}

} // namespace

HttpClient::HttpClient() : HttpClient(Options{}) {}

HttpClient::HttpClient(Options options) : m_options(std::move(options))
{
    ensureCurlGlobalInit();
}

HttpResponse HttpClient::send(const HttpRequest& request)
{
    HttpResponse response;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> easy(curl_easy_init(), &curl_easy_cleanup);
    if (!easy) {
        response.transportError =
            QCoreApplication::translate("HttpClient", "libcurl could not start a request");
        return response;
    }
    CURL* h = easy.get();
    Capture capture;
    capture.cap = m_options.maxResponseBytes;
    const QByteArray url = request.url.toEncoded();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.constData());
    if (request.method == "GET" || request.method == "HEAD")
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    if (request.method == "HEAD")
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    if (!request.body.isEmpty() || (request.method != "GET" && request.method != "HEAD")) {
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
    }
    curl_slist* headers = nullptr;
    for (const auto& [name, value] : request.headers)
        headers = curl_slist_append(headers, QByteArray(name + ": " + value).constData());
    // libcurl would otherwise add "Expect: 100-continue" to larger bodies and wait for it.
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(h, CURLOPT_USERAGENT, m_options.userAgent.constData());
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(std::max(1, request.timeoutMs)));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(std::max(1, std::min(request.timeoutMs, 10'000))));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    const QByteArray ca = m_options.caBundlePath.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &capture);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &capture);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    if (m_options.abort) {
        curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
        curl_easy_setopt(h, CURLOPT_XFERINFODATA, const_cast<std::atomic_bool*>(m_options.abort.get()));
    }

    const CURLcode code = curl_easy_perform(h);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    response.status = int(status);
    response.headers = capture.headers;
    response.body = capture.body;
    if (code != CURLE_OK && status == 0) {
        const QString detail = errorBuffer[0] ? QString::fromLocal8Bit(errorBuffer)
                                              : QString::fromLatin1(curl_easy_strerror(code));
        // Only the scheme, host and port: webhook addresses carry their secret in the path.
        const QString where =
            request.url
                .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                .toDisplayString();
        response.transportError = QCoreApplication::translate("HttpClient", "%1 %2: %3")
                                      .arg(QString::fromLatin1(request.method), where, detail);
    }
    return response;
}
