#include "monitor/CheckRequest.h"

#include <algorithm>

namespace {

// "host:port" (or "[v6]:port") with a usable port.
bool splitHostPort(const QString& target, QString* host, int* port)
{
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    *port = target.mid(colon + 1).toInt(&ok);
    *host = target.left(colon);
    return ok && *port > 0 && *port < 65536 && !host->isEmpty();
}

// Whether libcurl could take a proxy from the environment. When none of its variables is set, checks say
// "no proxy" outright: libcurl otherwise looks the variables up again for every request.
bool proxyFromEnvironment()
{
    static const bool set = [] {
        for (const char* name : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                                 "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
            if (!qEnvironmentVariableIsEmpty(name))
                return true;
        }
        return false;
    }();
    return set;
}

} // namespace

CheckRequest::CheckRequest(const ServiceDefinition& service, const QString& caBundlePath)
    : m_caBundlePath(caBundlePath.toLocal8Bit()), m_timeoutMs(std::max(1, service.timeoutMs)),
      m_maxRedirects(service.http.maxRedirects), m_followRedirects(service.http.followRedirects),
      m_verifyTls(service.http.verifyTls)
{
    const QString target = service.target.trimmed();
    switch (service.kind) {
    case CheckKind::Http: {
        m_url = target.toUtf8();
        m_usesTls = target.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
        // The flags libcurl itself parses CURLOPT_URL with.
        m_parsedUrl = curl_url();
        if (m_parsedUrl && curl_url_set(m_parsedUrl, CURLUPART_URL, m_url.constData(),
                                        CURLU_GUESS_SCHEME | CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
            curl_url_cleanup(m_parsedUrl);
            m_parsedUrl = nullptr;
        }
        const QByteArray method = service.http.method.trimmed().toUpper().toLatin1();
        m_noBody = method == "HEAD";
        if (method != "GET" && !m_noBody)
            m_method = method;
        m_body = service.http.body;
        m_hasBody = !m_body.isEmpty();
        for (const auto& [name, value] : service.http.headers) {
            const QByteArray line = name.toUtf8() + ": " + value.toUtf8();
            m_headers = curl_slist_append(m_headers, line.constData());
        }
        m_readsBody = !service.http.keyword.isEmpty() || service.http.json.isSet();
        if (target.isEmpty())
            m_error = tr("no URL given");
        m_reuseKey = buildReuseKey(service.http.headers);
        break;
    }
    case CheckKind::Tcp: {
        QString host;
        int port = 0;
        if (!splitHostPort(target, &host, &port))
            m_error = tr("\"%1\" is not host:port (for example db.example.org:5432)").arg(target);
        // Connect-only through plain HTTP opens the socket and stops there.
        m_url = QByteArray("http://") + target.toUtf8();
        m_connectOnly = true;
        break;
    }
    case CheckKind::TlsCertificate: {
        const QString url =
            target.contains(QLatin1String("://")) ? target : QStringLiteral("https://") + target;
        if (!url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            m_error = tr("\"%1\" is not an https:// address or host:port").arg(target);
        m_url = url.toUtf8();
        m_usesTls = true;
        m_connectOnly = true;
        break;
    }
    case CheckKind::Dns:
        m_error = tr("DNS checks do not go through libcurl");
        break;
    }
}

QByteArray CheckRequest::buildReuseKey(const QList<std::pair<QString, QString>>& headers) const
{
    // Lengths before contents, so that no two different settings give the same key.
    QByteArray key;
    const auto add = [&key](const QByteArray& part) { key += QByteArray::number(part.size()) + ':' + part; };
    add(m_caBundlePath);
    add(m_method);
    add(m_body);
    key += QByteArray::number(m_timeoutMs) + ',' + QByteArray::number(m_maxRedirects) + ',' +
           char('0' + m_noBody) + char('0' + m_hasBody) + char('0' + m_followRedirects) +
           char('0' + m_verifyTls) + char('0' + m_usesTls);
    for (const auto& [name, value] : headers) {
        add(name.toUtf8());
        add(value.toUtf8());
    }
    return key;
}

CheckRequest::~CheckRequest()
{
    curl_slist_free_all(m_headers);
    curl_url_cleanup(m_parsedUrl);
}

void CheckRequest::applyUrlTo(CURL* easy) const
{
    curl_easy_setopt(easy, CURLOPT_URL, m_url.constData());
    // Set or cleared every time: a handle keeps the last request's parsed URL otherwise, and it wins over
    // CURLOPT_URL.
    curl_easy_setopt(easy, CURLOPT_CURLU, m_parsedUrl);
}

void CheckRequest::applyTo(CURL* easy) const
{
    applyUrlTo(easy);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    if (!proxyFromEnvironment()) {
        curl_easy_setopt(easy, CURLOPT_PROXY, "");
        curl_easy_setopt(easy, CURLOPT_NOPROXY, "");
    }
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, m_timeoutMs);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, m_timeoutMs);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "Vigie");
    if (!m_caBundlePath.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, m_caBundlePath.constData());
    if (!m_verifyTls) {
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (m_usesTls)
        curl_easy_setopt(easy, CURLOPT_CERTINFO, 1L);
    if (m_connectOnly) {
        curl_easy_setopt(easy, CURLOPT_CONNECT_ONLY, 1L);
        return;
    }
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, m_followRedirects ? 1L : 0L);
    if (m_followRedirects) {
        curl_easy_setopt(easy, CURLOPT_MAXREDIRS, m_maxRedirects);
        curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    }
    if (m_headers)
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headers);
    if (m_noBody)
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    if (m_hasBody) {
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, m_body.constData());
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_body.size()));
    }
    if (!m_method.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, m_method.constData());
}

void CheckRequest::applyDifferencesTo(CURL* easy) const
{
    applyUrlTo(easy);
    // libcurl keeps pointers to these rather than copies, and the previous request may be gone.
    if (m_headers)
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headers);
    if (m_hasBody)
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, m_body.constData());
}
