#pragma once

#include "config/ServiceDefinition.h"

#include <QByteArray>
#include <QCoreApplication>

#include <curl/curl.h>

// A service's curl settings, converted once from its ServiceDefinition so that each check only copies
// pointers into an easy handle instead of rebuilding strings and header lists.
class CheckRequest
{
    Q_DECLARE_TR_FUNCTIONS(CheckRequest)

public:
    CheckRequest(const ServiceDefinition& service, const QString& caBundlePath);
    ~CheckRequest();
    CheckRequest(const CheckRequest&) = delete;
    CheckRequest& operator=(const CheckRequest&) = delete;

    // Empty when the definition can be checked; otherwise why not (a bad tcp target, ...).
    const QString& error() const { return m_error; }
    // Whether the check looks at the body at all (keyword or JSON condition).
    bool readsBody() const { return m_readsBody; }
    bool usesTls() const { return m_usesTls; }

    // Sets the request's options on a freshly reset easy handle. The handle borrows this object's strings.
    void applyTo(CURL* easy) const;
    // Every option applyTo() sets except the URL, as one comparable value; empty when a handle configured for
    // this request must be reset before its next check (connect-only checks keep their connection).
    const QByteArray& reuseKey() const { return m_reuseKey; }
    // On a handle that last ran a request with the same non-empty reuseKey(): sets what differs (the URL) and
    // points the handle at this object's borrowed data.
    void applyDifferencesTo(CURL* easy) const;

private:
    void applyUrlTo(CURL* easy) const;
    QByteArray buildReuseKey(const QList<std::pair<QString, QString>>& headers) const;

    QString m_error;
    QByteArray m_url;
    // The URL parsed once (HTTP checks): libcurl otherwise parses the URL string again for every check.
    // Null when curl_url() could not parse it; the string then goes to libcurl as it is, to fail there.
    CURLU* m_parsedUrl = nullptr;
    QByteArray m_method;
    QByteArray m_body;
    QByteArray m_caBundlePath;
    QByteArray m_reuseKey;
    curl_slist* m_headers = nullptr;
    long m_timeoutMs = 5000;
    long m_maxRedirects = 5;
    bool m_connectOnly = false;
    bool m_noBody = false;
    bool m_hasBody = false;
    bool m_followRedirects = true;
    bool m_verifyTls = true;
    bool m_usesTls = false;
    bool m_readsBody = false;
};
