#include "comms/FailureClass.h"

#include <QCoreApplication>

QString failureClassKey(FailureClass failure)
{
    switch (failure) {
    case FailureClass::None:
        return QStringLiteral("none");
    case FailureClass::DnsResolution:
        return QStringLiteral("dns-resolution");
    case FailureClass::CertificateExpired:
        return QStringLiteral("certificate-expired");
    case FailureClass::CertificateInvalid:
        return QStringLiteral("certificate-invalid");
    case FailureClass::CertificateExpiring:
        return QStringLiteral("certificate-expiring");
    case FailureClass::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case FailureClass::Timeout:
        return QStringLiteral("timeout");
    case FailureClass::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case FailureClass::HostUnreachable:
        return QStringLiteral("host-unreachable");
    case FailureClass::ConnectionLost:
        return QStringLiteral("connection-lost");
    case FailureClass::InvalidResponse:
        return QStringLiteral("invalid-response");
    case FailureClass::HttpStatus:
        return QStringLiteral("http-status");
    case FailureClass::ContentMissing:
        return QStringLiteral("content-missing");
    case FailureClass::ContentUnexpected:
        return QStringLiteral("content-unexpected");
    case FailureClass::HealthCheckFailed:
        return QStringLiteral("health-check-failed");
    case FailureClass::SlowResponse:
        return QStringLiteral("slow-response");
    case FailureClass::Other:
        return QStringLiteral("other");
    }
    return QString();
}

QString failureClassLabel(FailureClass failure)
{
    const char* text = "Other failure";
    switch (failure) {
    case FailureClass::None:
        text = QT_TRANSLATE_NOOP("FailureClass", "No failure");
        break;
    case FailureClass::DnsResolution:
        text = QT_TRANSLATE_NOOP("FailureClass", "DNS not resolving");
        break;
    case FailureClass::CertificateExpired:
        text = QT_TRANSLATE_NOOP("FailureClass", "Certificate expired");
        break;
    case FailureClass::CertificateInvalid:
        text = QT_TRANSLATE_NOOP("FailureClass", "Certificate refused");
        break;
    case FailureClass::CertificateExpiring:
        text = QT_TRANSLATE_NOOP("FailureClass", "Certificate expiring soon");
        break;
    case FailureClass::TlsHandshake:
        text = QT_TRANSLATE_NOOP("FailureClass", "TLS handshake failure");
        break;
    case FailureClass::Timeout:
        text = QT_TRANSLATE_NOOP("FailureClass", "Timeouts");
        break;
    case FailureClass::ConnectionRefused:
        text = QT_TRANSLATE_NOOP("FailureClass", "Connection refused");
        break;
    case FailureClass::HostUnreachable:
        text = QT_TRANSLATE_NOOP("FailureClass", "Host unreachable");
        break;
    case FailureClass::ConnectionLost:
        text = QT_TRANSLATE_NOOP("FailureClass", "Connection lost");
        break;
    case FailureClass::InvalidResponse:
        text = QT_TRANSLATE_NOOP("FailureClass", "Invalid response");
        break;
    case FailureClass::HttpStatus:
        text = QT_TRANSLATE_NOOP("FailureClass", "HTTP error status");
        break;
    case FailureClass::ContentMissing:
        text = QT_TRANSLATE_NOOP("FailureClass", "Expected content missing");
        break;
    case FailureClass::ContentUnexpected:
        text = QT_TRANSLATE_NOOP("FailureClass", "Error content present");
        break;
    case FailureClass::HealthCheckFailed:
        text = QT_TRANSLATE_NOOP("FailureClass", "Health check failed");
        break;
    case FailureClass::SlowResponse:
        text = QT_TRANSLATE_NOOP("FailureClass", "Slow responses");
        break;
    case FailureClass::Other:
        text = QT_TRANSLATE_NOOP("FailureClass", "Other failure");
        break;
    }
    return QCoreApplication::translate("FailureClass", text);
}

QList<FailureClass> allFailureClasses()
{
    QList<FailureClass> all;
    for (int i = int(FailureClass::None); i <= int(FailureClass::Other); ++i)
        all.append(FailureClass(i));
    return all;
}
