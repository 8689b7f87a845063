#include "publish/upload/UploadCurl.h"

#include "monitor/CurlGlobal.h"

#include <algorithm>

namespace {

constexpr qsizetype MaxAnswerBytes = 64 * 1024;

curl_slist* listOf(const QList<QByteArray>& lines)
{
    curl_slist* list = nullptr;
    for (const QByteArray& line : lines)
        list = curl_slist_append(list, line.constData());
    return list;
}

} // namespace

UploadCurl::UploadCurl(const UploadTarget& target, const char* protocols)
{
    ensureCurlGlobalInit();
    m_handle = curl_easy_init();
    if (!m_handle)
        return;
    curl_easy_setopt(m_handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_handle, CURLOPT_TIMEOUT_MS, long(std::max(1, target.timeoutMs)));
    curl_easy_setopt(m_handle, CURLOPT_CONNECTTIMEOUT_MS, long(std::clamp(target.timeoutMs, 1, 10'000)));
    curl_easy_setopt(m_handle, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(m_handle, CURLOPT_PROTOCOLS_STR, protocols);
    curl_easy_setopt(m_handle, CURLOPT_USERAGENT, "Vigie");
    m_caFile = target.caFile.toLocal8Bit();
    if (!m_caFile.isEmpty())
        curl_easy_setopt(m_handle, CURLOPT_CAINFO, m_caFile.constData());
    curl_easy_setopt(m_handle, CURLOPT_WRITEFUNCTION, &UploadCurl::onWrite);
    curl_easy_setopt(m_handle, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_handle, CURLOPT_ERRORBUFFER, m_errorBuffer);
}

UploadCurl::~UploadCurl()
{
    if (m_handle)
        curl_easy_cleanup(m_handle);
    curl_slist_free_all(m_headers);
    curl_slist_free_all(m_postQuote);
}

void UploadCurl::setUrl(const QByteArray& encodedUrl)
{
    m_url = encodedUrl;
    curl_easy_setopt(m_handle, CURLOPT_URL, m_url.constData());
}

void UploadCurl::setHttpBody(const QByteArray& method, const QByteArray& body)
{
    m_method = method;
    m_body = body;
    curl_easy_setopt(m_handle, CURLOPT_CUSTOMREQUEST, m_method.constData());
    curl_easy_setopt(m_handle, CURLOPT_POSTFIELDS, m_body.constData());
    curl_easy_setopt(m_handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_body.size()));
}

void UploadCurl::setHeaders(const QList<QByteArray>& lines)
{
    curl_slist_free_all(m_headers);
    // libcurl would otherwise add "Expect: 100-continue" to larger bodies and wait for it.
    m_headers = listOf(QList<QByteArray>(lines) << QByteArray("Expect:"));
    curl_easy_setopt(m_handle, CURLOPT_HTTPHEADER, m_headers);
}

void UploadCurl::setUpload(const QByteArray& bytes)
{
    m_body = bytes;
    m_readOffset = 0;
    curl_easy_setopt(m_handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(m_handle, CURLOPT_READFUNCTION, &UploadCurl::onRead);
    curl_easy_setopt(m_handle, CURLOPT_READDATA, this);
    curl_easy_setopt(m_handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(m_body.size()));
}

void UploadCurl::setPostQuote(const QList<QByteArray>& commands)
{
    curl_slist_free_all(m_postQuote);
    m_postQuote = listOf(commands);
    curl_easy_setopt(m_handle, CURLOPT_POSTQUOTE, m_postQuote);
}

UploadCurl::Result UploadCurl::perform()
{
    Result result;
    m_answer.clear();
    m_errorBuffer[0] = 0;
    result.code = curl_easy_perform(m_handle);
    curl_easy_getinfo(m_handle, CURLINFO_RESPONSE_CODE, &result.status);
    result.body = m_answer;
    if (result.code != CURLE_OK)
        result.detail = m_errorBuffer[0] ? QString::fromLocal8Bit(m_errorBuffer).trimmed()
                                         : QString::fromLatin1(curl_easy_strerror(result.code));
    return result;
}

size_t UploadCurl::onRead(char* buffer, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<UploadCurl*>(self);
    const qsizetype room = qsizetype(size * count);
    const qsizetype chunk = std::min(room, transfer->m_body.size() - transfer->m_readOffset);
    std::copy_n(transfer->m_body.constData() + transfer->m_readOffset, chunk, buffer);
    transfer->m_readOffset += chunk;
    return size_t(chunk);
}

size_t UploadCurl::onWrite(char* data, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<UploadCurl*>(self);
    const qsizetype room = MaxAnswerBytes - transfer->m_answer.size();
    if (room > 0)
        transfer->m_answer.append(data, std::min(room, qsizetype(size * count)));
    return size * count;
}

UploadError UploadCurl::transportError(const Result& result)
{
    switch (result.code) {
    case CURLE_LOGIN_DENIED:
        return {tr("the server refused the credentials (%1)").arg(result.detail), false};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return {tr("the server could not be verified, so nothing was sent (%1)").arg(result.detail), false};
    case CURLE_REMOTE_ACCESS_DENIED:
    case CURLE_REMOTE_FILE_NOT_FOUND:
    case CURLE_REMOTE_DISK_FULL:
    case CURLE_QUOTE_ERROR:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_FILESIZE_EXCEEDED:
        return {tr("the server refused the file (%1)").arg(result.detail), false};
    case CURLE_OPERATION_TIMEDOUT:
        return {tr("no answer in time (%1)").arg(result.detail), true};
    default:
        return {tr("the transfer failed (%1)").arg(result.detail), true};
    }
}

UploadError UploadCurl::httpError(long status, const QString& serviceWords)
{
    const QString words = serviceWords.isEmpty() ? QString() : QStringLiteral(": ") + serviceWords;
    switch (status) {
    case 401:
        return {tr("the server refused the credentials (HTTP 401%1)").arg(words), false};
    case 403:
        return {tr("the server refused access (HTTP 403%1)").arg(words), false};
    case 404:
        return {tr("the server has no such place (HTTP 404%1)").arg(words), false};
    default:
        break;
    }
    if (status == 408 || status == 429 || status >= 500)
        return {tr("the server is having trouble (HTTP %1%2); Vigie will try again")
                    .arg(QString::number(status), words),
                true};
    return {tr("the server refused the file (HTTP %1%2)").arg(QString::number(status), words), false};
}
