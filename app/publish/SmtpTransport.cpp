#include "publish/SmtpTransport.h"

#include "monitor/CurlGlobal.h"

#include <curl/curl.h>

#include <algorithm>

namespace {

// What the protocol trace tells beyond libcurl's result: which RCPT TO a refusal answered, the server's
// words, and whether AUTH succeeded. Nothing sent during the AUTH exchange (the credentials) is ever looked
// at.
struct Trace
{
    QString lastRecipient;
    QString failedRecipient;
    QString lastCommand;
    QString serverReply;
    bool inAuth = false;
    bool authenticated = false;
};

int onTrace(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    auto* trace = static_cast<Trace*>(user);
    if (type != CURLINFO_HEADER_OUT && type != CURLINFO_HEADER_IN)
        return 0;
    if (type == CURLINFO_HEADER_OUT) {
        if (trace->inAuth)
            return 0; // an AUTH continuation: credentials
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        const QByteArray verb = line.left(line.indexOf(' ')).toUpper();
        trace->lastCommand = QString::fromLatin1(verb);
        trace->inAuth = verb == "AUTH";
        if (verb == "RCPT") {
            QByteArray address = line.mid(line.indexOf(':') + 1).trimmed();
            if (address.startsWith('<'))
                address = address.mid(1, address.indexOf('>') - 1);
            trace->lastRecipient = QString::fromUtf8(address);
        }
        return 0;
    }
    const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
    const int code = line.left(3).toInt();
    if (trace->inAuth) {
        if (code == 334)
            return 0; // a challenge; the exchange goes on
        trace->inAuth = false;
        trace->authenticated = code == 235;
    }
    if (code < 400)
        return 0;
    if (trace->lastCommand == QLatin1String("RCPT"))
        trace->failedRecipient = trace->lastRecipient;
    trace->serverReply = QString::fromUtf8(line.left(300));
    return 0;
}

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
    const std::function<void()>* beforeLastBytes = nullptr;
};

size_t onRead(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = std::min(room, left);
    // libcurl ends the mail (CRLF.CRLF) only after these bytes: the hook runs while the server would still
    // discard it.
    if (n == left && upload->beforeLastBytes && *upload->beforeLastBytes) {
        (*upload->beforeLastBytes)();
        upload->beforeLastBytes = nullptr;
    }
    std::copy_n(upload->data->constData() + upload->offset, n, buffer);
    upload->offset += n;
    return size_t(n);
}

size_t onDiscard(char*, size_t size, size_t count, void*)
{
    return size * count;
}

void freeEasy(void* easy)
{
    if (easy)
        curl_easy_cleanup(static_cast<CURL*>(easy));
}

void* newEasy()
{
    ensureCurlGlobalInit();
    return curl_easy_init();
}

SmtpTransport::Result performOn(CURL* h, const SmtpTransport::Options& options, const QString& label,
                                Trace& trace)
{
    using Result = SmtpTransport::Result;
    const QByteArray url = label.toUtf8();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // Required STARTTLS: CURLUSESSL_TRY would fall back to plain text when the server does not offer it.
    curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray ca = options.caFile.toLocal8Bit();
    if (!ca.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, ca.constData());
    const QByteArray user = options.username.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, options.password.constData());
    }
    const int timeout = std::max(1, options.timeoutMs);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(timeout));
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(timeout, 10'000)));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onDiscard);
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &onTrace);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &trace);
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(h);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, nullptr);
    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);

    Result result;
    result.replyCode = int(reply);
    result.failedRecipient = trace.failedRecipient;
    result.serverReply = trace.serverReply;
    result.detail =
        errorBuffer[0] ? QString::fromLocal8Bit(errorBuffer) : QString::fromLatin1(curl_easy_strerror(code));
    if (!options.password.isEmpty())
        result.detail.replace(QString::fromUtf8(options.password), QStringLiteral("***"));
    switch (code) {
    case CURLE_OK:
        result.kind = Result::Kind::Ok;
        result.detail.clear();
        break;
    case CURLE_LOGIN_DENIED:
        result.kind = Result::Kind::LoginDenied;
        break;
    case CURLE_USE_SSL_FAILED:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
        result.kind = Result::Kind::TlsFailed;
        break;
    case CURLE_SEND_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_QUOTE_ERROR:
    case CURLE_RECV_ERROR:
        result.kind = reply >= 400 ? Result::Kind::Refused : Result::Kind::Unreachable;
        break;
    default:
        result.kind = reply >= 400 ? Result::Kind::Refused : Result::Kind::Unreachable;
        break;
    }
    return result;
}

} // namespace

SmtpTransport::SmtpTransport(Options options) : m_options(std::move(options)), m_easy(newEasy(), &freeEasy) {}

SmtpTransport::~SmtpTransport() = default;

QString SmtpTransport::serverLabel() const
{
    return (m_options.implicitTls ? QStringLiteral("smtps://") : QStringLiteral("smtp://")) + m_options.host +
           QLatin1Char(':') + QString::number(m_options.port);
}

SmtpTransport::Result SmtpTransport::send(const QString& from, const QStringList& recipients,
                                          const QByteArray& message,
                                          const std::function<void()>& beforeLastBytes)
{
    if (!m_easy)
        return Result{Result::Kind::Unreachable, 0, {}, {}, QStringLiteral("libcurl could not start")};
    CURL* h = static_cast<CURL*>(m_easy.get());
    const QByteArray sender = '<' + from.toUtf8() + '>';
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, sender.constData());
    // libcurl does not copy the list: it lives until perform returns.
    curl_slist* rcpt = nullptr;
    for (const QString& recipient : recipients)
        rcpt = curl_slist_append(rcpt, QByteArray('<' + recipient.toUtf8() + '>').constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, nullptr);
    Upload upload{&message, 0, &beforeLastBytes};
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &onRead);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    Trace trace;
    Result result = performOn(h, m_options, serverLabel(), trace);
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, nullptr);
    curl_slist_free_all(rcpt);
    return result;
}

SmtpTransport::Result SmtpTransport::verify()
{
    if (!m_easy)
        return Result{Result::Kind::Unreachable, 0, {}, {}, QStringLiteral("libcurl could not start")};
    CURL* h = static_cast<CURL*>(m_easy.get());
    // A custom command without recipients runs the whole connection phase (greeting, EHLO, STARTTLS, EHLO,
    // AUTH) and then the command itself: NOOP asks nothing of the server and starts no mail transaction.
    // CONNECT_ONLY would stop before a command and prove less.
    curl_easy_setopt(h, CURLOPT_UPLOAD, 0L);
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, nullptr);
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, nullptr);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, "NOOP");
    // A fresh connection, so that AUTH really happens now rather than on an earlier session.
    curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 1L);
    Trace trace;
    Result result = performOn(h, m_options, serverLabel(), trace);
    curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 0L);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, nullptr);
    // libcurl skips AUTH when the server offers no mechanism; a test must not pass without it.
    if (result.ok() && !m_options.username.isEmpty() && !trace.authenticated) {
        result.kind = Result::Kind::NotAuthenticated;
        result.detail = QStringLiteral("the server did not offer AUTH after TLS");
    }
    return result;
}
