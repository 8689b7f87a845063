#pragma once

#include "config/IncidentSettings.h"
#include "config/ServiceDefinition.h"
#include "monitor/CheckResult.h"
#include "monitor/StateChange.h"
#include "publish/ChannelConfig.h"
#include "store/ServiceHistory.h"
#include "timeline/TimelineSnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <optional>

class CheckEngine;
class Clock;
class Store;
struct Workspace;

// The running workspace: the store and the check engine wired together. The cockpit window and the headless
// mode both drive Vigie through this class; it owns no widget and never blocks its thread on the network or
// the disk after open().
class MonitoringSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringSession)

public:
    // The channels and incidents sections live in the store as the YAML a workspace file would hold, so
    // that a restart without the file keeps them (and a stored copy reads with the same checks). The
    // command-line report reads the playbook's file name there.
    static constexpr const char* sectionsKey = "workspace_sections";

    explicit MonitoringSession(const Clock& clock, QObject* parent = nullptr);
    ~MonitoringSession() override;

    // Opens (or creates) the store at `databasePath` and loads the services it holds. Blocks once, at
    // start-up. Returns an error message fit for a user, or nullopt.
    std::optional<QString> open(const QString& databasePath);

    struct ApplyReport
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int removed = 0;
    };
    // Matches `workspace` to the stored services by name and applies the difference. The workspace must be
    // fully valid (parsed without error): a wrong file never reaches here, so nothing stored changes.
    ApplyReport applyWorkspace(const Workspace& workspace, bool removeMissing);
    // Parses and applies a workspace file off this thread; reports through workspaceApplied or errorOccurred.
    void importWorkspaceFile(const QString& path, bool removeMissing);
    // Writes the current workspace as YAML off this thread; reports through workspaceExported or
    // errorOccurred.
    void exportWorkspaceFile(const QString& path);
    // Maps a Gatus configuration onto services and adds or updates them; what could not be mapped is reported
    // through gatusImported.
    void importGatusFile(const QString& path);
    Workspace currentWorkspace() const;

    void start();
    void stop();

    QList<ServiceDefinition> services() const;
    std::optional<ServiceDefinition> service(qint64 id) const;
    void addService(const ServiceDefinition& definition);
    void updateService(const ServiceDefinition& definition);
    void removeService(qint64 id);
    void setPaused(qint64 id, bool paused);
    void checkNow(qint64 id);

    void requestHistory(qint64 serviceId, qint64 fromMs, qint64 toMs);
    void requestSummaries();
    // Every service's state changes over [fromMs, toMs) plus the one before: the outage timeline's data.
    void requestTimeline(qint64 fromMs, qint64 toMs);

    // Start-up only: runs the event loop until the store has answered every pending change (bounded).
    bool waitForPendingWrites(int timeoutMs = 30'000);

    const Clock& clock() const { return m_clock; }
    // The store the session opened, for the parts that keep their own records in the same file (incidents).
    Store* store() const { return m_store.get(); }
    const IncidentSettings& incidentSettings() const { return m_incidentSettings; }
    // The publishing channels of the last workspace applied that listed some (for the outbox and exports).
    const QList<ChannelConfig>& channels() const { return m_channels; }
    // The channels as edited in the window: kept in the store with the workspace, like a file's section.
    void setChannels(const QList<ChannelConfig>& channels);
    qint64 storedResultCount() const { return m_storedResults; }

Q_SIGNALS:
    void serviceAdded(const ServiceDefinition& definition);
    void serviceUpdated(const ServiceDefinition& definition);
    void serviceRemoved(qint64 id);
    void resultsReady(const QList<CheckResult>& results);
    void stateChanged(const StateChange& change);
    void historyReady(const ServiceHistory& history);
    void summariesReady(const QList<ServiceSummary>& summaries);
    void timelineReady(const TimelineSnapshot& snapshot);
    void resultsStored(qint64 totalStored);
    void workspaceApplied(const QString& path, const MonitoringSession::ApplyReport& report);
    void workspaceExported(const QString& path);
    void gatusImported(const QString& path, const MonitoringSession::ApplyReport& report,
                       const QStringList& notMapped);
    void errorOccurred(const QString& message);
    void incidentSettingsChanged(const IncidentSettings& settings);
    void channelsChanged(const QList<ChannelConfig>& channels);

private:
    void wireStore();
    void wireEngine();
    void onServiceSaved(const ServiceDefinition& definition);
    void applyPlan(const struct WorkspaceMergePlan& plan);
    void restoreSections(const QString& yaml, const QString& databasePath);
    void saveSections();
    template <typename Work, typename Done> void runOffThread(Work work, Done done);

    const Clock& m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CheckEngine> m_engine;
    QHash<qint64, ServiceDefinition> m_services;
    qint64 m_storedResults = 0;
    int m_pendingWrites = 0;
    std::optional<int> m_retentionDays; // set once a workspace names it
    IncidentSettings m_incidentSettings;
    QList<ChannelConfig> m_channels;
    QSet<qint64> m_removing; // removed in the engine, not yet confirmed by the store
    QThreadPool* m_io;       // file reads and writes for import/export, off the caller's thread
};

Q_DECLARE_METATYPE(MonitoringSession::ApplyReport)
