#include "window/TimelineCoordinator.h"

#include "session/MonitoringSession.h"
#include "time/Clock.h"
#include "timeline/BandBuilder.h"
#include "timeline/CorrelationFinder.h"
#include "timeline/SlaCalculator.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelinePanel.h"
#include "timeline/TimelineRange.h"
#include "timeline/TimelineView.h"
#include "timeline/UptimeRow.h"

#include <algorithm>

namespace {
constexpr qint64 kNinetyDaysMs = 90LL * 24 * 3600 * 1000;

double percentOr(const std::optional<double>& value)
{
    return value ? *value : -1;
}
} // namespace

TimelineCoordinator::TimelineCoordinator(MonitoringSession& session, TimelinePanel& panel, QObject* parent)
    : QObject(parent), m_session(session), m_panel(panel)
{
    connect(&panel, &TimelinePanel::timelineRequested, this, &TimelineCoordinator::onTimelineRequested);
    connect(&session, &MonitoringSession::timelineReady, this, &TimelineCoordinator::onSnapshot);
    connect(&session, &MonitoringSession::stateChanged, this, &TimelineCoordinator::onStateChanged);
    for (auto signal : {&MonitoringSession::serviceAdded, &MonitoringSession::serviceUpdated})
        connect(&session, signal, this, &TimelineCoordinator::updateServices);
    connect(&session, &MonitoringSession::serviceRemoved, this, &TimelineCoordinator::updateServices);
    updateServices();
}

void TimelineCoordinator::refresh()
{
    // A preset range ("last 24 h") follows now: ask for where it is now, not where it was when last painted.
    const TimelineRange range = m_panel.view()->range().slidTo(m_session.clock().nowMs());
    onTimelineRequested(range.fromMs(), range.toMs());
}

void TimelineCoordinator::onTimelineRequested(qint64 fromMs, qint64 toMs)
{
    m_visibleFromMs = fromMs;
    m_visibleToMs = toMs;
    const qint64 now = m_session.clock().nowMs();
    m_liveSinceRequest.clear();
    // One query serves both the visible bands and the 24 h … 90 d uptime columns.
    m_session.requestTimeline(std::min(fromMs, now - kNinetyDaysMs), std::max(toMs, now));
}

void TimelineCoordinator::onSnapshot(const TimelineSnapshot& snapshot)
{
    m_snapshot = snapshot;
    // The store answers with what it had committed; changes seen live since the request may be newer.
    for (const StateChange& live : std::as_const(m_liveSinceRequest)) {
        QList<StateChange>& changes = m_snapshot.changesByService[live.serviceId];
        const bool known = std::any_of(changes.cbegin(), changes.cend(), [&](const StateChange& c) {
            return c.atMs == live.atMs && c.to == live.to;
        });
        if (!known && (changes.isEmpty() || changes.last().atMs <= live.atMs))
            changes.append(live);
    }
    const qint64 now = m_session.clock().nowMs();
    QHash<qint64, QList<StateBand>> bands;
    QList<UptimeRow> rows;
    for (const ServiceDefinition& def : m_session.services()) {
        const QList<StateChange> changes = m_snapshot.changesByService.value(def.id);
        const QList<StateBand> visible =
            BandBuilder::build(def.id, changes, m_visibleFromMs, m_visibleToMs, now);
        bands.insert(def.id, visible);

        UptimeRow row;
        row.serviceId = def.id;
        row.name = def.name;
        row.group = def.group;
        row.slaTargetPercent = def.slaTargetPercent;
        const UptimeReport shown =
            SlaCalculator::fromBands(def.id, visible, m_visibleFromMs, m_visibleToMs, def.slaTargetPercent);
        row.uptimeVisiblePercent = percentOr(shown.uptimePercent());
        row.downtimeMinutes = shown.downtimeMinutes();
        row.errorBudgetLeftPercent = percentOr(shown.budgetLeftPercent());
        const QList<UptimeReport> standard =
            SlaCalculator::standardReports(def.id, changes, now, def.slaTargetPercent);
        double* columns[] = {&row.uptime24hPercent, &row.uptime7dPercent, &row.uptime30dPercent,
                             &row.uptime90dPercent};
        for (int i = 0; i < standard.size() && i < 4; ++i)
            *columns[i] = percentOr(standard.at(i).uptimePercent());
        rows.append(row);
    }
    m_panel.setTimeline(bands, m_visibleFromMs, m_visibleToMs);
    m_panel.setUptimeRows(rows);
}

void TimelineCoordinator::onStateChanged(const StateChange& change)
{
    m_panel.timelineModel()->applyStateChange(change);
    m_snapshot.changesByService[change.serviceId].append(change);
    m_liveSinceRequest.append(change);
}

void TimelineCoordinator::updateServices()
{
    m_panel.timelineModel()->setServices(m_session.services());
}

QList<CorrelatedChange> TimelineCoordinator::correlate(const StateBand& band) const
{
    return CorrelationFinder::find(m_snapshot, band);
}
