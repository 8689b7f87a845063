#pragma once

#include "monitor/CheckResult.h"

#include <QList>
#include <QRandomGenerator>

// Deterministic stream of realistic check results for many services, in start-time order: a mix of HTTPS,
// HTTP, TCP, DNS and certificate checks at 30 s to 2 min intervals, about 2 % failures (with a reason) and
// 3 % degraded, microsecond timings in the ranges real checks show, certificates on HTTPS and TLS checks.
class ResultGenerator
{
public:
    ResultGenerator(int serviceCount, qint64 startMs, quint32 seed = 1);

    QList<CheckResult> next(int count);
    qint64 firstServiceId() const { return 1; }

private:
    enum class Kind
    {
        Https,
        Http,
        Tcp,
        Dns,
        Tls
    };
    struct Service
    {
        Kind kind = Kind::Https;
        qint64 intervalMs = 60'000;
        qint64 nextMs = 0;
        qint64 certExpiresAtMs = 0;
    };
    CheckResult make(qint64 serviceId, const Service& service);
    int between(int low, int high) { return int(m_random.bounded(low, high + 1)); }

    QRandomGenerator m_random;
    QList<Service> m_services;
};
