#pragma once

#include "publish/upload/UploadError.h"
#include "publish/upload/UploadTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <curl/curl.h>

// One libcurl transfer of the upload transports, with what they all share: the target's time limit, its CA
// file, no redirects, only the expected protocol, an answer body kept for error words, and the reading of a
// failed transfer as a sentence plus "worth retrying or not". Only the transports' .cpp files include it.
class UploadCurl
{
    Q_DECLARE_TR_FUNCTIONS(UploadCurl)

public:
    struct Result
    {
        CURLcode code = CURLE_OK;
        long status = 0; // HTTP status, 0 for SFTP or when no answer came
        QByteArray body; // the answer, capped
        QString detail;  // libcurl's own words when code is not CURLE_OK
    };

    UploadCurl(const UploadTarget& target, const char* protocols);
    ~UploadCurl();
    UploadCurl(const UploadCurl&) = delete;
    UploadCurl& operator=(const UploadCurl&) = delete;

    bool isValid() const { return m_handle != nullptr; }
    CURL* handle() const { return m_handle; }

    void setUrl(const QByteArray& encodedUrl);
    // An HTTP request with `body` sent from memory (so that libcurl's SigV4 signing can hash it).
    void setHttpBody(const QByteArray& method, const QByteArray& body);
    void setHeaders(const QList<QByteArray>& lines);
    // An SFTP upload of `bytes`.
    void setUpload(const QByteArray& bytes);
    // SFTP commands run after the transfer ("rename a b"; a leading '*' lets one fail).
    void setPostQuote(const QList<QByteArray>& commands);

    Result perform();

    // A transfer that ended without an answer (or with refused credentials or a peer that could not be
    // verified) as a sentence and whether to try again.
    static UploadError transportError(const Result& result);
    // An HTTP answer outside 2xx; `serviceWords` is the server's own explanation, if any.
    static UploadError httpError(long status, const QString& serviceWords);

private:
    static size_t onRead(char* buffer, size_t size, size_t count, void* self);
    static size_t onWrite(char* data, size_t size, size_t count, void* self);

    CURL* m_handle = nullptr;
    curl_slist* m_headers = nullptr;
    curl_slist* m_postQuote = nullptr;
    QByteArray m_url;
    QByteArray m_method;
    QByteArray m_body;
    qsizetype m_readOffset = 0;
    QByteArray m_answer;
    QByteArray m_caFile;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};
