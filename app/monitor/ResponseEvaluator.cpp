#include "monitor/ResponseEvaluator.h"

#include "monitor/CertificateInfo.h"
#include "monitor/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <limits>

namespace {

qint32 clampUs(qint64 us)
{
    return qint32(std::clamp<qint64>(us, 0, std::numeric_limits<qint32>::max()));
}

QString technicalDetail(const TransferOutcome& transfer)
{
    if (!transfer.curlError.isEmpty())
        return QString::fromUtf8(transfer.curlError);
    return QString::fromUtf8(curl_easy_strerror(CURLcode(transfer.curlCode)));
}

// OpenSSL's verification messages, as libcurl relays them, mapped to sentences for people.
QString tlsReason(const ServiceDefinition& service, const TransferOutcome& transfer)
{
    const QByteArray& e = transfer.curlError;
    if (e.contains("certificate has expired"))
        return ResponseEvaluator::tr("TLS: certificate has expired");
    if (e.contains("certificate is not yet valid"))
        return ResponseEvaluator::tr("TLS: certificate is not yet valid");
    if (e.contains("self-signed certificate in certificate chain") ||
        e.contains("self signed certificate in certificate chain"))
        return ResponseEvaluator::tr("TLS: self-signed certificate in the chain");
    if (e.contains("self-signed certificate") || e.contains("self signed certificate"))
        return ResponseEvaluator::tr("TLS: self-signed certificate");
    if (e.contains("unable to get local issuer certificate") || e.contains("unable to get issuer"))
        return ResponseEvaluator::tr("TLS: certificate issued by an untrusted authority");
    if (e.contains("subject name") || e.contains("does not match"))
        return ResponseEvaluator::tr("TLS: certificate does not match host %1")
            .arg(ResponseEvaluator::targetHost(service));
    if (transfer.curlCode == CURLE_SSL_CONNECT_ERROR)
        return ResponseEvaluator::tr("TLS handshake failed (%1)").arg(technicalDetail(transfer));
    return ResponseEvaluator::tr("TLS: certificate rejected (%1)").arg(technicalDetail(transfer));
}

// JSON as a person would read it in a message: strings quoted, numbers bare.
QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

// The value as compared with the expected text: strings without quotes.
QString comparableText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : jsonText(value);
}

bool compareValue(const QJsonValue& actual, JsonCondition::Op op, const QString& expected)
{
    using Op = JsonCondition::Op;
    if (op == Op::Contains) {
        if (actual.isArray()) {
            const QJsonArray array = actual.toArray();
            return std::any_of(array.begin(), array.end(), [&](const QJsonValue& item) {
                return compareValue(item, Op::Equal, expected);
            });
        }
        return comparableText(actual).contains(expected);
    }
    bool expectedIsNumber = false;
    const double expectedNumber = expected.trimmed().toDouble(&expectedIsNumber);
    int order = 0;
    if (actual.isDouble() && expectedIsNumber) {
        const double a = actual.toDouble();
        order = a < expectedNumber ? -1 : (a > expectedNumber ? 1 : 0);
    } else {
        order = QString::compare(comparableText(actual), expected);
        order = order < 0 ? -1 : (order > 0 ? 1 : 0);
    }
    switch (op) {
    case Op::Equal:
        return order == 0;
    case Op::NotEqual:
        return order != 0;
    case Op::Less:
        return order < 0;
    case Op::LessOrEqual:
        return order <= 0;
    case Op::Greater:
        return order > 0;
    case Op::GreaterOrEqual:
        return order >= 0;
    case Op::Contains:
        break;
    }
    return false;
}

void setDegraded(CheckResult& result, const QString& reason)
{
    result.outcome = CheckResult::Outcome::Degraded;
    result.reason = result.reason.isEmpty() ? reason : result.reason + QStringLiteral("; ") + reason;
}

} // namespace

CheckResult ResponseEvaluator::evaluate(const ServiceDefinition& service, const TransferOutcome& transfer,
                                        qint64 nowMs)
{
    CheckResult result;
    result.httpCode = transfer.httpCode;
    result.certExpiresAtMs = transfer.certExpiresAtMs;
    fillTimings(result, transfer);

    const bool cappedOnPurpose = transfer.bodyCapped && transfer.curlCode == CURLE_WRITE_ERROR;
    if (transfer.curlCode != CURLE_OK && !cappedOnPurpose) {
        result.outcome = CheckResult::Outcome::Down;
        result.reason = transferFailureReason(service, transfer);
        return result;
    }
    result.outcome = CheckResult::Outcome::Up;

    if (service.kind == CheckKind::TlsCertificate && transfer.certExpiresAtMs == 0) {
        result.outcome = CheckResult::Outcome::Down;
        result.reason =
            ResponseEvaluator::tr("TLS: no certificate received from %1").arg(targetHost(service));
        return result;
    }
    if (!judgeCertificate(service, transfer.certExpiresAtMs, nowMs, result))
        return result;
    if (service.kind == CheckKind::Http && !judgeHttp(service, transfer, result))
        return result;

    const int thresholdMs = service.http.degradedAboveMs;
    const qint64 tookMs = transfer.totalUs / 1000;
    if (service.kind == CheckKind::Http && thresholdMs > 0 && tookMs > thresholdMs)
        setDegraded(
            result,
            ResponseEvaluator::tr("response took %1 ms (threshold %2 ms)").arg(tookMs).arg(thresholdMs));
    return result;
}

void ResponseEvaluator::applyInversion(CheckResult& result, bool inverted)
{
    if (!inverted)
        return;
    if (result.outcome == CheckResult::Outcome::Down) {
        result.outcome = CheckResult::Outcome::Up;
        result.reason.clear();
    } else {
        result.outcome = CheckResult::Outcome::Down;
        result.reason =
            ResponseEvaluator::tr("the check passed, but this service is upside-down and must fail");
    }
}

QString ResponseEvaluator::transferFailureReason(const ServiceDefinition& service,
                                                 const TransferOutcome& transfer)
{
    switch (CURLcode(transfer.curlCode)) {
    case CURLE_OPERATION_TIMEDOUT:
        return ResponseEvaluator::tr("timed out after %1 ms").arg(service.timeoutMs);
    case CURLE_COULDNT_RESOLVE_HOST:
        return ResponseEvaluator::tr("could not resolve host %1").arg(targetHost(service));
    case CURLE_COULDNT_CONNECT:
        if (transfer.osErrno == ECONNREFUSED)
            return ResponseEvaluator::tr("connection refused");
        if (transfer.osErrno == EHOSTUNREACH || transfer.osErrno == ENETUNREACH)
            return ResponseEvaluator::tr("host %1 is unreachable").arg(targetHost(service));
        return ResponseEvaluator::tr("could not connect to %1 (%2)")
            .arg(targetHost(service), technicalDetail(transfer));
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE:
        return tlsReason(service, transfer);
    case CURLE_GOT_NOTHING:
        return ResponseEvaluator::tr("the server closed the connection without answering");
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        return ResponseEvaluator::tr("connection lost (%1)").arg(technicalDetail(transfer));
    case CURLE_TOO_MANY_REDIRECTS:
        return ResponseEvaluator::tr("too many redirects (more than %1)").arg(service.http.maxRedirects);
    case CURLE_WEIRD_SERVER_REPLY:
        return ResponseEvaluator::tr("the server did not answer in HTTP");
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        // Shown in the board, logs and notifications: never with the credentials or query a URL may carry.
        return ResponseEvaluator::tr("\"%1\" is not a valid target (%2)")
            .arg(QUrl(service.target).toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                 technicalDetail(transfer));
    default:
        break;
    }
    return ResponseEvaluator::tr("check failed (%1)").arg(technicalDetail(transfer));
}

QString ResponseEvaluator::targetHost(const ServiceDefinition& service)
{
    if (service.kind == CheckKind::Dns)
        return service.target;
    const QString withScheme = service.target.contains(QStringLiteral("://"))
                                   ? service.target
                                   : QStringLiteral("tcp://") + service.target;
    const QString host = QUrl(withScheme).host();
    return host.isEmpty() ? service.target : host;
}

void ResponseEvaluator::fillTimings(CheckResult& result, const TransferOutcome& t)
{
    result.totalUs = clampUs(t.totalUs);
    result.dnsUs = clampUs(t.nameLookupUs);
    if (t.connectUs > 0)
        result.connectUs = clampUs(t.connectUs - t.nameLookupUs);
    if (t.appConnectUs > 0)
        result.tlsUs = clampUs(t.appConnectUs - t.connectUs);
    if (t.startTransferUs > 0)
        result.firstByteUs = clampUs(t.startTransferUs - std::max(t.appConnectUs, t.connectUs));
}

bool ResponseEvaluator::judgeCertificate(const ServiceDefinition& service, qint64 certExpiresAtMs,
                                         qint64 nowMs, CheckResult& result)
{
    if (certExpiresAtMs == 0)
        return true;
    if (certExpiresAtMs <= nowMs) {
        result.outcome = CheckResult::Outcome::Down;
        result.reason = ResponseEvaluator::tr("TLS: certificate has expired");
        return false;
    }
    const int days = CertificateInfo::daysUntil(certExpiresAtMs, nowMs);
    if (days < service.certExpiryWarnDays) {
        setDegraded(result, tr("TLS: certificate expires in %n day(s)", nullptr, days));
    }
    return true;
}

bool ResponseEvaluator::judgeHttp(const ServiceDefinition& service, const TransferOutcome& transfer,
                                  CheckResult& result)
{
    const HttpSettings& http = service.http;
    if (!http.acceptedStatus.contains(transfer.httpCode)) {
        result.outcome = CheckResult::Outcome::Down;
        result.reason = ResponseEvaluator::tr("unexpected status %1").arg(transfer.httpCode);
        return false;
    }
    if (!http.keyword.isEmpty()) {
        const bool present = transfer.body.contains(http.keyword.toUtf8());
        if (present == http.keywordMustBeAbsent) {
            result.outcome = CheckResult::Outcome::Down;
            result.reason = present ? ResponseEvaluator::tr("keyword \"%1\" present").arg(http.keyword)
                                    : ResponseEvaluator::tr("keyword \"%1\" missing").arg(http.keyword);
            return false;
        }
    }
    if (http.json.isSet()) {
        const QString failure = judgeJson(http.json, transfer.body, transfer.bodyCapped);
        if (!failure.isEmpty()) {
            result.outcome = CheckResult::Outcome::Down;
            result.reason = failure;
            return false;
        }
    }
    return true;
}

QString ResponseEvaluator::judgeJson(const JsonCondition& condition, const QByteArray& body, bool bodyCapped)
{
    QString pointerError;
    const std::optional<JsonPointer> pointer = JsonPointer::parse(condition.pointer, &pointerError);
    if (!pointer)
        return pointerError;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull()) {
        if (bodyCapped)
            return ResponseEvaluator::tr("the response is too large to read as JSON");
        return ResponseEvaluator::tr("the response is not valid JSON (%1 at byte %2)")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    }
    const QJsonValue root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const std::optional<QJsonValue> actual = pointer->resolve(root);
    if (!actual)
        return ResponseEvaluator::tr("%1 is missing from the response").arg(condition.pointer);
    if (compareValue(*actual, condition.op, condition.expected))
        return QString();
    return ResponseEvaluator::tr("%1 is %2 (expected %3 %4)")
        .arg(condition.pointer, jsonText(*actual), JsonCondition::opToString(condition.op),
             condition.expected);
}
