#pragma once

#include "comms/JargonList.h"
#include "comms/TemplateCatalogue.h"
#include "config/IncidentSettings.h"
#include "incident/IncidentDesk.h"
#include "monitor/StateChange.h"
#include "playbook/Playbook.h"
#include "playbook/StepStatus.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class ChecklistSchedule;
class Clock;
class IncidentStore;
class PostMortemStore;
class MonitoringSession;
class QTimer;

// Incidents alongside the monitoring: the desk, its store in the same file, the playbook in force, the
// reminders when a checklist step falls due, promises that run out, maintenance windows that open and close,
// and what a service going DOWN triggers (the auto-declare rule). The window and the headless mode use it;
// it owns no widget.
class IncidentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentSession)

public:
    // How often due steps, promises and maintenance windows are looked at.
    static constexpr int TickMs = 5'000;

    IncidentSession(MonitoringSession& monitoring, const Clock& clock, QObject* parent = nullptr);
    ~IncidentSession() override;

    // Opens the incident records in the monitoring session's store and loads them. Blocks once, at
    // start-up (as MonitoringSession::open does). Returns an error message fit for a user, or nullopt.
    std::optional<QString> open(const QString& databasePath);
    void close();

    IncidentDesk& desk() { return m_desk; }
    const IncidentDesk& desk() const { return m_desk; }
    const Playbook& playbook() const { return m_playbook; }
    const IncidentSettings& settings() const { return m_settings; }
    // The message templates in force: the shipped ones with the workspace's file over them.
    const TemplateCatalogue& templates() const { return m_templates; }
    // The linter's jargon: the workspace's list for every language, else the shipped lists.
    const JargonList& jargon() const { return m_jargon; }
    // The checklist of one incident under the playbook in force.
    ChecklistSchedule schedule(const QString& incidentId) const;
    // Services an open maintenance window covers now, and services each open incident covers.
    QSet<qint64> servicesUnderMaintenance() const;
    QHash<qint64, QString> incidentReferences() const;
    int pendingWrites() const;
    // The post-mortems, in the same file; null until open() (or when they could not be opened).
    PostMortemStore* postMortems() const { return m_postMortems.get(); }

    // Applies the workspace's incidents section: reads its playbook and templates off this thread; a wrong
    // file keeps what is in force and reports where the file is wrong.
    void applySettings(const IncidentSettings& settings);

    // Looks at due steps, promises and maintenance windows now (the timer does it every TickMs).
    void tick();

Q_SIGNALS:
    // A step of an open incident fell due since the last look: remind the people on it.
    void stepFellDue(const Incident& incident, const StepStatus& step);
    // A DOWN service that no incident covers and whose group is not auto-declared: offer to declare.
    void declareOffered(qint64 serviceId, qint64 sinceMs);
    // The auto-declare rule opened an incident (or added a service to one).
    void autoDeclared(const Incident& incident);
    // Which services are covered by incidents or under maintenance changed.
    void coverageChanged();
    void playbookChanged(const Playbook& playbook);
    void templatesChanged();
    void errorOccurred(const QString& message);

private:
    void onStateChanged(const StateChange& change);
    void autoDeclare(const StateChange& change, const QString& joinIncidentId);
    void setPlaybook(const Playbook& playbook);

    MonitoringSession& m_monitoring;
    const Clock& m_clock;
    IncidentDesk m_desk;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<PostMortemStore> m_postMortems;
    IncidentSettings m_settings;
    Playbook m_playbook;
    TemplateCatalogue m_templates;
    JargonList m_jargon;
    QTimer* m_timer;
    qint64 m_lastTickMs = 0;
    QSet<qint64> m_maintenance; // as of the last tick, to signal changes
};
