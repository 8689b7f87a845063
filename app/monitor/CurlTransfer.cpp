#include "monitor/CurlTransfer.h"

#include "monitor/CertificateInfo.h"
#include "monitor/CheckRequest.h"

#include <algorithm>
#include <cstring>

namespace {

// A buffer grown by a large body is not kept around in the pool.
constexpr qsizetype keptBufferCapacity = 64 * 1024;

qint64 timeInfo(CURL* easy, CURLINFO info)
{
    curl_off_t value = 0;
    curl_easy_getinfo(easy, info, &value);
    return qint64(value);
}

qint64 leafCertificateExpiry(CURL* easy)
{
    curl_certinfo* certs = nullptr;
    if (curl_easy_getinfo(easy, CURLINFO_CERTINFO, &certs) != CURLE_OK || !certs || certs->num_of_certs < 1)
        return 0;
    static constexpr char key[] = "Expire date:";
    for (curl_slist* field = certs->certinfo[0]; field; field = field->next) {
        if (std::strncmp(field->data, key, sizeof(key) - 1) == 0)
            return CertificateInfo::parseCurlDate(QByteArrayView(field->data + sizeof(key) - 1));
    }
    return 0;
}

} // namespace

CurlTransfer::CurlTransfer(qint64 bodyCapBytes) : m_easy(curl_easy_init()), m_bodyCapBytes(bodyCapBytes) {}

CurlTransfer::~CurlTransfer()
{
    curl_easy_cleanup(m_easy);
}

void CurlTransfer::prepare(const CheckRequest& request, qint64 serviceId, qint64 startedAtMs)
{
    m_serviceId = serviceId;
    m_startedAtMs = startedAtMs;
    m_bodyBytesSeen = 0;
    m_capped = false;
    m_keepBody = request.readsBody();
    if (m_body.capacity() > keptBufferCapacity)
        m_body = QByteArray();
    else
        m_body.resize(0);
    m_error[0] = '\0';

    // Options stay on a handle between transfers: when the last check set the same ones, resetting and
    // setting them all again (a good part of a check's own cost) is skipped.
    if (!request.reuseKey().isEmpty() && request.reuseKey() == m_appliedKey) {
        request.applyDifferencesTo(m_easy);
        return;
    }
    curl_easy_reset(m_easy);
    request.applyTo(m_easy);
    curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
    curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
    m_appliedKey = request.reuseKey();
}

TransferOutcome CurlTransfer::collect(CURLcode code) const
{
    TransferOutcome out;
    out.curlCode = int(code);
    if (code != CURLE_OK)
        out.curlError = QByteArray(m_error);
    long value = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &value);
    out.httpCode = int(value);
    value = 0;
    curl_easy_getinfo(m_easy, CURLINFO_OS_ERRNO, &value);
    out.osErrno = value;
    out.nameLookupUs = timeInfo(m_easy, CURLINFO_NAMELOOKUP_TIME_T);
    out.connectUs = timeInfo(m_easy, CURLINFO_CONNECT_TIME_T);
    out.appConnectUs = timeInfo(m_easy, CURLINFO_APPCONNECT_TIME_T);
    out.startTransferUs = timeInfo(m_easy, CURLINFO_STARTTRANSFER_TIME_T);
    out.totalUs = timeInfo(m_easy, CURLINFO_TOTAL_TIME_T);
    out.body = m_body;
    out.bodyCapped = m_capped;
    out.certExpiresAtMs = leafCertificateExpiry(m_easy);
    return out;
}

CurlTransfer* CurlTransfer::fromHandle(CURL* easy)
{
    char* self = nullptr;
    curl_easy_getinfo(easy, CURLINFO_PRIVATE, &self);
    return reinterpret_cast<CurlTransfer*>(self);
}

size_t CurlTransfer::onBody(char* data, size_t size, size_t count, void* selfPointer)
{
    auto* self = static_cast<CurlTransfer*>(selfPointer);
    const qint64 bytes = qint64(size * count);
    const qint64 room = self->m_bodyCapBytes - self->m_bodyBytesSeen;
    const qint64 taken = std::min(bytes, room);
    if (self->m_keepBody && taken > 0)
        self->m_body.append(data, qsizetype(taken));
    self->m_bodyBytesSeen += taken;
    if (taken < bytes) {
        // Returning less than offered stops the transfer (CURLE_WRITE_ERROR); the evaluator knows why.
        self->m_capped = true;
        return size_t(taken);
    }
    return size_t(bytes);
}
