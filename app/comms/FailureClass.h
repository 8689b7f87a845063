#pragma once

#include <QList>
#include <QString>

// What kind of failure a check saw, for people: the first announcement words it for customers and the
// evidence list names it for the team.
enum class FailureClass : int
{
    None = 0, // the check passed
    DnsResolution,
    CertificateExpired,
    CertificateInvalid, // self-signed, untrusted, wrong host, not yet valid, missing
    CertificateExpiring,
    TlsHandshake,
    Timeout,
    ConnectionRefused,
    HostUnreachable,
    ConnectionLost,
    InvalidResponse, // not HTTP, too many redirects
    HttpStatus,
    ContentMissing,    // expected keyword missing
    ContentUnexpected, // forbidden keyword present
    HealthCheckFailed, // a JSON condition failed
    SlowResponse,
    Other,
};

QString failureClassKey(FailureClass failure);   // "dns-resolution", "http-status", ...
QString failureClassLabel(FailureClass failure); // translated, short: "DNS not resolving", "HTTP error"
QList<FailureClass> allFailureClasses();
