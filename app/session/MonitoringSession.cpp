#include "session/MonitoringSession.h"

#include "config/GatusImporter.h"
#include "config/Workspace.h"
#include "config/WorkspaceMerge.h"
#include "config/WorkspaceReader.h"
#include "config/WorkspaceWriter.h"
#include "monitor/CheckEngine.h"
#include "store/Store.h"
#include "time/Clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

MonitoringSession::MonitoringSession(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_store(std::make_unique<Store>(clock)),
      m_engine(std::make_unique<CheckEngine>(clock)), m_io(new QThreadPool(this))
{
    m_io->setMaxThreadCount(1);
    wireStore();
    wireEngine();
}

MonitoringSession::~MonitoringSession()
{
    stop();
    m_io->waitForDone();
    m_store->close();
}

void MonitoringSession::wireStore()
{
    Store* store = m_store.get();
    connect(store, &Store::serviceSaved, this, &MonitoringSession::onServiceSaved);
    connect(store, &Store::serviceRemoved, this, [this](qint64 id) {
        --m_pendingWrites;
        m_removing.remove(id);
        if (m_services.remove(id) > 0)
            Q_EMIT serviceRemoved(id);
    });
    connect(store, &Store::serviceChangeFailed, this, [this](qint64 id, const QString& message) {
        --m_pendingWrites;
        if (m_removing.remove(id)) {
            // The store kept the service: watch it again rather than leave it silently unchecked.
            if (const auto it = m_services.constFind(id); it != m_services.cend())
                m_engine->upsertService(*it);
        }
        Q_EMIT errorOccurred(message);
    });
    connect(store, &Store::pausedChanged, this, [this](qint64 id, bool paused) {
        --m_pendingWrites;
        auto it = m_services.find(id);
        if (it == m_services.end())
            return;
        it->paused = paused;
        m_engine->setPaused(id, paused);
        Q_EMIT serviceUpdated(*it);
    });
    connect(store, &Store::resultsStored, this, [this](int count) {
        m_storedResults += count;
        Q_EMIT resultsStored(m_storedResults);
    });
    connect(store, &Store::errorOccurred, this,
            [this](const QString& message) { Q_EMIT errorOccurred(message); });
    connect(store, &Store::historyReady, this, &MonitoringSession::historyReady);
    connect(store, &Store::summariesReady, this, &MonitoringSession::summariesReady);
    connect(store, &Store::timelineReady, this, &MonitoringSession::timelineReady);
}

void MonitoringSession::wireEngine()
{
    connect(m_engine.get(), &CheckEngine::resultsReady, this, [this](const QList<CheckResult>& results) {
        if (m_removing.isEmpty()) {
            m_store->enqueueResults(results);
            Q_EMIT resultsReady(results);
            return;
        }
        // Checks already under way when a service was removed must not write history for it.
        QList<CheckResult> kept;
        kept.reserve(results.size());
        for (const CheckResult& r : results) {
            if (!m_removing.contains(r.serviceId))
                kept.append(r);
        }
        m_store->enqueueResults(kept);
        Q_EMIT resultsReady(kept);
    });
    connect(m_engine.get(), &CheckEngine::stateChanged, this, [this](const StateChange& change) {
        if (m_removing.contains(change.serviceId))
            return;
        m_store->enqueueStateChanges({change});
        Q_EMIT stateChanged(change);
    });
}

std::optional<QString> MonitoringSession::open(const QString& databasePath)
{
    const DbResult<bool> opened = m_store->open(databasePath);
    if (!opened.ok())
        return opened.error;

    // Start-up is the one time this thread waits for the store: the services and their last states are
    // needed before the first check so that confirmation counts continue where the last run stopped.
    QEventLoop loop;
    QList<ServiceDefinition> loaded;
    QList<ServiceSummary> summaries;
    QString sections;
    bool haveServices = false;
    bool haveSummaries = false;
    bool haveSections = false;
    QString failure;
    const auto quitWhenAllIn = [&] {
        if (haveServices && haveSummaries && haveSections)
            loop.quit();
    };
    auto servicesConn =
        connect(m_store.get(), &Store::servicesLoaded, &loop, [&](const QList<ServiceDefinition>& s) {
            loaded = s;
            haveServices = true;
            quitWhenAllIn();
        });
    auto summariesConn =
        connect(m_store.get(), &Store::summariesReady, &loop, [&](const QList<ServiceSummary>& s) {
            summaries = s;
            haveSummaries = true;
            quitWhenAllIn();
        });
    auto sectionsConn =
        connect(m_store.get(), &Store::settingLoaded, &loop, [&](const QString& key, const QString& value) {
            if (key != QLatin1String(sectionsKey))
                return;
            sections = value;
            haveSections = true;
            quitWhenAllIn();
        });
    auto errorConn = connect(m_store.get(), &Store::errorOccurred, &loop, [&](const QString& message) {
        failure = message;
        loop.quit();
    });
    QTimer::singleShot(30'000, &loop, [&] {
        failure = tr("The store at %1 did not answer within 30 seconds.").arg(databasePath);
        loop.quit();
    });
    m_store->loadServices();
    m_store->requestSummaries(m_clock.nowMs());
    m_store->loadSetting(QLatin1String(sectionsKey));
    loop.exec();
    disconnect(servicesConn);
    disconnect(summariesConn);
    disconnect(sectionsConn);
    disconnect(errorConn);
    if (failure.isEmpty() && !(haveServices && haveSummaries && haveSections))
        failure = tr("Start-up was interrupted before the store at %1 was read.").arg(databasePath);
    if (!failure.isEmpty())
        return failure;

    for (const ServiceDefinition& def : loaded)
        m_services.insert(def.id, def);
    QHash<qint64, ServiceState> states;
    for (const ServiceSummary& summary : summaries)
        states.insert(summary.serviceId, summary.state);
    m_engine->setServices(loaded);
    m_engine->seedStates(states);
    restoreSections(sections, databasePath);
    return std::nullopt;
}

void MonitoringSession::restoreSections(const QString& yaml, const QString& databasePath)
{
    if (yaml.isEmpty())
        return;
    WorkspaceError error;
    const auto stored = WorkspaceReader::read(
        yaml.toUtf8(), tr("the workspace settings stored in %1").arg(databasePath), &error);
    if (!stored) {
        // Reported once the window or the headless reporter listens; the monitoring runs on regardless.
        const QString message = error.toString();
        QTimer::singleShot(0, this, [this, message] { Q_EMIT errorOccurred(message); });
        return;
    }
    m_incidentSettings = stored->incidents;
    m_channels = stored->channels;
}

void MonitoringSession::saveSections()
{
    Workspace sections;
    sections.incidents = m_incidentSettings;
    sections.channels = m_channels;
    m_store->saveSetting(QLatin1String(sectionsKey), QString::fromUtf8(WorkspaceWriter::write(sections)));
}

void MonitoringSession::setChannels(const QList<ChannelConfig>& channels)
{
    if (channels == m_channels)
        return;
    m_channels = channels;
    saveSections();
    Q_EMIT channelsChanged(m_channels);
}

void MonitoringSession::start()
{
    m_engine->start();
}

void MonitoringSession::stop()
{
    // The engine's last batch is handed to the store before it is flushed: a normal exit loses nothing.
    m_engine->stopAndDrain();
    m_store->flush();
}

QList<ServiceDefinition> MonitoringSession::services() const
{
    QList<ServiceDefinition> list = m_services.values();
    std::sort(list.begin(), list.end(),
              [](const ServiceDefinition& a, const ServiceDefinition& b) { return a.id < b.id; });
    return list;
}

std::optional<ServiceDefinition> MonitoringSession::service(qint64 id) const
{
    const auto it = m_services.constFind(id);
    if (it == m_services.cend())
        return std::nullopt;
    return *it;
}

void MonitoringSession::onServiceSaved(const ServiceDefinition& definition)
{
    --m_pendingWrites;
    const bool known = m_services.contains(definition.id);
    m_services.insert(definition.id, definition);
    m_engine->upsertService(definition);
    if (known)
        Q_EMIT serviceUpdated(definition);
    else
        Q_EMIT serviceAdded(definition);
}

void MonitoringSession::addService(const ServiceDefinition& definition)
{
    ServiceDefinition fresh = definition;
    fresh.id = 0;
    ++m_pendingWrites;
    m_store->saveService(fresh);
}

void MonitoringSession::updateService(const ServiceDefinition& definition)
{
    ++m_pendingWrites;
    m_store->saveService(definition);
}

void MonitoringSession::removeService(qint64 id)
{
    ++m_pendingWrites;
    m_removing.insert(id);
    m_engine->removeService(id);
    m_store->removeService(id);
}

void MonitoringSession::setPaused(qint64 id, bool paused)
{
    ++m_pendingWrites;
    m_store->setPaused(id, paused);
}

void MonitoringSession::checkNow(qint64 id)
{
    m_engine->checkNow(id);
}

void MonitoringSession::requestHistory(qint64 serviceId, qint64 fromMs, qint64 toMs)
{
    m_store->requestHistory(serviceId, fromMs, toMs);
}

void MonitoringSession::requestTimeline(qint64 fromMs, qint64 toMs)
{
    m_store->requestTimeline(fromMs, toMs);
}

void MonitoringSession::requestSummaries()
{
    m_store->requestSummaries(m_clock.nowMs());
}

bool MonitoringSession::waitForPendingWrites(int timeoutMs)
{
    if (m_pendingWrites <= 0)
        return true;
    QEventLoop loop;
    auto check = [&] {
        if (m_pendingWrites <= 0)
            loop.quit();
    };
    // Every pending write ends in one of these signals, success or failure.
    for (auto signal : {&MonitoringSession::serviceAdded, &MonitoringSession::serviceUpdated})
        connect(this, signal, &loop, check, Qt::QueuedConnection);
    connect(this, &MonitoringSession::serviceRemoved, &loop, check, Qt::QueuedConnection);
    connect(this, &MonitoringSession::errorOccurred, &loop, check, Qt::QueuedConnection);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_pendingWrites <= 0;
}

void MonitoringSession::applyPlan(const WorkspaceMergePlan& plan)
{
    for (const ServiceDefinition& def : plan.toAdd)
        addService(def);
    for (const ServiceDefinition& def : plan.toUpdate)
        updateService(def);
    for (const ServiceDefinition& def : plan.toRemove)
        removeService(def.id);
    if (plan.settings.rawRetentionDays) {
        m_retentionDays = plan.settings.rawRetentionDays;
        m_store->setRetentionDays(*m_retentionDays);
    }
}

MonitoringSession::ApplyReport MonitoringSession::applyWorkspace(const Workspace& workspace,
                                                                 bool removeMissing)
{
    const WorkspaceMergePlan plan = WorkspaceMerge::plan(
        services(), workspace, removeMissing ? WorkspaceMerge::Absent::Remove : WorkspaceMerge::Absent::Keep);
    applyPlan(plan);
    // A file without an incidents section keeps what the team set before, as settings do.
    const bool incidentsChanged =
        workspace.incidents != IncidentSettings() && workspace.incidents != m_incidentSettings;
    // Likewise for channels: a file without a channels section (a services-only import) keeps them.
    const bool channelsDiffer = !workspace.channels.isEmpty() && workspace.channels != m_channels;
    if (incidentsChanged)
        m_incidentSettings = workspace.incidents;
    if (channelsDiffer)
        m_channels = workspace.channels;
    if (incidentsChanged || channelsDiffer)
        saveSections();
    if (incidentsChanged)
        Q_EMIT incidentSettingsChanged(m_incidentSettings);
    if (channelsDiffer)
        Q_EMIT channelsChanged(m_channels);
    return ApplyReport{int(plan.toAdd.size()), int(plan.toUpdate.size()), int(plan.unchanged.size()),
                       int(plan.toRemove.size())};
}

Workspace MonitoringSession::currentWorkspace() const
{
    Workspace workspace;
    workspace.services = services();
    workspace.settings.rawRetentionDays = m_retentionDays;
    workspace.incidents = m_incidentSettings;
    workspace.channels = m_channels;
    return workspace;
}

template <typename Work, typename Done> void MonitoringSession::runOffThread(Work work, Done done)
{
    QPointer<MonitoringSession> self(this);
    m_io->start([self, work = std::move(work), done = std::move(done)]() mutable {
        auto outcome = work();
        // The pool is drained before the session dies, so `self` is alive while it can still post.
        QMetaObject::invokeMethod(
            self.data(),
            [self, done = std::move(done), outcome = std::move(outcome)]() mutable {
                if (self)
                    done(std::move(outcome));
            },
            Qt::QueuedConnection);
    });
}

void MonitoringSession::importWorkspaceFile(const QString& path, bool removeMissing)
{
    struct Outcome
    {
        std::optional<Workspace> workspace;
        WorkspaceError error;
    };
    runOffThread(
        [path] {
            Outcome o;
            o.workspace = WorkspaceReader::readFile(path, &o.error);
            return o;
        },
        [this, path, removeMissing](Outcome o) {
            if (!o.workspace) {
                Q_EMIT errorOccurred(
                    tr("The workspace was not imported; nothing changed.\n%1").arg(o.error.toString()));
                return;
            }
            Q_EMIT workspaceApplied(path, applyWorkspace(*o.workspace, removeMissing));
        });
}

void MonitoringSession::exportWorkspaceFile(const QString& path)
{
    const QByteArray yaml = WorkspaceWriter::write(currentWorkspace());
    runOffThread(
        [path, yaml] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit())
                return tr("Could not write the workspace to %1: %2").arg(path, file.errorString());
            return QString();
        },
        [this, path](const QString& error) {
            if (error.isEmpty())
                Q_EMIT workspaceExported(path);
            else
                Q_EMIT errorOccurred(error);
        });
}

void MonitoringSession::importGatusFile(const QString& path)
{
    struct Outcome
    {
        std::optional<GatusImport> imported;
        WorkspaceError error;
    };
    runOffThread(
        [path] {
            Outcome o;
            o.imported = GatusImporter::readFile(path, &o.error);
            return o;
        },
        [this, path](Outcome o) {
            if (!o.imported) {
                Q_EMIT errorOccurred(tr("The Gatus configuration was not imported; nothing changed.\n%1")
                                         .arg(o.error.toString()));
                return;
            }
            Workspace workspace = currentWorkspace();
            workspace.services = o.imported->services;
            const ApplyReport report = applyWorkspace(workspace, false);
            QStringList notes;
            for (const GatusImportNote& note : o.imported->notes)
                notes.append(note.toString());
            Q_EMIT gatusImported(path, report, notes);
        });
}
