#pragma once

#include "monitor/TransferOutcome.h"

#include <curl/curl.h>

class CheckRequest;

// One reusable libcurl easy handle with its body buffer. Kept in a pool: reusing a handle keeps its caches
// and saves allocating a new one for every check; it is only reset when the next check needs other options.
class CurlTransfer
{
public:
    explicit CurlTransfer(qint64 bodyCapBytes);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer&) = delete;
    CurlTransfer& operator=(const CurlTransfer&) = delete;

    CURL* handle() const { return m_easy; }
    qint64 serviceId() const { return m_serviceId; }
    qint64 startedAtMs() const { return m_startedAtMs; }

    // Resets the handle and configures it for one check of the given service.
    void prepare(const CheckRequest& request, qint64 serviceId, qint64 startedAtMs);
    // Reads what libcurl found once the transfer is done. The body is shared until the next prepare().
    TransferOutcome collect(CURLcode code) const;

    // The transfer a handle belongs to (stored in CURLOPT_PRIVATE).
    static CurlTransfer* fromHandle(CURL* easy);

private:
    static size_t onBody(char* data, size_t size, size_t count, void* self);

    CURL* m_easy = nullptr;
    qint64 m_bodyCapBytes = 0;
    qint64 m_serviceId = 0;
    qint64 m_startedAtMs = 0;
    qint64 m_bodyBytesSeen = 0;
    bool m_keepBody = false;
    bool m_capped = false;
    QByteArray m_body;
    QByteArray m_appliedKey; // CheckRequest::reuseKey() of the options on the handle
    char m_error[CURL_ERROR_SIZE] = {};
};
