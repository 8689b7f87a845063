#pragma once

#include "config/ServiceDefinition.h"
#include "incident/IncidentRecord.h"
#include "statuspage/StatusSnapshot.h"
#include "store/ServiceHistory.h"

#include <QList>
#include <QString>

class Clock;

// Makes the public page's snapshot from what the session knows: the services with their current state and
// the incidents with their messages. Only what is meant for the public goes in: component names and
// states, incident titles, statuses and the approved status-page messages. Internal notes, the timeline's
// notes, commanders, drafts not approved and messages for other channels never do. Drills stay out unless
// asked for (a drill publishes only to a sandbox).
class StatusSnapshotBuilder
{
public:
    static constexpr qint64 defaultRecentMs = 7LL * 24 * 3600 * 1000;

    explicit StatusSnapshotBuilder(const Clock& clock);

    void setPage(const QString& pageId, const QString& title, const QString& baseUrl = QString());
    // How long a resolved incident stays on the page.
    void setRecentWindowMs(qint64 ms) { m_recentMs = ms; }
    void setIncludeDrills(bool include) { m_includeDrills = include; }

    // `states`: the latest confirmed state of each service (MonitoringSession's summaries, kept current with
    // its stateChanged signal); a service missing there counts as not checked yet (or paused if it is).
    StatusSnapshot build(const QList<ServiceDefinition>& services, const QList<ServiceSummary>& states,
                         const QList<IncidentRecord>& incidents) const;

    // The approved (or published) status-page messages of one incident as public updates, newest first.
    // The drafts of one message in several languages become one update.
    static QList<StatusUpdate> updatesOf(const IncidentRecord& record);

private:
    bool shown(const IncidentRecord& record, qint64 nowMs) const;
    StatusIncident incidentOf(const IncidentRecord& record, const QList<ServiceDefinition>& services) const;
    QList<StatusComponent> componentsOf(const QList<ServiceDefinition>& services,
                                        const QList<ServiceSummary>& states,
                                        const QList<IncidentRecord>& incidents, qint64 nowMs) const;

    const Clock& m_clock;
    QString m_pageId;
    QString m_title;
    QString m_baseUrl;
    qint64 m_recentMs = defaultRecentMs;
    bool m_includeDrills = false;
};
