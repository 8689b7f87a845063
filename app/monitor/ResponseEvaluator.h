#pragma once

#include "config/ServiceDefinition.h"
#include "monitor/CheckResult.h"
#include "monitor/TransferOutcome.h"

#include <QCoreApplication>

// Judges one finished transfer against a service's settings. Pure: no network, no clock of its own.
class ResponseEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(ResponseEvaluator)

public:
    // The result of an http, tcp or tls-certificate check; nowMs is when it finished (for certificate
    // expiry). serviceId and startedAtMs are left for the caller. Does not apply upside-down mode.
    static CheckResult evaluate(const ServiceDefinition& service, const TransferOutcome& transfer,
                                qint64 nowMs);

    // Upside-down mode: a failing check counts as Up and a passing (or degraded) one as Down.
    static void applyInversion(CheckResult& result, bool inverted);

    // The person-readable reason for a failed transfer (timeout, refused, TLS problem, ...).
    static QString transferFailureReason(const ServiceDefinition& service, const TransferOutcome& transfer);

    // The host name part of a service's target, for messages.
    static QString targetHost(const ServiceDefinition& service);

private:
    static void fillTimings(CheckResult& result, const TransferOutcome& transfer);
    static bool judgeHttp(const ServiceDefinition& service, const TransferOutcome& transfer,
                          CheckResult& result);
    static bool judgeCertificate(const ServiceDefinition& service, qint64 certExpiresAtMs, qint64 nowMs,
                                 CheckResult& result);
    static QString judgeJson(const JsonCondition& condition, const QByteArray& body, bool bodyCapped);
};
