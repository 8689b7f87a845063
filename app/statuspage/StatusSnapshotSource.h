#pragma once

#include "config/ServiceDefinition.h"
#include "incident/IncidentRecord.h"
#include "statuspage/StatusSnapshot.h"
#include "store/ServiceHistory.h"

#include <QHash>
#include <QList>
#include <QMutex>

class Clock;

// What the fallback page is made of, as of now, for the outbox's sending thread: the GUI thread keeps the
// inputs current (services, their states, the incidents), and an adapter builds a snapshot from them when
// it publishes. Guarded by a mutex: the inputs are implicitly shared value lists, so a copy under the lock
// is cheap and the building happens outside it.
class StatusSnapshotSource
{
public:
    explicit StatusSnapshotSource(const Clock& clock);

    void setServices(const QList<ServiceDefinition>& services);
    void setStates(const QList<ServiceSummary>& states);
    void setState(qint64 serviceId, ServiceState state, qint64 sinceMs);
    void setIncidents(const QList<IncidentRecord>& incidents);

    // A sandbox (drill) page shows drills; a real one never does.
    StatusSnapshot snapshot(const QString& pageId, const QString& title, const QString& baseUrl,
                            bool includeDrills) const;

private:
    const Clock& m_clock;
    mutable QMutex m_mutex;
    QList<ServiceDefinition> m_services;
    QHash<qint64, ServiceSummary> m_states;
    QList<IncidentRecord> m_incidents;
};
