#pragma once

#include "config/ServiceDefinition.h"

#include <QString>

// What a service's target must look like for its kind: an http(s) URL for http, an https URL for
// tls-certificate, host:port for tcp and a host name for dns.
class ServiceTarget
{
public:
    // Empty when `target` suits `kind`, else a message saying what was expected (without a field path).
    static QString problem(CheckKind kind, const QString& target);
    // Splits "host:port" / "[::1]:port"; false when the text is not of that shape or the port is out of
    // range.
    static bool splitHostPort(const QString& text, QString* host, int* port);
};
