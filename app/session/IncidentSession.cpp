#include "session/IncidentSession.h"

#include "incident/AutoDeclareRule.h"
#include "playbook/ChecklistSchedule.h"
#include "playbook/PlaybookReader.h"
#include "session/MonitoringSession.h"
#include "store/IncidentStore.h"
#include "store/PostMortemStore.h"
#include "time/Clock.h"

#include <QEventLoop>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

IncidentSession::IncidentSession(MonitoringSession& monitoring, const Clock& clock, QObject* parent)
    : QObject(parent), m_monitoring(monitoring), m_clock(clock), m_desk(clock),
      m_playbook(PlaybookReader::defaultPlaybook()), m_templates(TemplateCatalogue::defaults()),
      m_jargon(JargonList::defaults()), m_timer(new QTimer(this))
{
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &IncidentSession::tick);
    connect(&m_monitoring, &MonitoringSession::stateChanged, this, &IncidentSession::onStateChanged);
    connect(&m_monitoring, &MonitoringSession::incidentSettingsChanged, this,
            &IncidentSession::applySettings);
    // Coverage changes with every incident change (services added, resolved, maintenance started).
    connect(&m_desk, &IncidentDesk::incidentChanged, this, [this] { Q_EMIT coverageChanged(); });
    connect(&m_desk, &IncidentDesk::incidentAdded, this, [this] { Q_EMIT coverageChanged(); });
    connect(&m_desk, &IncidentDesk::loaded, this, [this] { Q_EMIT coverageChanged(); });
}

IncidentSession::~IncidentSession()
{
    close();
}

std::optional<QString> IncidentSession::open(const QString& databasePath)
{
    Store* store = m_monitoring.store();
    if (!store)
        return tr("The history database is not open.");
    m_store = std::make_unique<IncidentStore>(*store);
    if (const DbResult<bool> opened = m_store->open(databasePath); !opened.ok()) {
        m_store.reset();
        return opened.error;
    }
    connect(&m_desk, &IncidentDesk::writeIncident, m_store.get(), &IncidentStore::saveIncident);
    connect(&m_desk, &IncidentDesk::writeEvent, m_store.get(), &IncidentStore::appendEvent);
    connect(&m_desk, &IncidentDesk::writeDraft, m_store.get(), &IncidentStore::saveDraft);
    connect(&m_desk, &IncidentDesk::writePromise, m_store.get(), &IncidentStore::savePromise);
    connect(m_store.get(), &IncidentStore::writeFailed, this, &IncidentSession::errorOccurred);
    // The post-mortems live in the same file, on the same thread; without them the cockpit still runs.
    m_postMortems = std::make_unique<PostMortemStore>(*store);
    if (const DbResult<bool> opened = m_postMortems->open(databasePath); !opened.ok())
        m_postMortems.reset();
    else
        connect(m_postMortems.get(), &PostMortemStore::writeFailed, this, &IncidentSession::errorOccurred);

    // Start-up is the one time this thread waits for the store, as for the services.
    QEventLoop loop;
    bool loaded = false;
    const auto done =
        connect(m_store.get(), &IncidentStore::loaded, &loop, [&](const QList<IncidentRecord>& records) {
            m_desk.load(records);
            loaded = true;
            loop.quit();
        });
    QString loadError;
    const auto failed =
        connect(m_store.get(), &IncidentStore::loadFailed, &loop, [&](const QString& message) {
            loadError = message;
            loop.quit();
        });
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    m_store->loadAll();
    if (!loaded)
        loop.exec();
    disconnect(done);
    disconnect(failed);
    if (!loaded)
        return loadError.isEmpty() ? tr("The incidents could not be loaded from %1.").arg(databasePath)
                                   : loadError;

    applySettings(m_monitoring.incidentSettings());
    m_lastTickMs = m_clock.nowMs();
    m_maintenance = servicesUnderMaintenance();
    m_timer->start();
    return std::nullopt;
}

void IncidentSession::close()
{
    m_timer->stop();
    if (m_postMortems) {
        m_postMortems->close();
        m_postMortems.reset();
    }
    if (m_store) {
        m_desk.disconnect(m_store.get());
        m_store->close();
        m_store.reset();
    }
}

ChecklistSchedule IncidentSession::schedule(const QString& incidentId) const
{
    return ChecklistSchedule(m_playbook, m_desk.incident(incidentId).value_or(Incident{}));
}

QSet<qint64> IncidentSession::servicesUnderMaintenance() const
{
    QSet<qint64> covered;
    const qint64 now = m_clock.nowMs();
    for (const Incident& incident : m_desk.openIncidents()) {
        if (!incident.maintenanceCovers(now))
            continue;
        for (const AffectedService& service : incident.affected)
            covered.insert(service.serviceId);
    }
    return covered;
}

QHash<qint64, QString> IncidentSession::incidentReferences() const
{
    QHash<qint64, QString> references;
    const qint64 now = m_clock.nowMs();
    // Most recent first: an older incident does not hide the newest one.
    const QList<Incident> open = m_desk.openIncidents();
    for (auto it = open.crbegin(); it != open.crend(); ++it) {
        if (it->isMaintenance() && !it->maintenanceCovers(now))
            continue;
        const QString reference = it->drill ? tr("%1 (drill)").arg(it->reference) : it->reference;
        for (const AffectedService& service : it->affected)
            references.insert(service.serviceId, reference);
    }
    return references;
}

int IncidentSession::pendingWrites() const
{
    return (m_store ? m_store->pendingWrites() : 0) + (m_postMortems ? m_postMortems->pendingWrites() : 0);
}

void IncidentSession::applySettings(const IncidentSettings& settings)
{
    m_settings = settings;
    JargonList jargon = JargonList::defaults();
    if (settings.jargonSet) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")})
            jargon.setTerms(language, settings.jargon);
    }
    m_jargon = jargon;

    struct Files
    {
        std::optional<PlaybookResult> playbook;
        std::optional<TemplateCatalogue> templates;
        QString templatesError;
    };
    const QString playbookPath = settings.playbookFile;
    const QString templatesPath = settings.templatesFile;
    QPointer<IncidentSession> self(this);
    QThreadPool::globalInstance()->start([self, playbookPath, templatesPath] {
        Files files;
        if (!playbookPath.isEmpty())
            files.playbook = PlaybookReader::read(playbookPath);
        if (!templatesPath.isEmpty()) {
            WorkspaceError error;
            files.templates = TemplateCatalogue::readFile(templatesPath, &error);
            if (!files.templates)
                files.templatesError = error.toString();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, files = std::move(files), playbookPath, templatesPath] {
                if (!self)
                    return;
                if (playbookPath.isEmpty())
                    self->setPlaybook(PlaybookReader::defaultPlaybook());
                else if (!files.playbook->ok())
                    Q_EMIT self->errorOccurred(tr("The playbook was not changed; the one in force stays.\n%1")
                                                   .arg(files.playbook->error.toString()));
                else
                    self->setPlaybook(*files.playbook->playbook);

                if (templatesPath.isEmpty()) {
                    self->m_templates = TemplateCatalogue::defaults();
                    Q_EMIT self->templatesChanged();
                } else if (!files.templates) {
                    Q_EMIT self->errorOccurred(
                        tr("The message templates were not changed; the ones in force stay.\n%1")
                            .arg(files.templatesError));
                } else {
                    self->m_templates = TemplateCatalogue::defaults().overriddenBy(*files.templates);
                    Q_EMIT self->templatesChanged();
                }
            },
            Qt::QueuedConnection);
    });
}

void IncidentSession::setPlaybook(const Playbook& playbook)
{
    m_playbook = playbook;
    Q_EMIT playbookChanged(m_playbook);
}

void IncidentSession::tick()
{
    const qint64 now = m_clock.nowMs();
    const qint64 previous = m_lastTickMs > 0 ? m_lastTickMs : now;
    m_lastTickMs = now;
    for (const Incident& incident : m_desk.openIncidents()) {
        const ChecklistSchedule schedule(m_playbook, incident);
        for (const StepStatus& step : schedule.becameDue(previous, now))
            Q_EMIT stepFellDue(incident, step);
    }
    m_desk.checkPromises();
    // A scheduled maintenance whose window has opened is in progress; ending it stays a person's call
    // (verifying comes first).
    for (const Incident& incident : m_desk.openIncidents()) {
        if (incident.isMaintenance() && incident.status == IncidentStatus::Scheduled &&
            incident.windowStartMs > 0 && incident.windowStartMs <= now)
            m_desk.setStatus(incident.id, IncidentStatus::InProgress);
    }
    const QSet<qint64> maintenance = servicesUnderMaintenance();
    if (maintenance != m_maintenance) {
        m_maintenance = maintenance;
        Q_EMIT coverageChanged();
    }
}

void IncidentSession::onStateChanged(const StateChange& change)
{
    const std::optional<ServiceDefinition> service = m_monitoring.service(change.serviceId);
    const QString name = service ? service->name : QString::number(change.serviceId);
    m_desk.recordServiceStateChange(change, name);

    const QString group = service ? service->group : QString();
    QList<qint64> groupIds;
    for (const ServiceDefinition& def : m_monitoring.services()) {
        if (!group.isEmpty() && def.group == group)
            groupIds.append(def.id);
    }
    const AutoDeclareRule::Decision decision = AutoDeclareRule::decide(
        change, group, m_settings.autoDeclareGroups, m_desk.openIncidents(), groupIds);
    switch (decision.action) {
    case AutoDeclareRule::Decision::Action::None:
        return;
    case AutoDeclareRule::Decision::Action::Offer:
        Q_EMIT declareOffered(change.serviceId, change.atMs);
        return;
    case AutoDeclareRule::Decision::Action::Declare:
    case AutoDeclareRule::Decision::Action::Join:
        autoDeclare(change, decision.incidentId);
        return;
    }
}

void IncidentSession::autoDeclare(const StateChange& change, const QString& joinIncidentId)
{
    const std::optional<ServiceDefinition> service = m_monitoring.service(change.serviceId);
    const QString name = service ? service->name : QString::number(change.serviceId);
    const AffectedService affected{change.serviceId, name, Impact::MajorOutage};
    if (!joinIncidentId.isEmpty()) {
        const std::optional<Incident> incident = m_desk.incident(joinIncidentId);
        if (!incident)
            return;
        QList<AffectedService> services = incident->affected;
        services.append(affected);
        m_desk.setAffected(joinIncidentId, services);
        Q_EMIT autoDeclared(*m_desk.incident(joinIncidentId));
        return;
    }
    DeclareRequest request;
    request.title = service && !service->group.isEmpty() ? tr("%1: %2 is down").arg(service->group, name)
                                                         : tr("%1 is down").arg(name);
    request.severity = Severity::Sev2;
    request.affected = {affected};
    request.startedAtMs = change.atMs;
    request.detectedAtMs = change.atMs;
    request.timeZoneId = m_settings.timeZoneId;
    request.playbookId = m_playbook.id;
    request.declaredBy = tr("Vigie (auto-declared for group %1)").arg(service ? service->group : QString());
    const QString id = m_desk.declare(request);
    if (!change.reason.isEmpty())
        m_desk.addNote(id, tr("What the checks saw: %1").arg(change.reason),
                       IncidentEvent::Visibility::Internal);
    Q_EMIT autoDeclared(*m_desk.incident(id));
}
