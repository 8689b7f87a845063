#include "monitor/CheckWorker.h"

#include "monitor/CheckRequest.h"
#include "monitor/CurlTransfer.h"
#include "monitor/DnsCheck.h"
#include "monitor/ResponseEvaluator.h"
#include "time/Clock.h"

#include <algorithm>

namespace {

// Whether a changed definition is checked differently (as opposed to renamed or regrouped).
bool sameCheck(const ServiceDefinition& a, const ServiceDefinition& b)
{
    return a.kind == b.kind && a.target == b.target && a.timeoutMs == b.timeoutMs && a.http == b.http &&
           a.certExpiryWarnDays == b.certExpiryWarnDays && a.inverted == b.inverted;
}

} // namespace

CheckWorker::CheckWorker(const Clock& clock, const CheckEngineOptions& options, QObject* parent)
    : QObject(parent), m_clock(clock), m_options(options), m_driver(new CurlMultiDriver(this)),
      m_scheduler(options.maxInFlight, options.startupSpreadMs), m_scheduleTimer(new QTimer(this)),
      m_batchTimer(new QTimer(this))
{
    m_monotonic.start();
    m_driver->setMaxCachedConnections(options.maxCachedConnections);
    m_driver->setCompletionHandler([this](CURL* easy, CURLcode code) { onTransferDone(easy, code); });
    m_scheduleTimer->setSingleShot(true);
    connect(m_scheduleTimer, &QTimer::timeout, this, &CheckWorker::pump);
    m_batchTimer->setSingleShot(true);
    connect(m_batchTimer, &QTimer::timeout, this, &CheckWorker::flush);
}

CheckWorker::~CheckWorker()
{
    for (auto& [id, service] : m_services)
        abortRunning(*service);
    delete m_driver; // the multi handle goes before the easy handles in m_transfers
    m_driver = nullptr;
}

void CheckWorker::setServices(const QList<ServiceDefinition>& services)
{
    QSet<qint64> keep;
    for (const ServiceDefinition& service : services)
        keep.insert(service.id);
    std::vector<qint64> gone;
    for (const auto& [id, service] : m_services) {
        if (!keep.contains(id))
            gone.push_back(id);
    }
    for (qint64 id : gone)
        removeService(id);
    for (const ServiceDefinition& service : services)
        upsertService(service);
}

void CheckWorker::upsertService(const ServiceDefinition& definition)
{
    std::unique_ptr<Service>& slot = m_services[definition.id];
    const bool isNew = !slot;
    if (isNew) {
        slot = std::make_unique<Service>();
        slot->machine =
            ServiceStateMachine(definition.id, m_seeds.value(definition.id, ServiceState::Unknown));
    } else if (slot->definition == definition) {
        return;
    }
    Service& service = *slot;
    const bool checkChanged = isNew || !sameCheck(service.definition, definition);
    if (checkChanged) {
        // A running transfer borrows the old request's strings.
        abortRunning(service);
        service.certExpiresAtMs = 0;
    }
    const bool wasPaused = !isNew && service.definition.paused;
    service.definition = definition;
    if (checkChanged && definition.kind != CheckKind::Dns)
        service.request = std::make_unique<CheckRequest>(definition, m_options.caBundlePath);
    service.machine.setConfirmation(definition.failuresBeforeDown, definition.successesBeforeUp);
    syncPause(service);

    if (!m_running)
        return;
    if (definition.paused) {
        abortRunning(service);
        m_scheduler.remove(definition.id);
    } else {
        const bool runSoon = (isNew || checkChanged || wasPaused);
        m_scheduler.upsert(definition.id, qint64(definition.intervalSec) * 1000, monotonicMs(), runSoon);
    }
    pump();
}

void CheckWorker::removeService(qint64 id)
{
    const auto it = m_services.find(id);
    if (it == m_services.end())
        return;
    abortRunning(*it->second);
    m_scheduler.remove(id);
    m_services.erase(it);
    pump();
}

void CheckWorker::setPaused(qint64 id, bool paused)
{
    const auto it = m_services.find(id);
    if (it == m_services.end())
        return;
    ServiceDefinition definition = it->second->definition;
    definition.paused = paused;
    upsertService(definition);
}

void CheckWorker::seedStates(const QHash<qint64, ServiceState>& states)
{
    m_seeds = states;
    for (auto& [id, service] : m_services) {
        const auto seed = states.constFind(id);
        if (seed == states.constEnd() || service->machine.state() != ServiceState::Unknown)
            continue;
        service->machine.seed(*seed);
        syncPause(*service);
    }
}

void CheckWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    // Scheduled from now, so that services added before start() are spread instead of all overdue.
    m_scheduler = CheckScheduler(m_options.maxInFlight, m_options.startupSpreadMs);
    const qint64 now = monotonicMs();
    for (const auto& [id, service] : m_services) {
        if (!service->definition.paused)
            m_scheduler.upsert(id, qint64(service->definition.intervalSec) * 1000, now);
    }
    pump();
}

void CheckWorker::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_scheduleTimer->stop();
    for (auto& [id, service] : m_services)
        abortRunning(*service);
    flush();
}

void CheckWorker::checkNow(qint64 id)
{
    if (!m_running || !m_services.count(id))
        return;
    m_scheduler.runNow(id, monotonicMs());
    pump();
}

void CheckWorker::pump()
{
    if (!m_running)
        return;
    const qint64 now = monotonicMs();
    const qint64 horizon = now + m_scheduler.slackMs(m_options.scheduleSlackMs);
    while (const std::optional<qint64> id = m_scheduler.takeDue(horizon))
        startCheck(*m_services.at(*id));
    // With every slot taken, the next finished check pumps again.
    const std::optional<qint64> next = m_scheduler.nextDueMs();
    if (!next || !m_scheduler.hasFreeSlot()) {
        m_scheduleTimer->stop();
        return;
    }
    // Every finished check pumps; re-arming a timer for the same deadline costs more than the check itself.
    const qint64 nowAfter = monotonicMs();
    const qint64 delay = std::clamp<qint64>(*next - nowAfter, 0, 24 * 3600 * 1000);
    if (m_scheduleTimer->isActive() && nowAfter + delay == m_scheduleDeadlineMs)
        return;
    m_scheduleDeadlineMs = nowAfter + delay;
    m_scheduleTimer->start(int(delay));
}

void CheckWorker::startCheck(Service& service)
{
    const qint64 id = service.definition.id;
    const qint64 startedAtMs = m_clock.nowMs();
    if (service.definition.kind == CheckKind::Dns) {
        service.dns = new DnsCheck(
            id, service.definition.target, service.definition.timeoutMs, startedAtMs,
            [this](DnsCheck* check, const CheckResult& result) { onDnsDone(check, result); }, this);
        service.dns->start();
        return;
    }
    if (!service.request->error().isEmpty()) {
        CheckResult result;
        result.serviceId = id;
        result.startedAtMs = startedAtMs;
        result.reason = service.request->error();
        m_scheduler.finished(id);
        deliver(service, std::move(result));
        return;
    }
    CurlTransfer* transfer = acquireTransfer();
    transfer->prepare(*service.request, id, startedAtMs);
    if (!m_driver->add(transfer->handle())) {
        m_idleTransfers.push_back(transfer);
        CheckResult result;
        result.serviceId = id;
        result.startedAtMs = startedAtMs;
        result.reason = tr("the check could not be started");
        m_scheduler.finished(id);
        deliver(service, std::move(result));
        return;
    }
    service.transfer = transfer;
}

void CheckWorker::onTransferDone(CURL* easy, CURLcode code)
{
    CurlTransfer* transfer = CurlTransfer::fromHandle(easy);
    const auto it = m_services.find(transfer->serviceId());
    if (it == m_services.end() || it->second->transfer != transfer) {
        m_idleTransfers.push_back(transfer);
        return;
    }
    Service& service = *it->second;
    service.transfer = nullptr;
    CheckResult result;
    {
        TransferOutcome outcome = transfer->collect(code);
        if (service.request->usesTls() && code == CURLE_OK) {
            if (outcome.certExpiresAtMs != 0)
                service.certExpiresAtMs = outcome.certExpiresAtMs;
            else
                outcome.certExpiresAtMs = service.certExpiresAtMs;
        }
        result = ResponseEvaluator::evaluate(service.definition, outcome, m_clock.nowMs());
    }
    result.serviceId = service.definition.id;
    result.startedAtMs = transfer->startedAtMs();
    m_idleTransfers.push_back(transfer);
    m_scheduler.finished(service.definition.id);
    deliver(service, std::move(result));
    pump();
}

void CheckWorker::onDnsDone(DnsCheck* check, const CheckResult& result)
{
    check->deleteLater(); // we are inside its callback
    const auto it = m_services.find(check->serviceId());
    if (it == m_services.end() || it->second->dns != check)
        return;
    Service& service = *it->second;
    service.dns = nullptr;
    m_scheduler.finished(service.definition.id);
    deliver(service, result);
    pump();
}

void CheckWorker::deliver(Service& service, CheckResult result)
{
    ResponseEvaluator::applyInversion(result, service.definition.inverted);
    queueChange(service.machine.apply(result));
    m_pendingResults.append(std::move(result));
    if (!m_batchTimer->isActive())
        m_batchTimer->start(m_options.batchIntervalMs);
}

void CheckWorker::abortRunning(Service& service)
{
    if (service.transfer) {
        m_driver->remove(service.transfer->handle());
        m_idleTransfers.push_back(service.transfer);
        service.transfer = nullptr;
        m_scheduler.finished(service.definition.id);
    }
    if (service.dns) {
        delete service.dns;
        service.dns = nullptr;
        m_scheduler.finished(service.definition.id);
    }
}

void CheckWorker::syncPause(Service& service)
{
    queueChange(service.machine.setPaused(service.definition.paused, m_clock.nowMs()));
}

void CheckWorker::queueChange(std::optional<StateChange> change)
{
    if (!change)
        return;
    m_pendingChanges.append(std::move(*change));
    if (!m_batchTimer->isActive())
        m_batchTimer->start(m_options.batchIntervalMs);
}

void CheckWorker::flush()
{
    m_batchTimer->stop();
    if (!m_pendingResults.isEmpty()) {
        const QList<CheckResult> results = std::exchange(m_pendingResults, {});
        Q_EMIT resultsReady(results);
    }
    const QList<StateChange> changes = std::exchange(m_pendingChanges, {});
    for (const StateChange& change : changes)
        Q_EMIT stateChanged(change);
}

CurlTransfer* CheckWorker::acquireTransfer()
{
    if (!m_idleTransfers.empty()) {
        CurlTransfer* transfer = m_idleTransfers.back();
        m_idleTransfers.pop_back();
        return transfer;
    }
    m_transfers.push_back(std::make_unique<CurlTransfer>(m_options.bodyCapBytes));
    return m_transfers.back().get();
}
