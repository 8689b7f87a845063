#pragma once

#include "config/ServiceDefinition.h"
#include "monitor/CheckEngineOptions.h"
#include "monitor/CheckResult.h"
#include "monitor/CheckScheduler.h"
#include "monitor/CurlMultiDriver.h"
#include "monitor/ServiceStateMachine.h"
#include "monitor/StateChange.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class CheckRequest;
class Clock;
class CurlTransfer;
class DnsCheck;

// The engine's inside, living in the engine thread: schedules checks, runs them on one curl multi handle
// (or Qt's resolver for dns), judges the transfers, confirms states and hands both out in batches.
// Only CheckEngine talks to it, always through queued calls.
class CheckWorker : public QObject
{
    Q_OBJECT

public:
    // The clock must be safe to read from the engine thread and outlive the worker.
    CheckWorker(const Clock& clock, const CheckEngineOptions& options, QObject* parent = nullptr);
    ~CheckWorker() override;

    void setServices(const QList<ServiceDefinition>& services);
    void upsertService(const ServiceDefinition& service);
    void removeService(qint64 id);
    void setPaused(qint64 id, bool paused);
    void seedStates(const QHash<qint64, ServiceState>& states);
    void start();
    void stop();
    void checkNow(qint64 id);

Q_SIGNALS:
    void resultsReady(const QList<CheckResult>& results);
    void stateChanged(const StateChange& change);

private:
    struct Service
    {
        ServiceDefinition definition;
        std::unique_ptr<CheckRequest> request;
        ServiceStateMachine machine;
        CurlTransfer* transfer = nullptr; // running http/tcp/tls check
        DnsCheck* dns = nullptr;          // running dns check
        qint64 certExpiresAtMs = 0;       // last seen: a reused TLS connection reports no certificate
    };

    void pump();
    void startCheck(Service& service);
    void onTransferDone(CURL* easy, CURLcode code);
    void onDnsDone(DnsCheck* check, const CheckResult& result);
    void deliver(Service& service, CheckResult result);
    void abortRunning(Service& service);
    void syncPause(Service& service);
    void queueChange(std::optional<StateChange> change);
    void flush();
    qint64 monotonicMs() const { return m_monotonic.elapsed(); }
    CurlTransfer* acquireTransfer();

    const Clock& m_clock;
    CheckEngineOptions m_options;
    // Declared before the driver so that the easy handles outlive the multi handle.
    std::vector<std::unique_ptr<CurlTransfer>> m_transfers;
    std::vector<CurlTransfer*> m_idleTransfers;
    CurlMultiDriver* m_driver;
    CheckScheduler m_scheduler;
    QTimer* m_scheduleTimer;
    QTimer* m_batchTimer;
    qint64 m_scheduleDeadlineMs = -1; // monotonic ms the schedule timer is armed for
    QElapsedTimer m_monotonic;
    std::unordered_map<qint64, std::unique_ptr<Service>> m_services;
    QHash<qint64, ServiceState> m_seeds;
    QList<CheckResult> m_pendingResults;
    QList<StateChange> m_pendingChanges;
    bool m_running = false;
};
