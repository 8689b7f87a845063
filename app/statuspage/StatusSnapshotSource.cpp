#include "statuspage/StatusSnapshotSource.h"

#include "statuspage/StatusSnapshotBuilder.h"

#include <QMutexLocker>

StatusSnapshotSource::StatusSnapshotSource(const Clock& clock) : m_clock(clock) {}

void StatusSnapshotSource::setServices(const QList<ServiceDefinition>& services)
{
    QMutexLocker lock(&m_mutex);
    m_services = services;
}

void StatusSnapshotSource::setStates(const QList<ServiceSummary>& states)
{
    QMutexLocker lock(&m_mutex);
    m_states.clear();
    for (const ServiceSummary& summary : states)
        m_states.insert(summary.serviceId, summary);
}

void StatusSnapshotSource::setState(qint64 serviceId, ServiceState state, qint64 sinceMs)
{
    QMutexLocker lock(&m_mutex);
    ServiceSummary& summary = m_states[serviceId];
    summary.serviceId = serviceId;
    summary.state = state;
    summary.sinceMs = sinceMs;
}

void StatusSnapshotSource::setIncidents(const QList<IncidentRecord>& incidents)
{
    QMutexLocker lock(&m_mutex);
    m_incidents = incidents;
}

StatusSnapshot StatusSnapshotSource::snapshot(const QString& pageId, const QString& title,
                                              const QString& baseUrl, bool includeDrills) const
{
    QList<ServiceDefinition> services;
    QList<ServiceSummary> states;
    QList<IncidentRecord> incidents;
    {
        QMutexLocker lock(&m_mutex);
        services = m_services;
        states = m_states.values();
        incidents = m_incidents;
    }
    StatusSnapshotBuilder builder(m_clock);
    builder.setPage(pageId, title, baseUrl);
    builder.setIncludeDrills(includeDrills);
    return builder.build(services, states, incidents);
}
