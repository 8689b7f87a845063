#pragma once

#include "timeline/CorrelatedChange.h"
#include "timeline/StateBand.h"
#include "timeline/TimelineSnapshot.h"

#include <QObject>

class MonitoringSession;
class TimelinePanel;

// Feeds the timeline panel from the session: asks the store for the state changes of the visible range (and
// of the last 90 days, which the uptime table needs), turns them into bands and uptime figures, and keeps the
// live band growing with each state change. Holds the last snapshot so a clicked band can be correlated.
class TimelineCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineCoordinator)

public:
    TimelineCoordinator(MonitoringSession& session, TimelinePanel& panel, QObject* parent = nullptr);

    // Asks for the panel's current range.
    void refresh();
    QList<CorrelatedChange> correlate(const StateBand& band) const;
    const TimelineSnapshot& snapshot() const { return m_snapshot; }

private:
    void onTimelineRequested(qint64 fromMs, qint64 toMs);
    void onSnapshot(const TimelineSnapshot& snapshot);
    void onStateChanged(const StateChange& change);
    void updateServices();

    MonitoringSession& m_session;
    TimelinePanel& m_panel;
    TimelineSnapshot m_snapshot;
    QList<StateChange> m_liveSinceRequest; // may not have been committed when the store answered
    qint64 m_visibleFromMs = 0;
    qint64 m_visibleToMs = 0;
};
