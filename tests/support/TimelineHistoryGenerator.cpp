#include "TimelineHistoryGenerator.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

constexpr qint64 kMinuteMs = 60'000;

struct Event
{
    qint64 startMs;
    qint64 endMs;
    ServiceState state;
    bool known;
    QString reason;
};

} // namespace

QList<ServiceDefinition> TimelineHistoryGenerator::services(int count)
{
    const QList<QPair<QString, QString>> names{
        {QStringLiteral("Public website"), QStringLiteral("Web")},
        {QStringLiteral("Checkout API"), QStringLiteral("Payments")},
        {QStringLiteral("Card tokenizer"), QStringLiteral("Payments")},
        {QStringLiteral("Invoice PDF renderer"), QStringLiteral("Payments")},
        {QStringLiteral("Login"), QStringLiteral("Identity")},
        {QStringLiteral("Token refresh"), QStringLiteral("Identity")},
        {QStringLiteral("Primary database"), QStringLiteral("Data")},
        {QStringLiteral("Search cluster"), QStringLiteral("Data")},
        {QStringLiteral("Status page"), QStringLiteral("Web")},
        {QStringLiteral("DNS: example.org"), QStringLiteral("Network")},
        {QStringLiteral("Mail relay"), QStringLiteral("Network")},
        {QStringLiteral("Webhooks dispatcher"), QStringLiteral("Integrations")},
        {QStringLiteral("CDN edge Paris"), QStringLiteral("Web")},
        {QStringLiteral("Object storage"), QStringLiteral("Data")},
        {QStringLiteral("Message queue"), QStringLiteral("Data")},
        {QStringLiteral("SSO certificate"), QStringLiteral("Identity")},
        {QStringLiteral("Slack notifier"), QStringLiteral("Integrations")},
        {QStringLiteral("Refund worker"), QStringLiteral("Payments")},
        {QStringLiteral("VPN gateway"), QStringLiteral("Network")},
        {QStringLiteral("Analytics ingest"), QStringLiteral("Data")},
    };
    QList<ServiceDefinition> out;
    for (int i = 0; i < count; ++i) {
        ServiceDefinition def;
        def.id = i + 1;
        const auto& [name, group] = names.at(i % names.size());
        def.name = i < names.size() ? name : name + QStringLiteral(" %1").arg(i / names.size() + 1);
        def.group = group;
        def.slaTargetPercent = (i % 3 == 0) ? 99.95 : 99.9;
        out.append(def);
    }
    return out;
}

QHash<qint64, QList<StateBand>> TimelineHistoryGenerator::bands(const QList<ServiceDefinition>& services,
                                                                qint64 fromMs, qint64 toMs, quint32 seed)
{
    QRandomGenerator random(seed);
    const qint64 span = toMs - fromMs;
    // One shared incident two thirds of the way through: the Payments group goes down together.
    const qint64 incidentStart = fromMs + span * 2 / 3;
    const qint64 incidentEnd = incidentStart + 47 * kMinuteMs;
    QHash<qint64, QList<StateBand>> out;
    for (const ServiceDefinition& def : services) {
        QList<Event> events;
        const int outages = int(random.bounded(0, 4));
        for (int i = 0; i < outages; ++i) {
            const qint64 start = fromMs + qint64(random.bounded(double(span) * 0.95));
            const qint64 length = qint64(random.bounded(3, 180)) * kMinuteMs;
            const bool slow = random.bounded(3) == 0;
            events.append(
                Event{start, start + length, slow ? ServiceState::Degraded : ServiceState::Down, true,
                      slow ? QStringLiteral("Slow: 1830 ms, above 1000 ms")
                           : QStringLiteral("Timed out after 5000 ms connecting to 127.0.0.1:8443")});
        }
        if (def.group == QStringLiteral("Payments")) {
            events.append(Event{incidentStart, incidentEnd, ServiceState::Down, true,
                                QStringLiteral("Connection refused by 127.0.0.1:8443")});
        }
        if (def.id % 7 == 3) {
            const qint64 start = fromMs + span / 4;
            events.append(Event{start, start + 6 * 60 * kMinuteMs, ServiceState::Paused, true,
                                QStringLiteral("Paused for maintenance")});
        }
        if (def.id % 9 == 5)
            events.append(Event{fromMs + span / 2, fromMs + span / 2 + 5 * 60 * kMinuteMs,
                                ServiceState::Unknown, false, QString()});
        std::sort(events.begin(), events.end(),
                  [](const Event& a, const Event& b) { return a.startMs < b.startMs; });
        // A service added late has no data before its first check.
        const qint64 firstCheck = def.id % 11 == 6 ? fromMs + span / 3 : fromMs;
        QList<StateBand> bands;
        const auto push = [&](qint64 start, qint64 end, ServiceState state, bool known,
                              const QString& reason) {
            if (end <= start)
                return;
            bands.append(StateBand{def.id, state, start, end, reason, known});
        };
        push(fromMs, firstCheck, ServiceState::Unknown, false, QString());
        qint64 cursor = firstCheck;
        for (const Event& e : events) {
            const qint64 start = qMax(e.startMs, cursor);
            const qint64 end = qMin(e.endMs, toMs);
            if (end <= start)
                continue;
            push(cursor, start, ServiceState::Up, true, QStringLiteral("Recovered"));
            push(start, end, e.state, e.known, e.reason);
            cursor = end;
        }
        push(cursor, toMs, ServiceState::Up, true, QStringLiteral("Recovered"));
        out.insert(def.id, bands);
    }
    return out;
}
