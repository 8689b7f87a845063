#pragma once

#include "config/ServiceDefinition.h"
#include "monitor/CheckEngineOptions.h"
#include "monitor/CheckResult.h"
#include "monitor/ServiceState.h"
#include "monitor/StateChange.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

class CheckWorker;
class Clock;

// Vigie's check engine, used from the GUI (or any) thread. The checks themselves run on a thread of the
// engine's own, so calls here only post work and return; nothing here waits on the network.
// Results come in batches (resultsReady) and confirmed state changes one by one (stateChanged), both in
// this object's thread.
class CheckEngine : public QObject
{
    Q_OBJECT

public:
    // The clock is read from the engine thread: it must be thread-safe and outlive the engine.
    explicit CheckEngine(const Clock& clock, const CheckEngineOptions& options = {},
                         QObject* parent = nullptr);
    ~CheckEngine() override;

    // Replaces the watched services (matched by id).
    void setServices(const QList<ServiceDefinition>& services);
    void upsertService(const ServiceDefinition& service);
    void removeService(qint64 id);
    void setPaused(qint64 id, bool paused);
    // The last stored state of each service, so that confirmation counts continue across restarts.
    void seedStates(const QHash<qint64, ServiceState>& states);
    void start();
    void stop();
    // Stops and waits for the engine thread to hand over its last batch, then delivers it (resultsReady,
    // stateChanged) before returning, so that a caller closing the store next loses nothing.
    void stopAndDrain();
    // Runs the service's check as soon as a slot is free (only while started).
    void checkNow(qint64 id);

    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void resultsReady(const QList<CheckResult>& results);
    void stateChanged(const StateChange& change);

private:
    template <typename Call> void post(Call call);

    QThread m_thread;
    CheckWorker* m_worker;
    bool m_running = false;
};
