#include "OutagePlan.h"

#include <algorithm>

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kWeek = 7 * kDay;

struct Episode
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    ServiceState state = ServiceState::Down;
    QString reason;
};

// Most outages are short; a few last long: 30 s to ~45 min, skewed towards the short end.
qint64 outageLength(QRandomGenerator& random)
{
    const double u = random.generateDouble();
    return 30'000 + qint64(u * u * u * 45 * kMinute);
}

void addPoisson(QList<Episode>* out, QRandomGenerator& random, qint64 fromMs, qint64 toMs, double perWeek,
                ServiceState state, const QString& reason, qint64 minMs, qint64 maxMs, bool skewed)
{
    const int count = int(double(toMs - fromMs) / double(kWeek) * perWeek + random.generateDouble());
    for (int i = 0; i < count; ++i) {
        const qint64 start = fromMs + qint64(random.generateDouble() * double(toMs - fromMs));
        const qint64 length =
            skewed ? outageLength(random) : minMs + qint64(random.generateDouble() * double(maxMs - minMs));
        out->append(Episode{start, start + length, state, reason});
    }
}

} // namespace

QList<OutagePlan::SharedIncident> OutagePlan::sharedIncidents(int groupCount, qint64 fromMs, qint64 toMs,
                                                              quint32 seed)
{
    QRandomGenerator random(seed);
    QList<SharedIncident> out;
    // About two shared incidents a week across the workspace.
    const int count = int(double(toMs - fromMs) / double(kWeek) * 2);
    for (int i = 0; i < count; ++i) {
        SharedIncident incident;
        incident.groupIndex = int(random.bounded(groupCount));
        incident.startMs = fromMs + qint64(random.generateDouble() * double(toMs - fromMs - kHour));
        incident.durationMs = 2 * kMinute + qint64(random.generateDouble() * 40 * kMinute);
        incident.share = 30 + int(random.bounded(71));
        out.append(incident);
    }
    return out;
}

QList<StateChange> OutagePlan::changes(qint64 serviceId, int groupIndex, const QList<SharedIncident>& shared,
                                       qint64 fromMs, qint64 toMs, quint32 seed)
{
    QRandomGenerator random(seed ^ quint32(serviceId * 2654435761u));
    QList<Episode> episodes;
    addPoisson(&episodes, random, fromMs, toMs, 2.5, ServiceState::Down,
               QStringLiteral("HTTP 503 Service Unavailable"), 0, 0, true);
    addPoisson(&episodes, random, fromMs, toMs, 0.6, ServiceState::Down,
               QStringLiteral("Connection timed out after 10000 ms"), 0, 0, true);
    addPoisson(&episodes, random, fromMs, toMs, 1.2, ServiceState::Degraded,
               QStringLiteral("Response time 2400 ms above the 1000 ms threshold"), 5 * kMinute, 2 * kHour,
               false);
    if (random.bounded(10) == 0) // one service in ten had a maintenance window
        addPoisson(&episodes, random, fromMs, toMs, 0.2, ServiceState::Paused, QString(), kHour, 6 * kHour,
                   false);
    for (const SharedIncident& incident : shared) {
        if (incident.groupIndex != groupIndex || int(random.bounded(100)) >= incident.share)
            continue;
        // Services notice within a minute or two of each other.
        const qint64 lag = qint64(random.bounded(120)) * 1000;
        episodes.append(Episode{incident.startMs + lag, incident.startMs + incident.durationMs + lag,
                                ServiceState::Down, QStringLiteral("Connection refused")});
    }
    std::sort(episodes.begin(), episodes.end(),
              [](const Episode& a, const Episode& b) { return a.startMs < b.startMs; });

    QList<StateChange> out;
    auto change = [&](qint64 at, ServiceState from, ServiceState to, const QString& reason) {
        StateChange c;
        c.serviceId = serviceId;
        c.atMs = at;
        c.from = from;
        c.to = to;
        c.reason = reason;
        out.append(c);
    };
    change(fromMs, ServiceState::Unknown, ServiceState::Up, QString());
    qint64 cursor = fromMs;
    for (const Episode& e : std::as_const(episodes)) {
        // Episodes that overlap one already placed are dropped: one state at a time, as the engine reports.
        if (e.startMs <= cursor || e.endMs >= toMs)
            continue;
        change(e.startMs, ServiceState::Up, e.state, e.reason);
        change(e.endMs, e.state, ServiceState::Up, QString());
        cursor = e.endMs + kMinute;
    }
    return out;
}
