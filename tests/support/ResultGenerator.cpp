#include "ResultGenerator.h"

#include <QString>

ResultGenerator::ResultGenerator(int serviceCount, qint64 startMs, quint32 seed) : m_random(seed)
{
    static const qint64 intervals[] = {30'000, 60'000, 60'000, 60'000, 120'000};
    for (int i = 0; i < serviceCount; ++i) {
        Service s;
        const int pick = between(0, 99);
        s.kind = pick < 55   ? Kind::Https
                 : pick < 70 ? Kind::Http
                 : pick < 85 ? Kind::Tcp
                 : pick < 95 ? Kind::Dns
                             : Kind::Tls;
        s.intervalMs = intervals[between(0, 4)];
        s.nextMs = startMs + between(0, int(s.intervalMs) - 1);
        if (s.kind == Kind::Https || s.kind == Kind::Tls)
            s.certExpiresAtMs = (startMs / 1000 + between(10, 90) * 86'400) * 1000;
        m_services.append(s);
    }
}

CheckResult ResultGenerator::make(qint64 serviceId, const Service& service)
{
    CheckResult r;
    r.serviceId = serviceId;
    r.startedAtMs = service.nextMs + between(0, 3);
    const bool web = service.kind == Kind::Https || service.kind == Kind::Http;
    r.dnsUs = between(200, 4000);
    r.connectUs = service.kind == Kind::Dns ? 0 : between(500, 40'000);
    r.tlsUs = service.kind == Kind::Https || service.kind == Kind::Tls ? between(5000, 60'000) : 0;
    r.firstByteUs = web ? between(5000, 250'000) : 0;
    r.totalUs = r.dnsUs + r.connectUs + r.tlsUs + r.firstByteUs + between(0, 5000);
    r.httpCode = web ? 200 : 0;
    r.certExpiresAtMs = service.certExpiresAtMs;
    const int roll = between(0, 999);
    if (roll < 20) {
        r.outcome = CheckResult::Outcome::Down;
        r.reason = QStringLiteral("Connection refused by 10.0.0.1:443");
    } else if (roll < 50) {
        r.outcome = CheckResult::Outcome::Degraded;
        r.reason = QStringLiteral("Slow response");
    } else {
        r.outcome = CheckResult::Outcome::Up;
    }
    return r;
}

QList<CheckResult> ResultGenerator::next(int count)
{
    QList<CheckResult> results;
    results.reserve(count);
    while (results.size() < count) {
        qsizetype earliest = 0;
        for (qsizetype i = 1; i < m_services.size(); ++i) {
            if (m_services.at(i).nextMs < m_services.at(earliest).nextMs)
                earliest = i;
        }
        Service& s = m_services[earliest];
        results.append(make(earliest + 1, s));
        s.nextMs += s.intervalMs;
    }
    return results;
}
