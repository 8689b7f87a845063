#include "comms/FailureClassifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Sentence
{
    const char* context;
    const char* source;
    FailureClass failure;
};

// The monitor's reasons (app/monitor), most specific first.
const Sentence sentences[] = {
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: certificate has expired"),
     FailureClass::CertificateExpired},
    {"ResponseEvaluator", QT_TRANSLATE_N_NOOP("ResponseEvaluator", "TLS: certificate expires in %n day(s)"),
     FailureClass::CertificateExpiring},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS handshake failed (%1)"),
     FailureClass::TlsHandshake},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: certificate is not yet valid"),
     FailureClass::CertificateInvalid},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: self-signed certificate in the chain"),
     FailureClass::CertificateInvalid},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: self-signed certificate"),
     FailureClass::CertificateInvalid},
    {"ResponseEvaluator",
     QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: certificate issued by an untrusted authority"),
     FailureClass::CertificateInvalid},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: certificate does not match host %1"),
     FailureClass::CertificateInvalid},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: certificate rejected (%1)"),
     FailureClass::CertificateInvalid},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "TLS: no certificate received from %1"),
     FailureClass::CertificateInvalid},
    {"DnsCheck", QT_TRANSLATE_NOOP("DnsCheck", "could not resolve host %1 within %2 ms"),
     FailureClass::DnsResolution},
    {"DnsCheck", QT_TRANSLATE_NOOP("DnsCheck", "could not resolve host %1"), FailureClass::DnsResolution},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "could not resolve host %1"),
     FailureClass::DnsResolution},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "timed out after %1 ms"),
     FailureClass::Timeout},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "connection refused"),
     FailureClass::ConnectionRefused},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "host %1 is unreachable"),
     FailureClass::HostUnreachable},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "could not connect to %1 (%2)"),
     FailureClass::HostUnreachable},
    {"ResponseEvaluator",
     QT_TRANSLATE_NOOP("ResponseEvaluator", "the server closed the connection without answering"),
     FailureClass::ConnectionLost},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "connection lost (%1)"),
     FailureClass::ConnectionLost},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "too many redirects (more than %1)"),
     FailureClass::InvalidResponse},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "the server did not answer in HTTP"),
     FailureClass::InvalidResponse},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "unexpected status %1"),
     FailureClass::HttpStatus},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "keyword \"%1\" missing"),
     FailureClass::ContentMissing},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "keyword \"%1\" present"),
     FailureClass::ContentUnexpected},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "the response is too large to read as JSON"),
     FailureClass::HealthCheckFailed},
    {"ResponseEvaluator",
     QT_TRANSLATE_NOOP("ResponseEvaluator", "the response is not valid JSON (%1 at byte %2)"),
     FailureClass::HealthCheckFailed},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "%1 is missing from the response"),
     FailureClass::HealthCheckFailed},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "%1 is %2 (expected %3 %4)"),
     FailureClass::HealthCheckFailed},
    {"ResponseEvaluator", QT_TRANSLATE_NOOP("ResponseEvaluator", "response took %1 ms (threshold %2 ms)"),
     FailureClass::SlowResponse},
};

// "timed out after %1 ms" -> ^timed out after .+ ms$, so that the arguments may be anything.
QRegularExpression patternOf(const QString& sentence)
{
    static const QRegularExpression argument(QStringLiteral(R"(%(?:\d|n))"));
    QString pattern;
    qsizetype from = 0;
    for (auto it = argument.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        pattern += QRegularExpression::escape(sentence.mid(from, match.capturedStart() - from)) +
                   QStringLiteral(".+");
        from = match.capturedEnd();
    }
    pattern += QRegularExpression::escape(sentence.mid(from));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::DotMatchesEverythingOption);
}

bool matches(const QString& reason, const Sentence& sentence)
{
    const QString source = QString::fromUtf8(sentence.source);
    QStringList forms = {source};
    // A plural form translates differently for one and for many.
    for (const int n : {1, 2}) {
        const QString translated = QCoreApplication::translate(sentence.context, sentence.source, nullptr, n);
        if (!forms.contains(translated))
            forms.append(translated);
    }
    return std::any_of(forms.cbegin(), forms.cend(),
                       [&reason](const QString& form) { return patternOf(form).match(reason).hasMatch(); });
}

} // namespace

FailureClass FailureClassifier::classify(const CheckResult& result)
{
    if (result.outcome == CheckResult::Outcome::Up)
        return FailureClass::None;
    if (result.certExpiresAtMs > 0 && result.startedAtMs > 0 && result.certExpiresAtMs <= result.startedAtMs)
        return FailureClass::CertificateExpired;
    const QString reason = result.reason.trimmed();
    for (const Sentence& sentence : sentences) {
        if (matches(reason, sentence))
            return sentence.failure;
    }
    if (result.httpCode >= 400)
        return FailureClass::HttpStatus;
    return result.outcome == CheckResult::Outcome::Degraded ? FailureClass::SlowResponse
                                                            : FailureClass::Other;
}
